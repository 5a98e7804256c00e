package org.confide.application.port.in;

import java.util.List;
import org.confide.domain.questionnaire.QuestionnaireVersion;

/**
 * A safeguarding lead sees the questionnaire versions that would stop raising safeguarding signals,
 * and confirms one so that an administrator can put it in use.
 */
public interface ConfirmQuestionnaireSignalsUseCase {

  /**
   * The versions, lowest first, that drop a signal of the version in use and that no lead has
   * confirmed.
   *
   * @param session a safeguarding lead's session
   * @return the versions waiting, each with the signals it drops, or why not
   */
  Outcome<List<ListQuestionnairesUseCase.Listing>, StaffRequestFailure> awaiting(
      SessionToken session);

  /**
   * Confirms the signals a version drops. A version not stored is {@link Failure.NotFound}; one
   * that drops no signal of the version in use is {@link Failure.Refused}, as there is nothing to
   * confirm. Confirming again changes nothing.
   *
   * @param session a safeguarding lead's session
   * @param version the version
   * @return the version confirmed, or why not
   */
  Outcome<QuestionnaireVersion, QuestionnaireFailure> confirm(
      SessionToken session, QuestionnaireVersion version);
}
