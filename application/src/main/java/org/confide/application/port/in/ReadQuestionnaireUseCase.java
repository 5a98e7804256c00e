package org.confide.application.port.in;

import org.confide.domain.questionnaire.Questionnaire;

/** Anyone reads the questionnaire reporters answer. */
public interface ReadQuestionnaireUseCase {

  /** The current questionnaire. */
  Questionnaire current();
}
