package org.confide.application.memory;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.confide.application.port.out.Questionnaires;
import org.confide.domain.questionnaire.DefaultQuestionnaire;
import org.confide.domain.questionnaire.Questionnaire;
import org.confide.domain.questionnaire.QuestionnaireVersion;

/**
 * {@link Questionnaires} in memory, starting as a new database does: the shipped default's version
 * 1, once in use, and its version 2 in use.
 */
public final class InMemoryQuestionnaires implements Questionnaires {

  private static final String IN_USE = "in use";
  private static final String DRAFT = "draft";

  private final InMemoryStore<QuestionnaireVersion, Stored> questionnaires;
  private final InMemoryStore<String, QuestionnaireVersion> inUse;
  private final InMemoryStore<QuestionnaireVersion, Boolean> used;
  private final InMemoryStore<String, Questionnaire> drafts;

  /**
   * A store holding only the shipped default's two versions, the second in use, that takes part in
   * {@code transactions}: give every store of one application the same instance, so that a use
   * case's writes to all of them commit or roll back together.
   *
   * @param transactions the transactions shared by the application's in-memory stores
   */
  public InMemoryQuestionnaires(InMemoryTransactions transactions) {
    this.questionnaires = new InMemoryStore<>(transactions);
    this.inUse = new InMemoryStore<>(transactions);
    this.used = new InMemoryStore<>(transactions);
    this.drafts = new InMemoryStore<>(transactions);
    for (var shipped : List.of(DefaultQuestionnaire.first(), DefaultQuestionnaire.standard())) {
      questionnaires.put(
          shipped.version(), new Stored(shipped, Optional.empty(), Optional.empty()));
      inUse.put(IN_USE, shipped.version());
      used.put(shipped.version(), true);
    }
  }

  @Override
  public Questionnaire current() {
    return questionnaires.atomically(
        () -> questionnaires.get(inUse.get(IN_USE).orElseThrow()).orElseThrow().questionnaire());
  }

  @Override
  public Optional<Questionnaire> find(QuestionnaireVersion version) {
    return questionnaires
        .get(Objects.requireNonNull(version, "version must not be null"))
        .map(Stored::questionnaire);
  }

  @Override
  public Optional<Questionnaire> answerable(QuestionnaireVersion version) {
    Objects.requireNonNull(version, "version must not be null");
    return questionnaires.atomically(
        () -> used.contains(version) ? find(version) : Optional.<Questionnaire>empty());
  }

  @Override
  public List<Kept> versions() {
    return questionnaires.atomically(() -> {
      var current = inUse.get(IN_USE).orElseThrow();
      return questionnaires.read(map ->
          map.values().stream()
              .sorted(Comparator.comparing(stored -> stored.questionnaire().version()))
              .map(stored -> {
                var version = stored.questionnaire().version();
                return new Kept(
                    version, stored.created(), version.equals(current), stored.confirmed());
              })
              .toList());
    });
  }

  @Override
  public AddOutcome add(Questionnaire questionnaire, Instant created) {
    Objects.requireNonNull(questionnaire, "questionnaire must not be null");
    Objects.requireNonNull(created, "created must not be null");
    return questionnaires.atomically(() -> {
      if (questionnaires.contains(questionnaire.version())) {
        return AddOutcome.VERSION_TAKEN;
      }
      questionnaires.put(
          questionnaire.version(),
          new Stored(questionnaire, Optional.of(created), Optional.empty()));
      return AddOutcome.ADDED;
    });
  }

  @Override
  public ChangeOutcome use(QuestionnaireVersion version) {
    Objects.requireNonNull(version, "version must not be null");
    return questionnaires.atomically(() -> {
      if (!questionnaires.contains(version)) {
        return ChangeOutcome.NO_SUCH_VERSION;
      }
      inUse.put(IN_USE, version);
      used.put(version, true);
      return ChangeOutcome.CHANGED;
    });
  }

  @Override
  public ChangeOutcome confirmSignals(QuestionnaireVersion version, Instant at) {
    Objects.requireNonNull(version, "version must not be null");
    Objects.requireNonNull(at, "at must not be null");
    return questionnaires.atomically(() -> {
      var stored = questionnaires.get(version);
      if (stored.isEmpty()) {
        return ChangeOutcome.NO_SUCH_VERSION;
      }
      if (stored.get().confirmed().isEmpty()) {
        questionnaires.put(
            version,
            new Stored(stored.get().questionnaire(), stored.get().created(), Optional.of(at)));
      }
      return ChangeOutcome.CHANGED;
    });
  }

  @Override
  public Optional<Questionnaire> draft() {
    return drafts.get(DRAFT);
  }

  @Override
  public void saveDraft(Questionnaire draft) {
    drafts.put(DRAFT, Objects.requireNonNull(draft, "draft must not be null"));
  }

  @Override
  public void discardDraft() {
    drafts.remove(DRAFT);
  }

  private record Stored(
      Questionnaire questionnaire, Optional<Instant> created, Optional<Instant> confirmed) {}
}
