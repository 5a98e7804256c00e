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

  /**
   * The service, wired by {@link org.confide.application.Confide#assemble}: an embedder uses that,
   * or {@link org.confide.application.InMemoryConfide}, rather than this.
   *
   * @param questionnaires every questionnaire version, so answers are read against the one they
   *     answer
   */
  public ReadQuestionnaireService(Questionnaires questionnaires) {
    this.questionnaires = Objects.requireNonNull(questionnaires, "questionnaires");
  }

  @Override
  public Questionnaire current() {
    return questionnaires.current();
  }

  @Override
  public Optional<Questionnaire> version(QuestionnaireVersion version) {
    return questionnaires.answerable(version);
  }
}
