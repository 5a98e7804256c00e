package org.confide.application.port.in;

import java.util.Objects;
import org.confide.domain.questionnaire.QuestionnaireDocument;
import org.confide.domain.questionnaire.QuestionnaireVersion;

/** An administrator adds a new questionnaire version, not yet in use. */
public interface AddQuestionnaireUseCase {

  /**
   * Checks the document and stores it as the version after the highest stored, not in use. A
   * document that breaks a rule, or drops or changes the kind of a question other parts of Confide
   * read ({@link org.confide.domain.questionnaire.QuestionnaireChange#STABLE_IDS}) is {@link
   * Failure.Invalid}, every problem named by its path in the document; nothing is stored.
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
   */
  record Command(QuestionnaireDocument document) {
    /**
     * Refuses a missing document.
     *
     * @throws NullPointerException if {@code document} is null
     */
    public Command {
      Objects.requireNonNull(document, "document must not be null");
    }
  }
}
