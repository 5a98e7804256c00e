package org.confide.adapter.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.confide.application.port.out.CaseLists;
import org.confide.domain.report.Channel;
import org.confide.domain.report.ReportStatus;
import org.confide.domain.safeguarding.RiskLevel;
import org.confide.domain.shared.ReportReference;
import org.confide.domain.staff.StaffId;
import org.jdbi.v3.core.statement.Query;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * {@link CaseLists} as one query per page over {@code reports}, with the unread count, the open
 * escalation and the time since when a response is awaited worked out per row by subqueries on
 * {@code messages} and {@code escalations}. The query walks {@code reports} in list order from the
 * page's position and stops at the page's end, so no list of references is ever sent and a page
 * costs about the same however many cases are stored. Only clear columns are read: a list opens no
 * sealed value.
 */
public final class JdbiCaseLists implements CaseLists {

  // An open escalation: raised or acknowledged, not yet referred or stood down.
  // A report held for safeguarding is in no list but the leads' list of escalated cases.
  private static final String NOT_HELD = " and r.erasure_requested_at is null";

  private static final String ESCALATED =
      """
      exists (select 1 from escalations e
               where e.report_reference = r.reference
                 and e.status in ('RAISED', 'ACKNOWLEDGED'))\
      """;

  // Any escalation, open or decided: a lead may open such a case (CaseAccess), so may find it.
  private static final String ANY_ESCALATION =
      "exists (select 1 from escalations e where e.report_reference = r.reference)";

  // A conflict of interest: the reader is excluded from the case (by the primary key's index).
  private static final String NOT_EXCLUDED =
      """
      not exists (select 1 from case_exclusions x
                   where x.report_reference = r.reference and x.staff_id = :excluded)\
      """;

  private static final String UNREAD_COUNT =
      """
      (select count(*) from messages m
        where m.report_reference = r.reference and m.side = 'REPORTER' and m.read_at is null)\
      """;

  private static final String UNREAD =
      """
      exists (select 1 from messages m
               where m.report_reference = r.reference and m.side = 'REPORTER'
                 and m.read_at is null)\
      """;

  // AwaitedResponse.since in SQL (the service figures count overdue cases with it too): closed,
  // nothing; before the team's first message, the arrival
  // (a new or two-way report) or the reporter's first message; after it, the reporter's first
  // message since the team's last. Messages are in thread order by sent time, so "last" and
  // "first" are max and min.
  static final String AWAITING_SINCE =
      """
      case
        when r.status = 'CLOSED' then null
        when not exists (select 1 from messages s
                          where s.report_reference = r.reference and s.side = 'STAFF')
          then case
                 when r.status = 'NEW' or r.two_way_messaging then r.received_at
                 else (select min(m.sent_at) from messages m
                        where m.report_reference = r.reference and m.side = 'REPORTER')
               end
        else (select min(m.sent_at) from messages m
               where m.report_reference = r.reference and m.side = 'REPORTER'
                 and m.sent_at > (select max(s.sent_at) from messages s
                                   where s.report_reference = r.reference
                                     and s.side = 'STAFF'))
      end\
      """;

  private static final String SELECT =
      """
      select r.reference, r.received_at, r.status, r.anonymous, r.assignee, r.risk, r.entry_channel,
             %s as unread, %s as escalated, %s as awaiting_since
        from reports r
      """
          .formatted(UNREAD_COUNT, ESCALATED, AWAITING_SINCE);

  private final JdbiTransactions transactions;

  public JdbiCaseLists(JdbiTransactions transactions) {
    this.transactions = Objects.requireNonNull(transactions, "transactions must not be null");
  }

