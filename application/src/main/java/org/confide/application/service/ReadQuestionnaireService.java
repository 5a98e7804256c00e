package org.confide.application.service;

import org.confide.application.port.in.ReadQuestionnaireUseCase;
import org.confide.domain.questionnaire.Questionnaire;

/** Gives out the questionnaire reporters answer. */
public final class ReadQuestionnaireService implements ReadQuestionnaireUseCase {

  private final Context context;

  public ReadQuestionnaireService(Context context) {
    this.context = context;
  }

  @Override
  public Questionnaire current() {
    return context.questionnaires().current();
  }
}
