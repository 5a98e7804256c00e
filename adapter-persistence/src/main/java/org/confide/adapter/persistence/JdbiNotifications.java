package org.confide.adapter.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.confide.application.port.out.Notifications;
import org.confide.domain.notification.Notification;
import org.confide.domain.notification.NotificationKind;
import org.confide.domain.shared.ReportReference;
import org.confide.domain.staff.EmailAddress;

/** {@link Notifications} in the {@code notifications} table, one row per notification. */
public final class JdbiNotifications implements Notifications {

  private static final String COLUMNS =
      "id, kind, recipient, report_reference, due_date, created_at, status, attempts,"
          + " next_attempt_at, settled_at";

  private final JdbiTransactions transactions;

  public JdbiNotifications(JdbiTransactions transactions) {
    this.transactions = Objects.requireNonNull(transactions, "transactions must not be null");
  }

  @Override
  public void add(Notification notification) {
    Objects.requireNonNull(notification, "notification must not be null");
    transactions.withHandle(handle ->
        handle
            .createUpdate(
                "insert into notifications ("
                    + COLUMNS
                    + ") values (:id, :kind, :recipient, :reference, :due_date, :created_at,"
                    + " :status, :attempts, :next_attempt_at, :settled_at) on conflict do nothing")
            .bind("id", notification.id().toString())
            .bind("kind", notification.kind().name())
            .bind("recipient", notification.recipient().value())
            .bind("reference", notification.reference().map(ReportReference::value).orElse(null))
            .bind("due_date", notification.dueDate().orElse(null))
            .bind("created_at", utc(notification.createdAt()))
            .bindMap(delivery(notification))
            .execute());
  }

  @Override
  public List<Notification> due(Instant now, int limit) {
    return dueIn(Notification.Status.WAITING, now, limit);
  }

  @Override
  public List<Notification> digestsDue(Instant now, int limit) {
    return dueIn(Notification.Status.HELD, now, limit);
  }

  private List<Notification> dueIn(Notification.Status status, Instant now, int limit) {
    Objects.requireNonNull(now, "now must not be null");
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be at least 1");
    }
    return transactions.withHandle(handle ->
        handle
            .createQuery(
                "select "
                    + COLUMNS
                    + " from notifications where status = :status and next_attempt_at <= :now"
                    + " order by next_attempt_at, id limit :limit")
            .bind("status", status.name())
            .bind("now", utc(now))
            .bind("limit", limit)
            .map((row, ctx) -> read(row))
            .list());
  }

  @Override
  public boolean claim(Notification notification, Notification claimed) {
    Objects.requireNonNull(notification, "notification must not be null");
    Objects.requireNonNull(claimed, "claimed must not be null");
    // A compare-and-set on the row: of two senders that read the same row, one changes it.
    return transactions.withHandle(handle ->
        handle
            .createUpdate(
                """
                update notifications set next_attempt_at = :until
                 where id = :id and status = :status and attempts = :attempts
                   and next_attempt_at = :next_attempt_at\
                """)
            .bind("id", notification.id().toString())
            .bind("status", notification.status().name())
            .bind("attempts", notification.attempts())
            .bind("next_attempt_at", utc(notification.nextAttemptAt()))
            .bind("until", utc(claimed.nextAttemptAt()))
            .execute())
        == 1;
  }

  @Override
  public void update(Notification notification) {
    Objects.requireNonNull(notification, "notification must not be null");
    transactions.withHandle(handle ->
        handle
            .createUpdate(
                """
                update notifications
                   set status = :status, attempts = :attempts, next_attempt_at = :next_attempt_at,
                       settled_at = :settled_at
                 where id = :id\
                """)
            .bind("id", notification.id().toString())
            .bindMap(delivery(notification))
            .execute());
  }

  @Override
  public Optional<Notification> find(UUID id) {
    Objects.requireNonNull(id, "id must not be null");
    return transactions.withHandle(handle ->
        handle
            .createQuery("select " + COLUMNS + " from notifications where id = :id")
            .bind("id", id.toString())
            .map((row, ctx) -> read(row))
            .findOne());
  }

  @Override
  public Counts counts() {
    return transactions.withHandle(handle -> {
      var counts =
          handle
              .createQuery("select status, count(*) as n from notifications group by status")
              .reduceRows(
                  new long[Notification.Status.values().length],
                  (sums, row) -> {
                    var status = Notification.Status.valueOf(row.getColumn("status", String.class));
                    sums[status.ordinal()] = row.getColumn("n", Long.class);
                    return sums;
                  });
      return new Counts(
          counts[Notification.Status.WAITING.ordinal()],
          counts[Notification.Status.HELD.ordinal()],
          counts[Notification.Status.SENT.ordinal()],
          counts[Notification.Status.GIVEN_UP.ordinal()],
          counts[Notification.Status.NOT_WANTED.ordinal()]);
    });
  }

  private static Notification read(ResultSet row) throws SQLException {
    var settled = row.getObject("settled_at", OffsetDateTime.class);
    return new Notification(
        UUID.fromString(row.getString("id")),
        NotificationKind.valueOf(row.getString("kind")),
        new EmailAddress(row.getString("recipient")),
        Optional.ofNullable(row.getString("report_reference")).map(ReportReference::new),
        Optional.ofNullable(row.getObject("due_date", LocalDate.class)),
        row.getObject("created_at", OffsetDateTime.class).toInstant(),
        Notification.Status.valueOf(row.getString("status")),
        row.getInt("attempts"),
        row.getObject("next_attempt_at", OffsetDateTime.class).toInstant(),
        Optional.ofNullable(settled).map(OffsetDateTime::toInstant));
  }

  /** The columns of a notification's delivery state, by name. */
  private static java.util.Map<String, Object> delivery(Notification notification) {
    var values = new java.util.HashMap<String, Object>();
    values.put("status", notification.status().name());
    values.put("attempts", notification.attempts());
    values.put("next_attempt_at", utc(notification.nextAttemptAt()));
    values.put("settled_at", notification.settledAt().map(JdbiNotifications::utc).orElse(null));
    return values;
  }

  private static OffsetDateTime utc(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }
}
