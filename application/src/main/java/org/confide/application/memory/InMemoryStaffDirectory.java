package org.confide.application.memory;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.confide.application.port.out.StaffDirectory;
import org.confide.domain.staff.EmailAddress;
import org.confide.domain.staff.Role;
import org.confide.domain.staff.StaffId;
import org.confide.domain.staff.StaffMember;

/** {@link StaffDirectory} in memory, with a unique index on email address. */
public final class InMemoryStaffDirectory implements StaffDirectory {

  private final InMemoryStore<StaffId, StaffMember> byId;
  private final InMemoryStore<EmailAddress, StaffId> byEmail;
  private final InMemoryStore<StaffId, Instant> lastSignIns;

  /**
   * An empty store that takes part in {@code transactions}: give every store of one application the
   * same instance, so that a use case's writes to all of them commit or roll back together.
   *
   * @param transactions the transactions shared by the application's in-memory stores
   */
  public InMemoryStaffDirectory(InMemoryTransactions transactions) {
    this.byId = new InMemoryStore<>(transactions);
    this.byEmail = new InMemoryStore<>(transactions);
    this.lastSignIns = new InMemoryStore<>(transactions);
  }

  @Override
  public AddOutcome add(StaffMember member) {
    Objects.requireNonNull(member, "member must not be null");
    return byId.atomically(() -> {
      if (byEmail.contains(member.email())) {
        return AddOutcome.EMAIL_TAKEN;
      }
      if (byId.contains(member.id())) {
        throw new IllegalStateException("staff id " + member.id() + " is taken");
      }
      byId.put(member.id(), member);
      byEmail.put(member.email(), member.id());
      return AddOutcome.ADDED;
    });
  }

  /**
   * {@inheritDoc} Throws {@link IllegalStateException} when there is no such account and {@link
   * IllegalArgumentException} when the email address differs from the stored one.
   */
  @Override
  public void update(StaffMember member) {
    Objects.requireNonNull(member, "member must not be null");
    byId.atomically(() -> {
      var stored =
          byId.get(member.id())
              .orElseThrow(() -> new IllegalStateException("no staff account " + member.id()));
      if (!stored.email().equals(member.email())) {
        throw new IllegalArgumentException("email must not change on update");
      }
      byId.put(member.id(), member);
      return null;
    });
  }

  @Override
  public Optional<StaffMember> find(StaffId id) {
    return byId.get(Objects.requireNonNull(id, "id must not be null"));
  }

  @Override
  public Optional<StaffMember> findByEmail(EmailAddress email) {
    Objects.requireNonNull(email, "email must not be null");
    return byId.atomically(() -> byEmail.get(email).flatMap(byId::get));
  }

  @Override
  public List<StaffMember> all() {
    return byId.read(map ->
        map.values().stream()
            .sorted(Comparator.comparing(member -> member.email().value()))
            .toList());
  }

  @Override
  public List<StaffMember> activeHolders(Role role) {
    Objects.requireNonNull(role, "role must not be null");
    return all().stream().filter(member -> member.active() && member.holds(role)).toList();
  }

  /** {@inheritDoc} Here {@link #all}: in-memory transactions already run one at a time. */
  @Override
  public List<StaffMember> allLocked() {
    return all();
  }

  @Override
  public void signedIn(StaffId id, Instant at) {
    Objects.requireNonNull(id, "id must not be null");
    Objects.requireNonNull(at, "at must not be null");
    byId.atomically(() -> {
      if (byId.contains(id)) {
        lastSignIns.put(id, at);
      }
      return null;
    });
  }

  @Override
  public Map<StaffId, Instant> lastSignIns() {
    return lastSignIns.read(Map::copyOf);
  }

  @Override
  public long count() {
    return byId.read(map -> (long) map.size());
  }
}
