package org.confide.adapter.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.confide.application.port.out.AuditTrail;
import org.confide.domain.audit.Actor;
import org.confide.domain.audit.AuditAction;
import org.confide.domain.audit.AuditEvent;
import org.confide.domain.audit.AuditEventId;
import org.confide.domain.shared.ReportReference;
import org.confide.domain.staff.StaffId;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * {@link AuditTrail} in the {@code audit_events} table: rows are inserted and never updated or
 * deleted, and read in time order, then in the order they were appended.
 */
public final class JdbiAuditTrail implements AuditTrail {

  private static final String STAFF = "STAFF";
  private static final String REPORTER = "REPORTER";
  private static final String SYSTEM = "SYSTEM";

  private final JdbiTransactions transactions;

  public JdbiAuditTrail(JdbiTransactions transactions) {
    this.transactions = Objects.requireNonNull(transactions, "transactions must not be null");
  }

  @Override
  public void append(AuditEvent event) {
    Objects.requireNonNull(event, "event must not be null");
    int inserted =
        transactions.withHandle(handle ->
            handle
                .createUpdate(
                    """
                    insert into audit_events
                      (id, at, actor_kind, actor_staff, action, subject, detail)
                    values
                      (:id, :at, :actorKind, :actorStaff, :action, :subject, :detail)
                    on conflict do nothing
                    """)
                .bind("id", event.id().toString())
                .bind("at", event.at().atOffset(ZoneOffset.UTC))
                .bind(
                    "actorKind",
                    switch (event.actor()) {
                      case Actor.Staff staff -> STAFF;
                      case Actor.Reporter reporter -> REPORTER;
                      case Actor.System system -> SYSTEM;
                    })
                .bind(
                    "actorStaff",
                    event.actor() instanceof Actor.Staff staff ? staff.id().toString() : null)
                .bind("action", event.action().name())
                .bind("subject", event.subject().map(ReportReference::value).orElse(null))
                .bind("detail", event.detail())
                .execute());
    // The trail is never rewritten: an event recorded twice is a programming error.
    if (inserted == 0) {
      throw new IllegalStateException("audit event " + event.id() + " is already recorded");
    }
  }

  @Override
  public List<AuditEvent> between(
      Instant from, Instant to, Optional<ReportReference> subject, int limit) {
    Objects.requireNonNull(from, "from must not be null");
    Objects.requireNonNull(to, "to must not be null");
    Objects.requireNonNull(subject, "subject must be Optional, not null");
    if (limit < 0) {
      throw new IllegalArgumentException("limit must not be negative, was " + limit);
    }
    return transactions.withHandle(handle -> {
      var query =
          subject.isEmpty()
              ? handle.createQuery(
                  """
                  select id, at, actor_kind, actor_staff, action, subject, detail
                    from audit_events
                   where at >= :from and at < :to
                   order by at, seq
                   limit :limit
                  """)
              : handle
                  .createQuery(
                      """
                      select id, at, actor_kind, actor_staff, action, subject, detail
                        from audit_events
                       where subject = :subject and at >= :from and at < :to
                       order by at, seq
                       limit :limit
                      """)
                  .bind("subject", subject.get().value());
      return query
          .bind("from", from.atOffset(ZoneOffset.UTC))
          .bind("to", to.atOffset(ZoneOffset.UTC))
          .bind("limit", limit)
          .map(this::event)
          .list();
    });
  }

  private AuditEvent event(ResultSet rs, StatementContext context) throws SQLException {
    var kind = rs.getString("actor_kind");
    Actor actor =
        switch (kind) {
          case STAFF -> Actor.staff(StaffId.parse(rs.getString("actor_staff")));
          case REPORTER -> Actor.reporter();
          case SYSTEM -> Actor.system();
          default -> throw new IllegalStateException("unknown audit actor kind " + kind);
        };
    return new AuditEvent(
        new AuditEventId(UUID.fromString(rs.getString("id"))),
        rs.getObject("at", OffsetDateTime.class).toInstant(),
        actor,
        AuditAction.valueOf(rs.getString("action")),
        Optional.ofNullable(rs.getString("subject")).map(ReportReference::new),
        rs.getString("detail"));
  }
}
