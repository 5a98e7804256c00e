package org.confide.application.port.in;

import java.util.Objects;
import org.confide.domain.questionnaire.QuestionnaireVersion;

/**
 * An administrator puts a stored questionnaire version in use. Reports already made keep the
 * version they were made with.
 */
public interface UseQuestionnaireUseCase {

  /**
   * Puts the version in use. A version not stored is {@link Failure.Invalid} on {@code version};
   * one that drops a safeguarding signal of the version in use, unless a safeguarding lead
   * confirmed it, or drops a question other parts of Confide read, is {@link Failure.Refused}.
   * Putting the version in use in use again changes nothing.
   *
   * @param session an administrator's session
   * @param command the version
   * @return the version now in use, or why not
   */
  Outcome<QuestionnaireVersion, QuestionnaireFailure> use(SessionToken session, Command command);

  /**
   * The version to put in use.
   *
   * @param version a stored version
   */
  record Command(QuestionnaireVersion version) {
    /**
     * Refuses a missing version.
     *
     * @throws NullPointerException if {@code version} is null
     */
    public Command {
      Objects.requireNonNull(version, "version must not be null");
    }
  }
}