  @Override
  public List<CaseRow> page(
      Selection selection, Optional<Position> from, Direction direction, int limit) {
    Objects.requireNonNull(selection, "selection must not be null");
    Objects.requireNonNull(from, "from must be Optional, not null");
    Objects.requireNonNull(direction, "direction must not be null");
    if (limit < 0) {
      throw new IllegalArgumentException("limit must not be negative, was " + limit);
    }
    // Every fragment below is fixed text chosen by a switch; values are bound, never spliced in.
    var where = new ArrayList<String>();
    where.add(scope(selection.scope()));
    where.addAll(teams(selection.teams()));
    selection.reader().ifPresent(reader -> where.add(NOT_EXCLUDED));
    where.addAll(filters(selection.filters()));
    from.ifPresent(position -> where.add(beyond(direction)));
    condition(selection.condition()).ifPresent(where::add);
    var order = direction == Direction.FORWARD ? "" : " desc";
    var sql =
        SELECT
            + " where "
            + String.join("\n   and ", where)
            + "\n order by r.received_at"
            + order
            + ", r.reference"
            + order
            + "\n limit :limit";
    var rows =
        transactions.withHandle(handle -> {
          var query = bound(handle.createQuery(sql), selection).bind("limit", limit);
          from.ifPresent(position ->
              query
                  .bind("at", position.receivedAt().atOffset(ZoneOffset.UTC))
                  .bind("ref", position.reference().value()));
          return query.map(JdbiCaseLists::row).list();
        });
    return direction == Direction.FORWARD ? rows : rows.reversed();
  }

  @Override
  public int count(Selection selection) {
    Objects.requireNonNull(selection, "selection must not be null");
    var where = new ArrayList<String>();
    where.add(scope(selection.scope()));
    where.addAll(teams(selection.teams()));
    selection.reader().ifPresent(reader -> where.add(NOT_EXCLUDED));
    where.addAll(filters(selection.filters()));
    condition(selection.condition()).ifPresent(where::add);
    var sql = "select count(*) from reports r where " + String.join("\n   and ", where);
    return transactions.withHandle(
        handle -> bound(handle.createQuery(sql), selection).mapTo(Integer.class).one());
  }

  /** {@code query} with the values its selection's fragments name bound. */
  private static Query bound(Query query, Selection selection) {
    reader(selection.scope()).ifPresent(reader -> query.bind("reader", reader.value().toString()));
    selection.teams().member().ifPresent(member -> query.bind("member", member.toString()));
    selection.reader().ifPresent(reader -> query.bind("excluded", reader.toString()));
    selection.teams().team().ifPresent(team -> query.bind("team", team.toString()));
    if (selection.condition() instanceof Condition.AwaitingSinceBefore awaiting) {
      query.bind("before", awaiting.before().atOffset(ZoneOffset.UTC));
    }
    var filters = selection.filters();
    filters.reference().ifPresent(reference -> query.bind("f_reference", reference.value()));
    filters.status().ifPresent(status -> query.bind("f_status", status.name()));
    filters.assignee().ifPresent(assignee -> query.bind("f_assignee", assignee.toString()));
    filters.outcome().ifPresent(outcome -> query.bind("f_outcome", outcome.value()));
    filters.tag().ifPresent(tag -> query.bind("f_tag", tag.value()));
    filters.receivedFrom().ifPresent(at -> query.bind("f_from", at.atOffset(ZoneOffset.UTC)));
    filters.receivedBefore().ifPresent(at -> query.bind("f_before", at.atOffset(ZoneOffset.UTC)));
    return query;
  }

  // A search's filters, each by an index: the reference by the primary key, the assignee by
  // reports_open_by_assignee, the outcome and tag by case_outcomes_outcome and case_tags_tag.
  private static List<String> filters(Filters filters) {
    var where = new ArrayList<String>();
    filters.reference().ifPresent(reference -> where.add("r.reference = :f_reference"));
    filters.status().ifPresent(status -> where.add("r.status = :f_status"));
    filters.assignee().ifPresent(assignee -> where.add("r.assignee = :f_assignee"));
    filters
        .outcome()
        .ifPresent(outcome ->
            where.add(
                """
                exists (select 1 from case_outcomes co
                         where co.report_reference = r.reference and co.outcome_key = :f_outcome)\
                """));
    filters
        .tag()
        .ifPresent(tag ->
            where.add(
                """
                exists (select 1 from case_tags tg
                         where tg.report_reference = r.reference and tg.tag_key = :f_tag)\
                """));
    filters.receivedFrom().ifPresent(at -> where.add("r.received_at >= :f_from"));
    filters.receivedBefore().ifPresent(at -> where.add("r.received_at < :f_before"));
    return where;
  }

