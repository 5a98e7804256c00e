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
import org.confide.domain.audit.AuditChain;
import org.confide.domain.audit.AuditDetail;
import org.confide.domain.audit.AuditEvent;
import org.confide.domain.audit.AuditEventId;
import org.confide.domain.audit.AuditFilter;
import org.confide.domain.audit.ChainLink;
import org.confide.domain.audit.ChainedEvent;
import org.confide.domain.shared.ReportReference;
import org.confide.domain.staff.StaffId;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * {@link AuditTrail} in the {@code audit_events} table: rows are inserted and never updated or
 * deleted, and read in time order, then in the order they were appended. Each append locks the one
 * row of {@code audit_chain_head} until its transaction ends, so appends from every node on one
 * database form a single chain.
 */
public final class JdbiAuditTrail implements AuditTrail {

  private static final String STAFF = "STAFF";
  private static final String REPORTER = "REPORTER";
  private static final String SYSTEM = "SYSTEM";
  private static final String COLUMNS =
      "seq, id, at, actor_kind, actor_staff, action, subject, detail, detail_code,"
          + " detail_arguments, chain_position, chain_hash";

  private final JdbiTransactions transactions;

  public JdbiAuditTrail(JdbiTransactions transactions) {
    this.transactions = Objects.requireNonNull(transactions, "transactions must not be null");
  }

  @Override
  public void append(AuditEvent event) {
    Objects.requireNonNull(event, "event must not be null");
    transactions.inTransactionWithHandle(handle -> {
      var link = AuditChain.link(lockedHead(handle), event);
      int inserted =
          handle
              .createUpdate(
                  """
                  insert into audit_events
                    (id, at, actor_kind, actor_staff, action, subject, detail,
                     detail_code, detail_arguments, chain_position, chain_hash)
                  values
                    (:id, :at, :actorKind, :actorStaff, :action, :subject, :detail,
                     :detailCode, :detailArguments, :position, :hash)
                  on conflict do nothing
                  """)
              .bind("id", event.id().toString())
              .bind("at", AuditChain.stored(event.at()).atOffset(ZoneOffset.UTC))
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
              .bind("detailCode", event.coded().map(coded -> coded.code().code()).orElse(null))
              .bind(
                  "detailArguments", event.coded().map(AuditDetail::encodedArguments).orElse(null))
              .bind("position", link.position())
              .bind("hash", link.hash())
              .execute();
      // The trail is never rewritten: an event recorded twice is a programming error.
      if (inserted == 0) {
        throw new IllegalStateException("audit event " + event.id() + " is already recorded");
      }
      handle
          .createUpdate(
              "update audit_chain_head set position = :position, hash = :hash where id = 1")
          .bind("position", link.position())
          .bind("hash", link.hash())
          .execute();
      return null;
    });
  }

  /** The head, its row locked until the transaction ends; made at the start if it is not there. */
  private static ChainLink lockedHead(Handle handle) {
    handle
        .createUpdate(
            """
            insert into audit_chain_head (id, position, hash) values (1, 0, :hash)
            on conflict do nothing
            """)
        .bind("hash", ChainLink.START.hash())
        .execute();
    return handle
        .createQuery("select position, hash from audit_chain_head where id = 1 for update")
        .map((rs, ctx) -> new ChainLink(rs.getLong("position"), rs.getString("hash")))
        .one();
  }

