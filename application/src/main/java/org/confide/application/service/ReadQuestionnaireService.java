package org.confide.application.service;

import java.util.Objects;
import org.confide.application.port.in.ReadQuestionnaireUseCase;
import org.confide.application.port.out.Questionnaires;
import org.confide.domain.questionnaire.Questionnaire;

/** Gives out the questionnaire reporters answer. */
public final class ReadQuestionnaireService implements ReadQuestionnaireUseCase {

  private final Questionnaires questionnaires;

  public ReadQuestionnaireService(Questionnaires questionnaires) {
    this.questionnaires = Objects.requireNonNull(questionnaires, "questionnaires");
  }

  @Override
  public Questionnaire current() {
    return questionnaires.current();
  }
}
