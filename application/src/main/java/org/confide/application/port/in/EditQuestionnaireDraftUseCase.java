package org.confide.application.port.in;

import java.util.List;
import java.util.Objects;
import org.confide.domain.questionnaire.Questionnaire;
import org.confide.domain.questionnaire.QuestionnaireChange.DroppedSignal;
import org.confide.domain.questionnaire.QuestionnaireDocument.QuestionEntry;
import org.confide.domain.questionnaire.QuestionnaireVersion;
import org.confide.domain.shared.Language;

/**
 * An administrator edits a copy of the current questionnaire one question at a time, kept as a
 * draft between pages, and makes it the current version.
 */
public interface EditQuestionnaireDraftUseCase {

  /**
   * The draft, or a fresh copy of the current version when there is none (nothing is kept until a
   * question is changed).
   *
   * @param session an administrator's session
   * @return the draft, or why not
   */
  Outcome<Draft, StaffRequestFailure> draft(SessionToken session);

  /**
   * Replaces one question of the draft and keeps the draft. A question that breaks a rule, lacks a
   * text in a language it must have ({@code questions[3].hint.cy}), or would change a question
   * other parts of Confide read into another kind, is {@link Failure.Invalid}, each problem named
   * by its path ({@code questions[3].options[1].label}); the draft is unchanged.
   *
   * @param session an administrator's session
   * @param command the question and where it stands
   * @return the draft as now kept, or why not
   */
  Outcome<Draft, StaffRequestFailure> change(SessionToken session, ChangeQuestion command);

  /**
   * Adds the draft as a new version and forgets the draft. The version is made current at once,
   * unless it would stop an option raising a safeguarding signal: then it waits for a safeguarding
   * lead's confirmation. A draft with no change is {@link Failure.Invalid} on {@code questions}.
   *
   * @param session an administrator's session
   * @return the new version and whether it is current, or why not
   */
  Outcome<Published, StaffRequestFailure> publish(SessionToken session);

  /**
   * Forgets the draft, so the next one starts again from the current version.
   *
   * @param session an administrator's session
   * @return a fresh copy of the current version, or why not
   */
  Outcome<Draft, StaffRequestFailure> discard(SessionToken session);

  /**
   * One question of the draft, as edited.
   *
   * @param index where it stands in the draft, from 0
   * @param question the question as typed; its id and kind must be those it had
   * @param languages the languages each of its texts must be written in (a plain text is English,
   *     {@code Words.PLAIN_LANGUAGE}); empty requires none
   */
  record ChangeQuestion(int index, QuestionEntry question, List<Language> languages) {
    /**
     * Refuses a missing question; keeps an unmodifiable copy of the languages.
     *
     * @throws NullPointerException if a component is null
     */
    public ChangeQuestion {
      Objects.requireNonNull(question, "question must not be null");
      languages = List.copyOf(languages);
    }

    /**
     * A question whose texts must have no language in particular.
     *
     * @param index where it stands in the draft, from 0
     * @param question the question as typed
     */
    public ChangeQuestion(int index, QuestionEntry question) {
      this(index, question, List.of());
    }
  }

  /**
   * The draft as it stands.
   *
   * @param questionnaire its questions, with the version they were copied from
   * @param changed whether it differs from the current version
   * @param droppedSignals the safeguarding signals of the current version it would no longer raise
   */
  record Draft(Questionnaire questionnaire, boolean changed, List<DroppedSignal> droppedSignals) {
    /**
     * Keeps an unmodifiable copy of the dropped signals.
     *
     * @throws NullPointerException if a component is null
     */
    public Draft {
      Objects.requireNonNull(questionnaire, "questionnaire must not be null");
      droppedSignals = List.copyOf(droppedSignals);
    }
  }

  /**
   * What making the draft a version came to.
   *
   * @param version the new version
   * @param current whether it is current now; false while it waits for a safeguarding lead
   */
  record Published(QuestionnaireVersion version, boolean current) {
    /**
     * Refuses a missing version.
     *
     * @throws NullPointerException if {@code version} is null
     */
    public Published {
      Objects.requireNonNull(version, "version must not be null");
    }
  }
}
