package org.confide.application.port.in;

import java.util.List;
import java.util.Objects;
import org.confide.domain.questionnaire.QuestionnaireDocument;
import org.confide.domain.questionnaire.QuestionnaireVersion;
import org.confide.domain.shared.Language;

/** An administrator adds a new questionnaire version, not yet in use. */
public interface AddQuestionnaireUseCase {

  /**
   * Checks the document and stores it as the version after the highest stored, not in use. A
   * document that breaks a rule, lacks a text in a language it must have (each such text named by
   * its path and language, {@code questions[2].hint.cy}), or drops or changes the kind of a
   * question other parts of Confide read ({@link
   * org.confide.domain.questionnaire.QuestionnaireChange#STABLE_IDS}) is {@link Failure.Invalid},
   * every problem named by its path in the document; nothing is stored.
   *
   * @param session an administrator's session
   * @param command the document
   * @return the new version's number, or why not
   */
  Outcome<QuestionnaireVersion, StaffRequestFailure> add(SessionToken session, Command command);

  /**
   * The questionnaire as written.
   *
   * @param document its questions
   * @param languages the languages every text must be written in (a plain text is English, {@code
   *     Words.PLAIN_LANGUAGE}): those the service is offered in; empty requires none
   */
  record Command(QuestionnaireDocument document, List<Language> languages) {
    /**
     * Refuses a missing document; keeps an unmodifiable copy of the languages.
     *
     * @throws NullPointerException if a component is null
     */
    public Command {
      Objects.requireNonNull(document, "document must not be null");
      languages = List.copyOf(languages);
    }

    /**
     * A document that must have no language in particular: each text may be plain.
     *
     * @param document its questions
     */
    public Command(QuestionnaireDocument document) {
      this(document, List.of());
    }
  }
}
