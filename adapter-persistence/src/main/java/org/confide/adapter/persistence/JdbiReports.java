package org.confide.adapter.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.confide.application.port.out.AccessCodeDigest;
import org.confide.application.port.out.Reports;
import org.confide.domain.questionnaire.QuestionnaireVersion;
import org.confide.domain.report.Account;
import org.confide.domain.report.Anonymity;
import org.confide.domain.report.Channel;
import org.confide.domain.report.Report;
import org.confide.domain.report.ReportStatus;
import org.confide.domain.report.StaffEntry;
import org.confide.domain.report.SupportRequest;
import org.confide.domain.safeguarding.RiskLevel;
import org.confide.domain.shared.ReportReference;
import org.confide.domain.staff.StaffId;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * {@link Reports} in the {@code reports} table: the answers, the account, the contact details and
 * the support preference are stored only sealed, each bound to its report and column; status,
 * assignee and times stay clear because the case queues and retention select on them. The access
 * code's keyed digest is a column of the report's row too ({@link AccessCodeColumn}).
 */
public final class JdbiReports implements Reports {

  private static final String COLUMNS = ReportRow.COLUMNS;

  // A new report with its access code's digest: every submission's statement, so plain JDBC. A
  // conflict on either unique key, the reference or the code's digest, inserts nothing instead of
  // aborting the transaction (which PostgreSQL would do on a unique violation).
  private static final String INSERT =
      "insert into reports (%s, access_code_digest) values (%s) on conflict do nothing"
          .formatted(
              COLUMNS, String.join(", ", Collections.nCopies(ReportRow.NAMES.size() + 1, "?")));

  private static final String OLDEST_FIRST = " order by received_at, reference";

  private final JdbiTransactions transactions;
  private final FieldCipher cipher;

  public JdbiReports(JdbiTransactions transactions, FieldCipher cipher) {
    this.transactions = Objects.requireNonNull(transactions, "transactions must not be null");
    this.cipher = Objects.requireNonNull(cipher, "cipher must not be null");
  }

  @Override
  public AddOutcome add(Report report, Optional<AccessCodeDigest> code) {
    Objects.requireNonNull(report, "report must not be null");
    Objects.requireNonNull(code, "code must not be null");
    var row = ReportRow.of(report, cipher);
    return transactions.inTransaction(() -> {
      int inserted =
          transactions.withConnection(connection ->
              PlainJdbc.update(
                  connection, INSERT, row.values(code.map(AccessCodeDigest::hex).orElse(null))));
      if (inserted == 1) {
        return AddOutcome.ADDED;
      }
      return transactions.withHandle(handle -> AccessCodeColumn.exists(handle, report.reference()))
          ? AddOutcome.REFERENCE_TAKEN
          : AddOutcome.CODE_TAKEN;
    });
  }

  @Override
  public CodeChange replaceCode(ReportReference reference, AccessCodeDigest code) {
    Objects.requireNonNull(reference, "reference must not be null");
    Objects.requireNonNull(code, "code must not be null");
    return transactions.withHandle(handle -> AccessCodeColumn.replace(handle, reference, code));
  }

  @Override
  public Optional<ReportReference> findByCode(AccessCodeDigest code) {
    Objects.requireNonNull(code, "code must not be null");
    return transactions.withHandle(handle -> AccessCodeColumn.find(handle, code));
  }

  @Override
  public Optional<AccessCodeDigest> codeOf(ReportReference reference) {
    Objects.requireNonNull(reference, "reference must not be null");
    return transactions.withHandle(handle -> AccessCodeColumn.of(handle, reference));
  }

  @Override
  public void removeCode(ReportReference reference) {
    Objects.requireNonNull(reference, "reference must not be null");
    transactions.withHandle(handle -> {
      AccessCodeColumn.remove(handle, reference);
      return null;
    });
  }

  @Override
  public UpdateOutcome update(Report report) {
    Objects.requireNonNull(report, "report must not be null");
    var row = ReportRow.of(report, cipher);
    return transactions.withHandle(handle -> {
      // Under a concurrent writer's row lock, both databases wait for it to end and then test the
      // version again against what it stored: the second of two writers finds no row.
      int updated =
          row.bindTo(
                  handle.createUpdate(
                      """
                      update reports
                         set questionnaire_version = :questionnaire_version,
                             received_at = :received_at,
                             status = :status,
                             assignee = :assignee,
                             closed_at = :closed_at,
                             risk = :risk,
                             anonymous = :anonymous,
                             two_way_messaging = :two_way_messaging,
                             support_requested = :support_requested,
                             answers = :answers,
                             account = :account,
                             contact = :contact,
                             support_preference = :support_preference,
                             erasure_requested_at = :erasure_requested_at,
                             entry_channel = :entry_channel,
                             entered_by = :entered_by,
                             version = version + 1
                       where reference = :reference and version = :version\
                      """))
              .execute();
      if (updated == 1) {
        return UpdateOutcome.UPDATED;
      }
      boolean exists =
          handle
                  .createQuery("select count(*) from reports where reference = :reference")
                  .bind("reference", report.reference().value())
                  .mapTo(Integer.class)
                  .one()
              > 0;
      if (!exists) {
        throw new IllegalStateException("no report " + report.reference() + " to update");
      }
      return UpdateOutcome.STALE;
    });
  }

  @Override
  public void hold(ReportReference reference, Instant requestedAt) {
    Objects.requireNonNull(reference, "reference must not be null");
    Objects.requireNonNull(requestedAt, "requested at must not be null");
    transactions.withHandle(handle ->
        handle
            .createUpdate(
                """
                update reports
                   set erasure_requested_at = :requested_at, version = version + 1
                 where reference = :reference and erasure_requested_at is null\
                """)
            .bind("requested_at", ReportRow.utc(requestedAt))
            .bind("reference", reference.value())
            .execute());
  }

