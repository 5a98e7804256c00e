package org.confide.application.port.in;

import java.util.Objects;
import org.confide.domain.questionnaire.Questionnaire;
import org.confide.domain.questionnaire.QuestionnaireVersion;

/** An administrator makes a new questionnaire the one reporters answer. */
public interface LoadQuestionnaireUseCase {

  /**
   * Makes the questionnaire the current one and answers its version. A version not above the
   * current one, or one stored already, is {@link Failure.Invalid} on {@code
   * questionnaire.version}. Reading a questionnaire from a file is the caller's part.
   *
   * @param session the acting staff member's session, from {@link LogInStaffUseCase}
   * @param command the questionnaire to load
   * @return the version now current, or why not (one of {@link StaffRequestFailure})
   */
  Outcome<QuestionnaireVersion, StaffRequestFailure> load(SessionToken session, Command command);

  /**
   * The questionnaire to load.
   *
   * @param questionnaire the questions, with a version above the current one
   */
  record Command(Questionnaire questionnaire) {
    /**
     * Refuses a missing component.
     *
     * @throws NullPointerException if a component is null
     */
    public Command {
      Objects.requireNonNull(questionnaire, "questionnaire must not be null");
    }
  }
}
