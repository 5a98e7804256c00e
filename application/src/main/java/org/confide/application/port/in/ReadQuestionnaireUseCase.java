package org.confide.application.port.in;

import org.confide.domain.questionnaire.Questionnaire;

/** Anyone reads the questionnaire reporters answer. */
public interface ReadQuestionnaireUseCase {

  /**
   * The questionnaire reporters answer now; no session is needed.
   *
   * @return the current version, with every question and option
   */
  Questionnaire current();
}
