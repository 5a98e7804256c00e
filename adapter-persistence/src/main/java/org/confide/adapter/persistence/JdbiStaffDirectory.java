package org.confide.adapter.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.LongSupplier;
import java.util.stream.Collectors;
import org.confide.application.port.out.StaffDirectory;
import org.confide.domain.staff.EmailAddress;
import org.confide.domain.staff.PasswordHash;
import org.confide.domain.staff.Role;
import org.confide.domain.staff.StaffId;
import org.confide.domain.staff.StaffMember;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.StatementContext;

/** {@link StaffDirectory} in the {@code staff} table, unique on the lower-case email address. */
public final class JdbiStaffDirectory implements StaffDirectory {

  private static final String COLUMNS = "id, email, display_name, roles, password_hash, active";

  private final JdbiTransactions transactions;
  // Every submission asks who is told of it, and accounts change only when staff or an
  // administrator change them.
  private final KeptCopy<List<StaffMember>> active;

  public JdbiStaffDirectory(JdbiTransactions transactions) {
    this(transactions, JdbiSettings.CACHED_FOR, System::nanoTime);
  }

  /**
   * The active accounts kept for {@code cachedFor} as measured by {@code nanoTime} (tests pass
   * their own).
   */
  JdbiStaffDirectory(JdbiTransactions transactions, Duration cachedFor, LongSupplier nanoTime) {
    this.transactions = Objects.requireNonNull(transactions, "transactions must not be null");
    this.active =
        new KeptCopy<>(
            transactions,
            cachedFor,
            nanoTime,
            () ->
                inEmailOrder(
                    transactions.withHandle(handle ->
                        handle
                            .createQuery("select " + COLUMNS + " from staff where active")
                            .map(this::member)
                            .list())));
  }

  @Override
  public AddOutcome add(StaffMember member) {
    Objects.requireNonNull(member, "member must not be null");
    return transactions.inTransactionWithHandle(handle -> {
      active.changingUntilTheEnd();
      // No conflict target: a taken email or a taken id leaves the row out instead of raising a
      // unique violation, which on PostgreSQL would abort the caller's whole transaction.
      int inserted =
          handle
              .createUpdate(
                  """
                  insert into staff (id, email, display_name, roles, password_hash, active)
                  values (:id, :email, :displayName, :roles, :passwordHash, :active)
                  on conflict do nothing
                  """)
              .bindMap(columns(member))
              .execute();
      if (inserted == 1) {
        return AddOutcome.ADDED;
      }
      if (findByEmail(handle, member.email()).isPresent()) {
        return AddOutcome.EMAIL_TAKEN;
      }
      throw new IllegalStateException("staff id " + member.id() + " is taken");
    });
  }

  /**
   * {@inheritDoc} Throws {@link IllegalStateException} when there is no such account and {@link
   * IllegalArgumentException} when the email address differs from the stored one.
   */
  @Override
  public void update(StaffMember member) {
    Objects.requireNonNull(member, "member must not be null");
    transactions.inTransactionWithHandle(handle -> {
      active.changingUntilTheEnd();
      int updated =
          handle
              .createUpdate(
                  """
                  update staff
                     set display_name = :displayName, roles = :roles,
                         password_hash = :passwordHash, active = :active
                   where id = :id and email = :email
                  """)
              .bindMap(columns(member))
              .execute();
      if (updated == 0) {
        if (find(handle, member.id()).isEmpty()) {
          throw new IllegalStateException("no staff account " + member.id());
        }
        throw new IllegalArgumentException("email must not change on update");
      }
      return null;
    });
  }

  @Override
  public Optional<StaffMember> find(StaffId id) {
    Objects.requireNonNull(id, "id must not be null");
    return transactions.withHandle(handle -> find(handle, id));
  }

  @Override
  public Optional<StaffMember> findByEmail(EmailAddress email) {
    Objects.requireNonNull(email, "email must not be null");
    return transactions.withHandle(handle -> findByEmail(handle, email));
  }