  @Override
  public List<AuditEvent> between(
      Instant from, Instant to, Optional<ReportReference> subject, int limit) {
    Objects.requireNonNull(from, "from must not be null");
    Objects.requireNonNull(to, "to must not be null");
    Objects.requireNonNull(subject, "subject must be Optional, not null");
    requireLimit(limit);
    return transactions.withHandle(handle -> {
      var query =
          subject.isEmpty()
              ? handle.createQuery(
                  """
                  select id, at, actor_kind, actor_staff, action, subject, detail,
                         detail_code, detail_arguments
                    from audit_events
                   where at >= :from and at < :to
                   order by at, seq
                   limit :limit
                  """)
              : handle
                  .createQuery(
                      """
                      select id, at, actor_kind, actor_staff, action, subject, detail,
                         detail_code, detail_arguments
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
          .map(JdbiAuditTrail::event)
          .list();
    });
  }

  @Override
  public List<Listed> newestFirst(AuditFilter filter, Optional<Position> after, int limit) {
    Objects.requireNonNull(filter, "filter must not be null");
    Objects.requireNonNull(after, "after must be Optional, not null");
    requireLimit(limit);
    // Each condition is fixed text; only the values are bound.
    var sql = new StringBuilder("select " + COLUMNS + " from audit_events where at >= :from");
    sql.append(" and at < :to");
    filter.action().ifPresent(action -> sql.append(" and action = :action"));
    filter.actor().ifPresent(actor -> sql.append(" and actor_kind = :actorKind"));
    if (filter.actor().orElse(null) instanceof Actor.Staff) {
      sql.append(" and actor_staff = :actorStaff");
    }
    filter.subject().ifPresent(subject -> sql.append(" and subject = :subject"));
    after.ifPresent(
        position -> sql.append(" and (at < :afterAt or (at = :afterAt and seq < :afterSeq))"));
    sql.append(" order by at desc, seq desc limit :limit");
    return transactions.withHandle(handle -> {
      var query =
          handle
              .createQuery(sql.toString())
              .bind("from", filter.from().atOffset(ZoneOffset.UTC))
              .bind("to", filter.to().atOffset(ZoneOffset.UTC))
              .bind("limit", limit);
      filter.action().ifPresent(action -> query.bind("action", action.name()));
      filter
          .actor()
          .ifPresent(actor -> {
            switch (actor) {
              case Actor.Staff staff ->
                  query.bind("actorKind", STAFF).bind("actorStaff", staff.id().toString());
              case Actor.Reporter reporter -> query.bind("actorKind", REPORTER);
              case Actor.System system -> query.bind("actorKind", SYSTEM);
            }
          });
      filter.subject().ifPresent(subject -> query.bind("subject", subject.value()));
      after.ifPresent(position ->
          query
              .bind("afterAt", position.at().atOffset(ZoneOffset.UTC))
              .bind("afterSeq", position.sequence()));
      return query
          .map((rs, ctx) ->
              new Listed(
                  new Position(
                      rs.getObject("at", OffsetDateTime.class).toInstant(), rs.getLong("seq")),
                  event(rs, ctx)))
          .list();
    });
  }

  @Override
  public List<ChainedEvent> chain(long after, int limit) {
    requireLimit(limit);
    return transactions.withHandle(handle ->
        handle
            .createQuery(
                "select "
                    + COLUMNS
                    + """
                       from audit_events
                      where chain_position > :after
                      order by chain_position
                      limit :limit
                    """)
            .bind("after", after)
            .bind("limit", limit)
            .map((rs, ctx) ->
                new ChainedEvent(
                    event(rs, ctx),
                    new ChainLink(rs.getLong("chain_position"), rs.getString("chain_hash"))))
            .list());
  }

  @Override
  public ChainLink head() {
    return transactions.withHandle(handle ->
        handle
            .createQuery("select position, hash from audit_chain_head where id = 1")
            .map((rs, ctx) -> new ChainLink(rs.getLong("position"), rs.getString("hash")))
            .findOne()
            .orElse(ChainLink.START));
  }

  private static void requireLimit(int limit) {
    if (limit < 0) {
      throw new IllegalArgumentException("limit must not be negative, was " + limit);
    }
  }

  private static AuditEvent event(ResultSet rs, StatementContext context) throws SQLException {
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
        rs.getString("detail"),
        coded(rs.getString("detail_code"), rs.getString("detail_arguments")));
  }

  /** The coded note as stored: none when the code is null (an old event, or no note). */
  private static Optional<AuditDetail> coded(String code, String arguments) {
    return code == null
        ? Optional.empty()
        : Optional.of(AuditDetail.decode(code, arguments == null ? "" : arguments));
  }
}
