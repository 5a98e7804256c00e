package org.confide.domain.audit;

import java.util.Objects;
import java.util.UUID;
import java.util.random.RandomGenerator;
import org.confide.domain.shared.RandomIds;

/**
 * Identifies one audit event.
 *
 * @param value the id; {@link #toString()} gives its canonical text form
 */
public record AuditEventId(UUID value) {

  /**
   * The id {@code value}.
   *
   * @throws NullPointerException if {@code value} is null
   */
  public AuditEventId {
    Objects.requireNonNull(value, "audit event id must not be null");
  }

  /**
   * A new random id from the supplied source.
   *
   * @param random the source of the id's random bits
   * @return a new id holding a version 4 UUID
   */
  public static AuditEventId generate(RandomGenerator random) {
    return new AuditEventId(RandomIds.uuid(random));
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
