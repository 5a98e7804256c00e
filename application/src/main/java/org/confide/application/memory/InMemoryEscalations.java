package org.confide.application.memory;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import org.confide.application.port.out.Escalations;
import org.confide.domain.safeguarding.Escalation;
import org.confide.domain.safeguarding.EscalationId;
import org.confide.domain.shared.ReportReference;

/** {@link Escalations} in memory, keyed by id and listed oldest raised first. */
public final class InMemoryEscalations implements Escalations {

  private static final Comparator<Escalation> OLDEST_FIRST =
      Comparator.comparing(Escalation::raisedAt)
          .thenComparing(escalation -> escalation.id().value());

  private final InMemoryStore<EscalationId, Escalation> escalations;

  /**
   * An empty store that takes part in {@code transactions}: give every store of one application the
   * same instance, so that a use case's writes to all of them commit or roll back together.
   *
   * @param transactions the transactions shared by the application's in-memory stores
   */
  public InMemoryEscalations(InMemoryTransactions transactions) {
    this.escalations = new InMemoryStore<>(transactions);
  }

  @Override
  public void save(Escalation escalation) {
    Objects.requireNonNull(escalation, "escalation must not be null");
    escalations.put(escalation.id(), escalation);
  }

  @Override
  public Optional<Escalation> find(EscalationId id) {
    return escalations.get(Objects.requireNonNull(id, "id must not be null"));
  }

  @Override
  public List<Escalation> of(ReportReference reference) {
    Objects.requireNonNull(reference, "reference must not be null");
    return matching(escalation -> escalation.reference().equals(reference));
  }

  @Override
  public List<Escalation> open() {
    return matching(Escalation::isOpen);
  }

  @Override
  public boolean existsFor(ReportReference reference) {
    Objects.requireNonNull(reference, "reference must not be null");
    return escalations.read(map ->
        map.values().stream().anyMatch(escalation -> escalation.reference().equals(reference)));
  }

  @Override
  public void removeAll(ReportReference reference) {
    Objects.requireNonNull(reference, "reference must not be null");
    escalations.removeIf((id, escalation) -> escalation.reference().equals(reference));
  }

  private List<Escalation> matching(Predicate<Escalation> matches) {
    return escalations.read(
        map -> map.values().stream().filter(matches).sorted(OLDEST_FIRST).toList());
  }
}
