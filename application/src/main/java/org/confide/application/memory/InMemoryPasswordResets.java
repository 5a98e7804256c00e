package org.confide.application.memory;

import java.util.Objects;
import java.util.Optional;
import org.confide.application.port.out.PasswordResets;
import org.confide.domain.staff.PasswordReset;
import org.confide.domain.staff.StaffId;

/** {@link PasswordResets} in memory, one link a staff member. */
public final class InMemoryPasswordResets implements PasswordResets {

  private final InMemoryStore<StaffId, PasswordReset> resets;

  /**
   * An empty store that takes part in {@code transactions}: give every store of one application the
   * same instance, so that a use case's writes to all of them commit or roll back together.
   *
   * @param transactions the transactions shared by the application's in-memory stores
   */
  public InMemoryPasswordResets(InMemoryTransactions transactions) {
    this.resets = new InMemoryStore<>(transactions);
  }

  @Override
  public void replace(PasswordReset reset) {
    Objects.requireNonNull(reset, "reset must not be null");
    resets.atomically(() -> {
      // The digest is unique, as the SQL table's index makes it.
      if (resets.read(
          all ->
              all.values().stream()
                  .anyMatch(other ->
                      other.tokenDigest().equals(reset.tokenDigest())
                          && !other.staff().equals(reset.staff())))) {
        throw new IllegalStateException("a password reset with this digest exists");
      }
      resets.put(reset.staff(), reset);
      return null;
    });
  }

  @Override
  public Optional<PasswordReset> find(String tokenDigest) {
    Objects.requireNonNull(tokenDigest, "token digest must not be null");
    return resets.read(
        all -> all.values().stream().filter(r -> r.tokenDigest().equals(tokenDigest)).findFirst());
  }

  @Override
  public boolean spend(String tokenDigest) {
    Objects.requireNonNull(tokenDigest, "token digest must not be null");
    return resets.atomically(
        () -> resets.removeIf((staff, r) -> r.tokenDigest().equals(tokenDigest)) > 0);
  }
}
