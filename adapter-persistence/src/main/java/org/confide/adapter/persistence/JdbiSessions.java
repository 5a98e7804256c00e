package org.confide.adapter.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.confide.application.port.out.Sessions;
import org.confide.domain.session.Session;
import org.confide.domain.session.SessionDigest;
import org.confide.domain.shared.ReportReference;
import org.confide.domain.staff.StaffId;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * {@link Sessions} in the {@code sessions} table, keyed by token digest and shared by every server
 * node.
 */
public final class JdbiSessions implements Sessions {

  private static final String REPORTER = "REPORTER";
  private static final String STAFF = "STAFF";

  private final JdbiTransactions transactions;

  public JdbiSessions(JdbiTransactions transactions) {
    this.transactions = Objects.requireNonNull(transactions, "transactions must not be null");
  }

  @Override
  public void create(Session session) {
    Objects.requireNonNull(session, "session must not be null");
    var subject =
        switch (session.subject()) {
          case Session.Subject.Reporter reporter ->
              new SubjectColumns(REPORTER, reporter.report().value(), null);
          case Session.Subject.Staff staff ->
              new SubjectColumns(STAFF, null, staff.staff().toString());
        };
    int inserted =
        transactions.withHandle(handle ->
            handle
                .createUpdate(
                    """
                    insert into sessions
                      (digest, subject_kind, report_reference, staff_id, created_at, last_seen_at,
                       second_factor_by_provider)
                    values
                      (:digest, :kind, :report, :staff, :createdAt, :lastSeenAt,
                       :secondFactorByProvider)
                    on conflict do nothing
                    """)
                .bind("digest", session.digest().hex())
                .bind("kind", subject.kind())
                .bind("report", subject.report())
                .bind("staff", subject.staff())
                .bind("createdAt", utc(session.createdAt()))
                .bind("lastSeenAt", utc(session.lastSeenAt()))
                .bind("secondFactorByProvider", session.secondFactorByProvider())
                .execute());
    // 128 random bits never collide; a repeat means a caller reused a token.
    if (inserted == 0) {
      throw new IllegalStateException("a session with this digest exists");
    }
  }

  @Override
  public Optional<Session> find(SessionDigest digest) {
    Objects.requireNonNull(digest, "digest must not be null");
    return transactions.withHandle(handle ->
        handle
            .createQuery(
                """
                select digest, subject_kind, report_reference, staff_id, created_at, last_seen_at,
                       second_factor_by_provider
                  from sessions
                 where digest = :digest
                """)
            .bind("digest", digest.hex())
            .map(this::session)
            .findOne());
  }

  @Override
  public void touch(SessionDigest digest, Instant at) {
    Objects.requireNonNull(digest, "digest must not be null");
    Objects.requireNonNull(at, "at must not be null");
    // greatest() inside the update, not read-then-write: of concurrent touches the latest wins
    // whatever order they commit in.
    transactions.withHandle(handle ->
        handle
            .createUpdate(
                """
                update sessions
                   set last_seen_at = greatest(last_seen_at, :at)
                 where digest = :digest
                """)
            .bind("digest", digest.hex())
            .bind("at", utc(at))
            .execute());
  }

  @Override
  public List<Session> all(Session.Subject subject) {
    Objects.requireNonNull(subject, "subject must not be null");
    var where =
        switch (subject) {
          case Session.Subject.Reporter reporter ->
              new SubjectColumns(REPORTER, reporter.report().value(), null);
          case Session.Subject.Staff staff ->
              new SubjectColumns(STAFF, null, staff.staff().toString());
        };
    return transactions.withHandle(handle ->
        handle
            .createQuery(
                """
                select digest, subject_kind, report_reference, staff_id, created_at, last_seen_at,
                       second_factor_by_provider
                  from sessions
                 where subject_kind = :kind
                   and (report_reference = :report or staff_id = :staff)
                 order by created_at, digest
                """)
            .bind("kind", where.kind())
            .bind("report", where.report())
            .bind("staff", where.staff())
            .map(this::session)
            .list());
  }

  @Override
  public void remove(SessionDigest digest) {
    Objects.requireNonNull(digest, "digest must not be null");
    transactions.withHandle(handle ->
        handle
            .createUpdate("delete from sessions where digest = :digest")
            .bind("digest", digest.hex())
            .execute());
  }

  @Override
  public void removeAll(Session.Subject subject) {
    Objects.requireNonNull(subject, "subject must not be null");
    transactions.withHandle(handle ->
        switch (subject) {
          case Session.Subject.Reporter reporter ->
              handle
                  .createUpdate("delete from sessions where report_reference = :report")
                  .bind("report", reporter.report().value())
                  .execute();
          case Session.Subject.Staff staff ->
              handle
                  .createUpdate("delete from sessions where staff_id = :staff")
                  .bind("staff", staff.staff().toString())
                  .execute();
        });
  }

  @Override
  public int removeExpired(Instant createdBefore, Instant idleBefore) {
    Objects.requireNonNull(createdBefore, "created before must not be null");
    Objects.requireNonNull(idleBefore, "idle before must not be null");
    return transactions.withHandle(handle ->
        handle
            .createUpdate(
                """
                delete from sessions
                 where created_at < :createdBefore or last_seen_at < :idleBefore
                """)
            .bind("createdBefore", utc(createdBefore))
            .bind("idleBefore", utc(idleBefore))
            .execute());
  }

  private Session session(ResultSet rs, StatementContext context) throws SQLException {
    var kind = rs.getString("subject_kind");
    Session.Subject subject =
        switch (kind) {
          case REPORTER ->
              new Session.Subject.Reporter(new ReportReference(rs.getString("report_reference")));
          case STAFF -> new Session.Subject.Staff(StaffId.parse(rs.getString("staff_id")));
          default -> throw new IllegalStateException("unknown session subject kind " + kind);
        };
    return new Session(
        new SessionDigest(rs.getString("digest")),
        subject,
        instant(rs, "created_at"),
        instant(rs, "last_seen_at"),
        rs.getBoolean("second_factor_by_provider"));
  }

  /** How a session's subject is kept: its kind, and the one id that kind has. */
  private record SubjectColumns(String kind, String report, String staff) {}

  private static OffsetDateTime utc(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    return rs.getObject(column, OffsetDateTime.class).toInstant();
  }
}
