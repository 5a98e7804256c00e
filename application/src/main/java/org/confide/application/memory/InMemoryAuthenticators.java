package org.confide.application.memory;

import java.util.Objects;
import java.util.Optional;
import org.confide.application.port.out.Authenticators;
import org.confide.domain.staff.Authenticator;
import org.confide.domain.staff.StaffId;

/** {@link Authenticators} in memory, one per staff member. */
public final class InMemoryAuthenticators implements Authenticators {

  private final InMemoryStore<StaffId, Authenticator> authenticators;

  /**
   * An empty store that takes part in {@code transactions}: give every store of one application the
   * same instance, so that a use case's writes to all of them commit or roll back together.
   *
   * @param transactions the transactions shared by the application's in-memory stores
   */
  public InMemoryAuthenticators(InMemoryTransactions transactions) {
    this.authenticators = new InMemoryStore<>(transactions);
  }

  @Override
  public Optional<Authenticator> find(StaffId staff) {
    return authenticators.get(Objects.requireNonNull(staff, "staff must not be null"));
  }

  @Override
  public boolean isConfirmed(StaffId staff) {
    return find(staff).map(Authenticator::confirmed).orElse(false);
  }

  @Override
  public void save(StaffId staff, Authenticator authenticator) {
    Objects.requireNonNull(staff, "staff must not be null");
    Objects.requireNonNull(authenticator, "authenticator must not be null");
    authenticators.put(staff, authenticator);
  }

  @Override
  public boolean accept(StaffId staff, long step) {
    Objects.requireNonNull(staff, "staff must not be null");
    return authenticators.atomically(() -> {
      var found = authenticators.get(staff);
      if (found.isEmpty() || !found.get().unused(step)) {
        return false;
      }
      authenticators.put(staff, found.get().accepted(step));
      return true;
    });
  }

  @Override
  public boolean useRecoveryCode(StaffId staff, String digest) {
    Objects.requireNonNull(staff, "staff must not be null");
    Objects.requireNonNull(digest, "digest must not be null");
    return authenticators.atomically(() -> {
      var found = authenticators.get(staff);
      if (found.isEmpty() || !found.get().recoveryCodeDigests().contains(digest)) {
        return false;
      }
      authenticators.put(staff, found.get().withoutRecoveryCode(digest));
      return true;
    });
  }

  @Override
  public void remove(StaffId staff) {
    Objects.requireNonNull(staff, "staff must not be null");
    authenticators.remove(staff);
  }
}
