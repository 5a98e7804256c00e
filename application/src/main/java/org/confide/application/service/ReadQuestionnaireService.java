package org.confide.application.service;

import java.util.Objects;
import java.util.Optional;
import org.confide.application.port.in.ReadQuestionnaireUseCase;
import org.confide.application.port.out.Questionnaires;
import org.confide.domain.questionnaire.Questionnaire;
import org.confide.domain.questionnaire.QuestionnaireVersion;

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

  @Override
  public Optional<Questionnaire> version(QuestionnaireVersion version) {
    return questionnaires.find(version);
  }
}
