package org.confide.domain.audit;

import java.util.Objects;
import java.util.UUID;
import java.util.random.RandomGenerator;
import org.confide.domain.shared.RandomIds;

/** Identifies one audit event. */
public record AuditEventId(UUID value) {

  public AuditEventId {
    Objects.requireNonNull(value, "audit event id must not be null");
  }

  /** A new random id from the supplied source. */
  public static AuditEventId generate(RandomGenerator random) {
    return new AuditEventId(RandomIds.uuid(random));
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