  @Override
  public Optional<Report> find(ReportReference reference) {
    Objects.requireNonNull(reference, "reference must not be null");
    return transactions.withHandle(handle ->
        handle
            .createQuery("select " + COLUMNS + " from reports where reference = :reference")
            .bind("reference", reference.value())
            .map(this::read)
            .findOne());
  }

  @Override
  public void remove(ReportReference reference) {
    Objects.requireNonNull(reference, "reference must not be null");
    transactions.withHandle(handle ->
        handle
            .createUpdate("delete from reports where reference = :reference")
            .bind("reference", reference.value())
            .execute());
  }

  @Override
  public List<Report> unassigned() {
    return list(
        """
        select %s from reports
         where status <> 'CLOSED' and assignee is null and erasure_requested_at is null\
        """
            .formatted(COLUMNS),
        null);
  }

  @Override
  public List<Report> openAssignedTo(StaffId adviser) {
    Objects.requireNonNull(adviser, "adviser must not be null");
    return list(
        """
        select %s from reports
         where status <> 'CLOSED' and assignee = :assignee and erasure_requested_at is null\
        """
            .formatted(COLUMNS),
        adviser);
  }

  @Override
  public List<Report> allOpen() {
    return list(
        "select %s from reports where status <> 'CLOSED' and erasure_requested_at is null"
            .formatted(COLUMNS),
        null);
  }

  @Override
  public List<Report> findAll(Collection<ReportReference> references) {
    var wanted = Set.copyOf(Objects.requireNonNull(references, "references must not be null"));
    if (wanted.isEmpty()) {
      return List.of();
    }
    return transactions.withHandle(handle ->
        handle
            .createQuery(
                "select "
                    + COLUMNS
                    + " from reports where reference in (<references>)"
                    + OLDEST_FIRST)
            .bindList("references", wanted.stream().map(ReportReference::value).toList())
            .map(this::read)
            .list());
  }

  @Override
  public List<Report> closedBefore(Instant cutoff, int limit) {
    Objects.requireNonNull(cutoff, "cutoff must not be null");
    if (limit < 0) {
      throw new IllegalArgumentException("limit must not be negative, was " + limit);
    }
    return transactions.withHandle(handle ->
        handle
            .createQuery(
                """
                select %s from reports
                 where closed_at < :cutoff and erasure_requested_at is null
                 order by closed_at, reference
                 limit :limit\
                """
                    .formatted(COLUMNS))
            .bind("cutoff", ReportRow.utc(cutoff))
            .bind("limit", limit)
            .map(this::read)
            .list());
  }

  @Override
  public List<Report> held() {
    return list(
        "select %s from reports where erasure_requested_at is not null".formatted(COLUMNS), null);
  }

  @Override
  public long count() {
    return transactions.withHandle(
        handle -> handle.createQuery("select count(*) from reports").mapTo(Long.class).one());
  }

  private List<Report> list(String select, StaffId assignee) {
    return transactions.withHandle(handle -> {
      var query = handle.createQuery(select + OLDEST_FIRST);
      if (assignee != null) {
        query.bind("assignee", assignee.value().toString());
      }
      return query.map(this::read).list();
    });
  }

  private Report read(ResultSet row, StatementContext statement) throws SQLException {
    var reference = new ReportReference(row.getString("reference"));
    var answers =
        ReportCodec.readAnswers(
            cipher.open(row.getBytes("answers"), ReportRow.context("answers", reference)));
    var account =
        Optional.ofNullable(row.getBytes("account"))
            .map(sealed ->
                new Account(cipher.open(sealed, ReportRow.context("account", reference))));
    var contact = row.getBytes("contact");
    Anonymity anonymity =
        row.getBoolean("anonymous")
            ? Anonymity.anonymous()
            : Anonymity.named(
                ReportCodec.readContact(
                    cipher.open(
                        Objects.requireNonNull(contact, "a named report has contact details"),
                        ReportRow.context("contact", reference))));
    var preference =
        Optional.ofNullable(row.getBytes("support_preference"))
            .map(sealed -> cipher.open(sealed, ReportRow.context("support_preference", reference)));
    var support =
        row.getBoolean("support_requested")
            ? Optional.of(new SupportRequest(preference))
            : Optional.<SupportRequest>empty();
    return new Report(
        reference,
        QuestionnaireVersion.of(row.getInt("questionnaire_version")),
        answers,
        account,
        instant(row, "received_at"),
        anonymity,
        row.getBoolean("two_way_messaging"),
        support,
        RiskLevel.valueOf(row.getString("risk")),
        ReportStatus.valueOf(row.getString("status")),
        Optional.ofNullable(row.getString("assignee")).map(StaffId::parse),
        optionalInstant(row, "closed_at"),
        optionalInstant(row, "erasure_requested_at"),
        row.getLong("version"),
        staffEntry(row));
  }

  /** Who entered the report and how it reached them, when staff entered it; null columns else. */
  private static Optional<StaffEntry> staffEntry(ResultSet row) throws SQLException {
    var enteredBy = row.getString("entered_by");
    var channel = row.getString("entry_channel");
    return Optional.ofNullable(enteredBy)
        .map(staff -> new StaffEntry(Channel.read(channel).orElseThrow(), StaffId.parse(staff)));
  }

  private static Instant instant(ResultSet row, String column) throws SQLException {
    return row.getObject(column, OffsetDateTime.class).toInstant();
  }

  private static Optional<Instant> optionalInstant(ResultSet row, String column)
      throws SQLException {
    return Optional.ofNullable(row.getObject(column, OffsetDateTime.class))
        .map(OffsetDateTime::toInstant);
  }
}