  @Override
  public List<StaffMember> all() {
    return inEmailOrder(
        transactions.withHandle(handle ->
            handle.createQuery("select " + COLUMNS + " from staff").map(this::member).list()));
  }

  /**
   * {@inheritDoc} Here from the active accounts read once and kept for {@link
   * JdbiSettings#CACHED_FOR}.
   */
  @Override
  public List<StaffMember> activeHolders(Role role) {
    Objects.requireNonNull(role, "role must not be null");
    return active.get().stream().filter(member -> member.holds(role)).toList();
  }

  private static List<StaffMember> inEmailOrder(List<StaffMember> members) {
    // Sorted here rather than by "order by": a database collation may ignore punctuation or
    // order non-ASCII letters its own way, and email order must not depend on how PostgreSQL
    // was installed.
    return members.stream().sorted(Comparator.comparing(member -> member.email().value())).toList();
  }

  /**
   * {@inheritDoc} Every row is locked with {@code select ... for update} in id order (so two such
   * transactions cannot deadlock), then read again: under read committed, the second statement sees
   * what a transaction that held a lock committed.
   */
  @Override
  public List<StaffMember> allLocked() {
    return transactions.inTransactionWithHandle(handle -> {
      handle.createQuery("select id from staff order by id for update").mapTo(String.class).list();
      return all();
    });
  }

  @Override
  public void signedIn(StaffId id, Instant at) {
    Objects.requireNonNull(id, "id must not be null");
    Objects.requireNonNull(at, "at must not be null");
    transactions.inTransactionWithHandle(handle ->
        handle
            .createUpdate("update staff set last_signed_in_at = :at where id = :id")
            .bind("at", at.atOffset(ZoneOffset.UTC))
            .bind("id", id.toString())
            .execute());
  }

  @Override
  public Map<StaffId, Instant> lastSignIns() {
    return transactions.withHandle(handle ->
        handle
            .createQuery(
                "select id, last_signed_in_at from staff where last_signed_in_at is not null")
            .map((rs, context) ->
                Map.entry(
                    StaffId.parse(rs.getString("id")),
                    rs.getObject("last_signed_in_at", OffsetDateTime.class).toInstant()))
            .list()
            .stream()
            .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
  }

  @Override
  public long count() {
    return transactions.withHandle(
        handle -> handle.createQuery("select count(*) from staff").mapTo(Long.class).one());
  }

  private Optional<StaffMember> find(Handle handle, StaffId id) {
    return handle
        .createQuery("select " + COLUMNS + " from staff where id = :id")
        .bind("id", id.toString())
        .map(this::member)
        .findOne();
  }

  private Optional<StaffMember> findByEmail(Handle handle, EmailAddress email) {
    return handle
        .createQuery("select " + COLUMNS + " from staff where email = :email")
        .bind("email", email.value())
        .map(this::member)
        .findOne();
  }

  private StaffMember member(ResultSet rs, StatementContext context) throws SQLException {
    return StaffMember.reconstitute(
        StaffId.parse(rs.getString("id")),
        EmailAddress.of(rs.getString("email")),
        rs.getString("display_name"),
        Arrays.stream(rs.getString("roles").split(","))
            .map(Role::valueOf)
            .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class))),
        new PasswordHash(rs.getString("password_hash")),
        rs.getBoolean("active"));
  }

  /** The bound values of an account's row, one place for insert and update alike. */
  private static Map<String, Object> columns(StaffMember member) {
    return Map.of(
        "id", member.id().toString(),
        "email", member.email().value(),
        "displayName", member.displayName(),
        "roles", roles(member),
        "passwordHash", member.passwordHash().encoded(),
        "active", member.active());
  }

  private static String roles(StaffMember member) {
    return EnumSet.copyOf(member.roles()).stream().map(Role::name).collect(Collectors.joining(","));
  }
}
