package org.confide.domain.audit;

import java.util.Objects;

/**
 * An audit event as the chain keeps it: the event and its link.
 *
 * @param event the event as stored
 * @param link its position and the hash stored with it
 */
public record ChainedEvent(AuditEvent event, ChainLink link) {

  /**
   * A chained event.
   *
   * @throws NullPointerException if a component is null
   */
  public ChainedEvent {
    Objects.requireNonNull(event, "chained event must not be null");
    Objects.requireNonNull(link, "chain link must not be null");
  }
}