  // Need to know by team: a case of no team, of one of the member's teams, or assigned to them; a
  // list narrowed to one team holds that team's cases alone.
  private static List<String> teams(TeamView view) {
    var where = new ArrayList<String>();
    view.member()
        .ifPresent(member ->
            where.add(
                """
                (r.assignee = :member
                 or not exists (select 1 from case_teams ct where ct.report_reference = r.reference)
                 or exists (select 1 from case_teams ct
                              join team_members tm on tm.team_id = ct.team_id
                             where ct.report_reference = r.reference and tm.staff_id = :member))\
                """));
    view.team()
        .ifPresent(team ->
            where.add(
                """
                exists (select 1 from case_teams ct
                         where ct.report_reference = r.reference and ct.team_id = :team)\
                """));
    return where;
  }

  private static String scope(Scope scope) {
    return switch (scope) {
      case Scope.Queue queue -> "r.assignee is null and r.closed_at is null" + NOT_HELD;
      case Scope.AssignedTo mine -> "r.assignee = :reader and r.closed_at is null" + NOT_HELD;
      case Scope.Escalated escalated ->
          escalated.readsEveryEscalated()
              ? ESCALATED
              : ESCALATED + " and (r.assignee is null or r.assignee = :reader)" + NOT_HELD;
      case Scope.Readable readable ->
          "r.closed_at is null and (r.assignee is null or r.assignee = :reader"
              + (readable.readsEveryEscalated() ? " or " + ESCALATED : "")
              + ")"
              + NOT_HELD;
      case Scope.Open open -> "r.closed_at is null" + NOT_HELD;
      case Scope.Searchable searcher ->
          searcher.lead()
              ? "(r.erasure_requested_at is not null or r.assignee is null"
                  + " or r.assignee = :reader or "
                  + ANY_ESCALATION
                  + ")"
              : "(r.assignee is null or r.assignee = :reader)" + NOT_HELD;
    };
  }

  private static Optional<StaffId> reader(Scope scope) {
    return switch (scope) {
      case Scope.Queue queue -> Optional.empty();
      case Scope.AssignedTo mine -> Optional.of(mine.adviser());
      case Scope.Escalated escalated ->
          escalated.readsEveryEscalated() ? Optional.empty() : Optional.of(escalated.reader());
      case Scope.Readable readable -> Optional.of(readable.reader());
      case Scope.Open open -> Optional.empty();
      case Scope.Searchable searcher -> Optional.of(searcher.reader());
    };
  }

  // The first comparison lets both databases range-scan the index on received time; the second
  // breaks ties of one instant by reference, as the list's order does.
  private static String beyond(Direction direction) {
    return direction == Direction.FORWARD
        ? "r.received_at >= :at and (r.received_at > :at or r.reference > :ref)"
        : "r.received_at <= :at and (r.received_at < :at or r.reference < :ref)";
  }

  private static Optional<String> condition(Condition condition) {
    return switch (condition) {
      case Condition.Any any -> Optional.empty();
      case Condition.Unread unread -> Optional.of(UNREAD);
      case Condition.AwaitingSinceBefore awaiting ->
          Optional.of("(" + AWAITING_SINCE + ") < :before");
    };
  }

  private static CaseRow row(ResultSet row, StatementContext context) throws SQLException {
    return new CaseRow(
        new ReportReference(row.getString("reference")),
        row.getObject("received_at", OffsetDateTime.class).toInstant(),
        ReportStatus.valueOf(row.getString("status")),
        row.getBoolean("anonymous"),
        Optional.ofNullable(row.getString("assignee")).map(StaffId::parse),
        RiskLevel.valueOf(row.getString("risk")),
        row.getInt("unread"),
        Optional.ofNullable(row.getObject("awaiting_since", OffsetDateTime.class))
            .map(OffsetDateTime::toInstant),
        row.getBoolean("escalated"),
        Optional.ofNullable(row.getString("entry_channel")).flatMap(Channel::read));
  }
}
