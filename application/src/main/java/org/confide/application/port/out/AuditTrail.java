package org.confide.application.port.out;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.confide.domain.audit.AuditEvent;
import org.confide.domain.audit.AuditFilter;
import org.confide.domain.audit.ChainLink;
import org.confide.domain.audit.ChainedEvent;
import org.confide.domain.shared.ReportReference;

/**
 * The append-only record of what staff did and what happened to reports, sealed by a hash chain
 * ({@link org.confide.domain.audit.AuditChain}) so that an event changed or removed behind
 * Confide's back shows.
 */
public interface AuditTrail {

  /**
   * Appends an event at the end of the one chain: it takes the position after the chain's head and
   * the hash {@link org.confide.domain.audit.AuditChain#link} gives, and becomes the head. Appends
   * are serialised, across every node on one database too, so concurrent appends never fork the
   * chain. Events are never changed or removed.
   *
   * @param event the event, which holds no report content and no network address
   */
  void append(AuditEvent event);

  /**
   * Events from {@code from} (inclusive) to {@code to} (exclusive), optionally about one report,
   * oldest first, at most {@code limit}.
   *
   * @param from the start, inclusive
   * @param to the end, exclusive
   * @param subject the one report the events must be about, or empty for all
   * @param limit how many at most, not negative
   * @return the events, oldest first
   */
  List<AuditEvent> between(Instant from, Instant to, Optional<ReportReference> subject, int limit);

  /**
   * One page of the events {@code filter} lets through, newest first (by time, then latest appended
   * first), starting just after {@code after} when it is given, at most {@code limit}.
   *
   * @param filter which events
   * @param after the position of the last event already shown, or empty for the newest
   * @param limit how many at most, not negative
   * @return the events with their positions, newest first
   */
  List<Listed> newestFirst(AuditFilter filter, Optional<Position> after, int limit);

  /**
   * The chained events after chain position {@code after}, in order of position, at most {@code
   * limit}: as stored, whatever they now hold.
   *
   * @param after the last position already read; 0 for the start
   * @param limit how many at most, not negative
   * @return the chained events, in order of position
   */
  List<ChainedEvent> chain(long after, int limit);

  /**
   * The link of the last event appended, as recorded with it, or {@link ChainLink#START} if none
   * has been.
   *
   * @return the chain's head
   */
  ChainLink head();

  /**
   * Where an event stands in the newest-first listing: its time, then the order it was appended in.
   *
   * @param at the event's time
   * @param sequence its order of appending, unique in the trail
   */
  record Position(Instant at, long sequence) {
    /**
     * A position.
     *
     * @throws NullPointerException if {@code at} is null
     */
    public Position {
      Objects.requireNonNull(at, "at must not be null");
    }
  }

  /**
   * An event as listed.
   *
   * @param position where it stands, to continue the listing after it
   * @param event the event
   */
  record Listed(Position position, AuditEvent event) {
    /**
     * A listed event.
     *
     * @throws NullPointerException if a component is null
     */
    public Listed {
      Objects.requireNonNull(position, "position must not be null");
      Objects.requireNonNull(event, "event must not be null");
    }
  }
}
