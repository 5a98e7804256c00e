package org.confide.application.service;

import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.Objects;
import org.confide.application.port.in.PurgeClosedCasesUseCase;
import org.confide.application.port.out.Reports;
import org.confide.application.port.out.Sessions;
import org.confide.application.port.out.Settings;
import org.confide.application.port.out.SubmissionKeys;
import org.confide.application.port.out.Transactions;
import org.confide.domain.audit.Actor;
import org.confide.domain.audit.AuditAction;
import org.confide.domain.report.Report;
import org.confide.domain.session.SessionPolicy;

/**
 * Retention: removes cases closed longer ago than the configured period, in batches, each batch one
 * transaction. Also forgets expired sessions and old idempotency keys.
 */
public final class PurgeClosedCasesService implements PurgeClosedCasesUseCase {

  private static final int BATCH = 200;

  private final Auditor auditor;
  private final CaseRemoval caseRemoval;
  private final Settings settings;
  private final Transactions transactions;
  private final Reports reports;
  private final SessionPolicy sessionPolicy;
  private final Sessions sessions;
  private final SubmissionKeys submissionKeys;
  private final Clock clock;

  /**
   * The service, wired by {@link org.confide.application.Confide#assemble}: an embedder uses that,
   * or {@link org.confide.application.InMemoryConfide}, rather than this.
   *
   * @param auditor records the audit events, stamped with the time and a fresh id
   * @param caseRemoval removes a case with everything kept about it
   * @param settings the settings in force: calendar, targets, analysis and the two-factor
   *     requirement
   * @param transactions joins the writes of one run in one transaction
   * @param reports the reports
   * @param sessionPolicy how long sessions last, idle and in all
   * @param sessions the reporter and staff sessions
   * @param submissionKeys claims of idempotency keys, for retried submissions
   * @param clock the time read for due dates, expiry and the audit trail
   */
  public PurgeClosedCasesService(
      Auditor auditor,
      CaseRemoval caseRemoval,
      Settings settings,
      Transactions transactions,
      Reports reports,
      SessionPolicy sessionPolicy,
      Sessions sessions,
      SubmissionKeys submissionKeys,
      Clock clock) {
    this.auditor = Objects.requireNonNull(auditor, "auditor");
    this.caseRemoval = Objects.requireNonNull(caseRemoval, "caseRemoval");
    this.settings = Objects.requireNonNull(settings, "settings");
    this.transactions = Objects.requireNonNull(transactions, "transactions");
    this.reports = Objects.requireNonNull(reports, "reports");
    this.sessionPolicy = Objects.requireNonNull(sessionPolicy, "sessionPolicy");
    this.sessions = Objects.requireNonNull(sessions, "sessions");
    this.submissionKeys = Objects.requireNonNull(submissionKeys, "submissionKeys");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  public int purge() {
    var now = clock.instant();
    var settings = this.settings.current();
    var cutoff =
        ZonedDateTime.ofInstant(now, settings.calendar().zone())
            .minus(settings.retention())
            .toInstant();
    int purged = 0;
    while (true) {
      int batch =
          transactions.inTransaction(() -> {
            var closed = reports.closedBefore(cutoff, BATCH);
            for (Report report : closed) {
              caseRemoval.remove(report.reference());
              auditor.audit(Actor.system(), AuditAction.REPORT_PURGED, report.reference(), "");
            }
            return closed.size();
          });
      purged += batch;
      if (batch < BATCH) {
        break;
      }
    }
    var policy = sessionPolicy;
    var longestIdle =
        policy.staffIdle().compareTo(policy.reporterIdle()) > 0
            ? policy.staffIdle()
            : policy.reporterIdle();
    var longestLife =
        policy.staffAbsolute().compareTo(policy.reporterAbsolute()) > 0
            ? policy.staffAbsolute()
            : policy.reporterAbsolute();
    transactions.inTransaction(() -> {
      sessions.removeExpired(now.minus(longestLife), now.minus(longestIdle));
      return submissionKeys.forgetBefore(now.minus(SubmitReportService.KEY_MEMORY));
    });
    return purged;
  }
}
