package org.confide.application.memory;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.confide.application.port.out.Authenticators;
import org.confide.domain.staff.Authenticator;
import org.confide.domain.staff.StaffId;

/** {@link Authenticators} in memory, one per staff member. */
public final class InMemoryAuthenticators implements Authenticators {

  private final InMemoryStore<StaffId, Authenticator> authenticators;
  private final InMemoryStore<StaffId, WrongCodes> wrongCodes;

  /** The wrong codes since the last right one, and the end of the last pause. */
  private record WrongCodes(int count, Optional<Instant> pausedUntil) {}

  /**
   * An empty store that takes part in {@code transactions}: give every store of one application the
   * same instance, so that a use case's writes to all of them commit or roll back together.
   *
   * @param transactions the transactions shared by the application's in-memory stores
   */
  public InMemoryAuthenticators(InMemoryTransactions transactions) {
    this.authenticators = new InMemoryStore<>(transactions);
    this.wrongCodes = new InMemoryStore<>(transactions);
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
    authenticators.atomically(() -> {
      authenticators.put(staff, authenticator);
      wrongCodes.remove(staff);
      return null;
    });
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
  public int countWrongCode(StaffId staff) {
    Objects.requireNonNull(staff, "staff must not be null");
    return authenticators.atomically(() -> {
      if (!authenticators.contains(staff)) {
        return 0;
      }
      var before = wrongCodes.get(staff).orElse(new WrongCodes(0, Optional.empty()));
      var after = new WrongCodes(before.count() + 1, before.pausedUntil());
      wrongCodes.put(staff, after);
      return after.count();
    });
  }

  @Override
  public void pauseCodes(StaffId staff, Instant until) {
    Objects.requireNonNull(staff, "staff must not be null");
    Objects.requireNonNull(until, "until must not be null");
    authenticators.atomically(() -> {
      if (authenticators.contains(staff)) {
        var count = wrongCodes.get(staff).map(WrongCodes::count).orElse(0);
        wrongCodes.put(staff, new WrongCodes(count, Optional.of(until)));
      }
      return null;
    });
  }

  @Override
  public Optional<Instant> codesPausedUntil(StaffId staff) {
    Objects.requireNonNull(staff, "staff must not be null");
    return wrongCodes.get(staff).flatMap(WrongCodes::pausedUntil);
  }

  @Override
  public void forgetWrongCodes(StaffId staff) {
    Objects.requireNonNull(staff, "staff must not be null");
    wrongCodes.remove(staff);
  }

  @Override
  public void remove(StaffId staff) {
    Objects.requireNonNull(staff, "staff must not be null");
    authenticators.atomically(() -> {
      authenticators.remove(staff);
      wrongCodes.remove(staff);
      return null;
    });
  }
}
