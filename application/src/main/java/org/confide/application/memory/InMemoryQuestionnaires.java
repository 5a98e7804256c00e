package org.confide.application.memory;

import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;
import org.confide.application.port.out.Questionnaires;
import org.confide.domain.questionnaire.DefaultQuestionnaire;
import org.confide.domain.questionnaire.Questionnaire;
import org.confide.domain.questionnaire.QuestionnaireVersion;

/** {@link Questionnaires} in memory, starting with the shipped default questionnaire. */
public final class InMemoryQuestionnaires implements Questionnaires {

  private final InMemoryStore<QuestionnaireVersion, Questionnaire> questionnaires;

  /**
   * An empty store that takes part in {@code transactions}: give every store of one application the
   * same instance, so that a use case's writes to all of them commit or roll back together.
   *
   * @param transactions the transactions shared by the application's in-memory stores
   */
  public InMemoryQuestionnaires(InMemoryTransactions transactions) {
    this.questionnaires = new InMemoryStore<>(transactions);
    var shipped = DefaultQuestionnaire.standard();
    questionnaires.put(shipped.version(), shipped);
  }

  @Override
  public Questionnaire current() {
    return questionnaires.read(map ->
        map.values().stream().max(Comparator.comparing(Questionnaire::version)).orElseThrow());
  }

  @Override
  public Optional<Questionnaire> find(QuestionnaireVersion version) {
    return questionnaires.get(Objects.requireNonNull(version, "version must not be null"));
  }

  @Override
  public AddOutcome add(Questionnaire questionnaire) {
    Objects.requireNonNull(questionnaire, "questionnaire must not be null");
    return questionnaires.atomically(() -> {
      if (questionnaires.contains(questionnaire.version())) {
        return AddOutcome.VERSION_TAKEN;
      }
      questionnaires.put(questionnaire.version(), questionnaire);
      return AddOutcome.ADDED;
    });
  }
}
