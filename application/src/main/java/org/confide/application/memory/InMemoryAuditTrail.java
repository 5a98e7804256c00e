package org.confide.application.memory;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.confide.application.port.out.AuditTrail;
import org.confide.domain.audit.AuditChain;
import org.confide.domain.audit.AuditEvent;
import org.confide.domain.audit.AuditEventId;
import org.confide.domain.audit.AuditFilter;
import org.confide.domain.audit.ChainLink;
import org.confide.domain.audit.ChainedEvent;
import org.confide.domain.shared.ReportReference;

/**
 * {@link AuditTrail} in memory: append-only, chained under the shared transaction lock, events in
 * time order, then in order appended.
 */
public final class InMemoryAuditTrail implements AuditTrail {

  private static final Comparator<Appended> OLDEST_FIRST =
      Comparator.comparing((Appended appended) -> appended.event().at())
          .thenComparingLong(Appended::sequence);

  private static final String HEAD = "head";

  private final InMemoryStore<AuditEventId, Appended> events;
  private final InMemoryStore<String, ChainLink> head;

  /**
   * An empty store that takes part in {@code transactions}: give every store of one application the
   * same instance, so that a use case's writes to all of them commit or roll back together.
   *
   * @param transactions the transactions shared by the application's in-memory stores
   */
  public InMemoryAuditTrail(InMemoryTransactions transactions) {
    this.events = new InMemoryStore<>(transactions);
    this.head = new InMemoryStore<>(transactions);
  }

  @Override
  public void append(AuditEvent event) {
    Objects.requireNonNull(event, "event must not be null");
    events.atomically(() -> {
      // As the primary key on the event id does in the database: the trail is never rewritten.
      if (events.contains(event.id())) {
        throw new IllegalStateException("audit event " + event.id() + " is already recorded");
      }
      var link = AuditChain.link(head(), event);
      events.put(event.id(), new Appended(link.position(), event, link));
      head.put(HEAD, link);
      return null;
    });
  }

  @Override
  public List<AuditEvent> between(
      Instant from, Instant to, Optional<ReportReference> subject, int limit) {
    Objects.requireNonNull(from, "from must not be null");
    Objects.requireNonNull(to, "to must not be null");
    Objects.requireNonNull(subject, "subject must be Optional, not null");
    InMemoryStore.requireLimit(limit);
    return events.read(map ->
        map.values().stream()
            .filter(appended -> !appended.event().at().isBefore(from))
            .filter(appended -> appended.event().at().isBefore(to))
            .filter(appended -> subject.isEmpty() || appended.event().subject().equals(subject))
            .sorted(OLDEST_FIRST)
            .limit(limit)
            .map(Appended::event)
            .toList());
  }

  @Override
  public List<Listed> newestFirst(AuditFilter filter, Optional<Position> after, int limit) {
    Objects.requireNonNull(filter, "filter must not be null");
    Objects.requireNonNull(after, "after must be Optional, not null");
    InMemoryStore.requireLimit(limit);
    Comparator<Listed> newestFirst =
        Comparator.comparing((Listed listed) -> listed.position().at())
            .thenComparingLong(listed -> listed.position().sequence())
            .reversed();
    return events.read(map ->
        map.values().stream()
            .filter(appended -> filter.matches(appended.event()))
            .map(appended ->
                new Listed(
                    new Position(appended.event().at(), appended.sequence()), appended.event()))
            .filter(listed ->
                after.isEmpty()
                    || newestFirst.compare(listed, new Listed(after.get(), listed.event())) > 0)
            .sorted(newestFirst)
            .limit(limit)
            .toList());
  }

  @Override
  public List<ChainedEvent> chain(long after, int limit) {
    InMemoryStore.requireLimit(limit);
    return events.read(map ->
        map.values().stream()
            .filter(appended -> appended.sequence() > after)
            .sorted(Comparator.comparingLong(Appended::sequence))
            .limit(limit)
            .map(appended -> new ChainedEvent(appended.event(), appended.link()))
            .toList());
  }

  @Override
  public ChainLink head() {
    return head.get(HEAD).orElse(ChainLink.START);
  }

  private record Appended(long sequence, AuditEvent event, ChainLink link) {}
}
