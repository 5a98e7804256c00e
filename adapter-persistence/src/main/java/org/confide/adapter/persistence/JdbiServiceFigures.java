package org.confide.adapter.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.confide.application.port.out.ServiceFigures;
import org.confide.domain.analytics.Arrival;
import org.confide.domain.safeguarding.EscalationStatus;
import org.confide.domain.staff.StaffId;
import org.confide.domain.team.TeamId;

/**
 * {@link ServiceFigures} as three queries of clear columns: reports by received time with the first
 * staff reply kept on each (migration 30), open cases grouped by team and assignee with the case
 * lists' own test of an awaited response, and escalations with their first decision. Nothing sealed
 * is read.
 */
public final class JdbiServiceFigures implements ServiceFigures {

  private static final String FIRST_REPLIES =
      """
      select received_at, first_staff_reply_at from reports
       where received_at >= :from and received_at < :until
      """;

  private static final String WORKLOAD =
      """
      select ct.team_id, r.assignee, count(*) as open,
             sum(case when r.received_at >= :before then 0
                      when (%s) < :before then 1 else 0 end) as overdue
        from reports r
        left join case_teams ct on ct.report_reference = r.reference
       where r.closed_at is null and r.erasure_requested_at is null
       group by ct.team_id, r.assignee
      """
          .formatted(JdbiCaseLists.AWAITING_SINCE);

  // The first decision is the first step after the raising (position 0).
  private static final String ESCALATIONS =
      """
      select e.status, e.raised_at,
             (select min(s.taken_at) from escalation_steps s
               where s.escalation_id = e.id and s.position > 0) as decided_at
        from escalations e
       where e.raised_at >= :from and e.raised_at < :until
      """;

  private final JdbiTransactions transactions;

  /**
   * The figures over {@code transactions}' database (on PostgreSQL with its just-in-time compiler
   * off, as {@link Database} opens every connection: it took longer to compile these queries, over
   * a second for the workload's per-case tests, than to run them).
   */
  public JdbiServiceFigures(JdbiTransactions transactions) {
    this.transactions = Objects.requireNonNull(transactions, "transactions must not be null");
  }

  @Override
  public List<Arrival> firstReplies(Instant from, Instant until) {
    return transactions.withHandle(handle ->
        handle
            .createQuery(FIRST_REPLIES)
            .bind("from", ReportRow.utc(from))
            .bind("until", ReportRow.utc(until))
            .map((rs, ctx) -> new Arrival(at(rs, "received_at"), maybe(rs, "first_staff_reply_at")))
            .list());
  }

  @Override
  public List<Workload> workload(Instant overdueBefore) {
    return transactions.withHandle(handle ->
        handle
            .createQuery(WORKLOAD)
            .bind("before", ReportRow.utc(overdueBefore))
            .map((rs, ctx) ->
                new Workload(
                    Optional.ofNullable(rs.getString("team_id"))
                        .map(id -> new TeamId(UUID.fromString(id))),
                    Optional.ofNullable(rs.getString("assignee")).map(StaffId::parse),
                    rs.getInt("open"),
                    rs.getInt("overdue")))
            .list());
  }

  @Override
  public List<EscalationTiming> escalations(Instant from, Instant until) {
    return transactions.withHandle(handle ->
        handle
            .createQuery(ESCALATIONS)
            .bind("from", ReportRow.utc(from))
            .bind("until", ReportRow.utc(until))
            .map((rs, ctx) ->
                new EscalationTiming(
                    EscalationStatus.valueOf(rs.getString("status")),
                    new Arrival(at(rs, "raised_at"), maybe(rs, "decided_at"))))
            .list());
  }

  private static Instant at(ResultSet rs, String column) throws SQLException {
    return rs.getObject(column, OffsetDateTime.class).toInstant();
  }

  private static Optional<Instant> maybe(ResultSet rs, String column) throws SQLException {
    return Optional.ofNullable(rs.getObject(column, OffsetDateTime.class))
        .map(OffsetDateTime::toInstant);
  }
}
