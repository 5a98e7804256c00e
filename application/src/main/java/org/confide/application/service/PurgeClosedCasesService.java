package org.confide.application.service;

import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Objects;
import org.confide.application.port.in.PurgeClosedCasesUseCase;
import org.confide.application.port.out.Escalations;
import org.confide.application.port.out.Reports;
import org.confide.application.port.out.Sessions;
import org.confide.application.port.out.Settings;
import org.confide.application.port.out.SubmissionKeys;
import org.confide.application.port.out.Transactions;
import org.confide.domain.audit.Actor;
import org.confide.domain.audit.AuditAction;
import org.confide.domain.audit.AuditDetail;
import org.confide.domain.audit.AuditDetailCode;
import org.confide.domain.report.Report;
import org.confide.domain.safeguarding.SafeguardingHold;
import org.confide.domain.session.SessionPolicy;
import org.confide.domain.settings.ServiceSettings;

/**
 * Retention: removes cases closed longer ago than the configured period, in batches, each batch one
 * transaction; ends the safeguarding holds whose escalations allow it ({@link SafeguardingHold});
 * and forgets expired sessions and old idempotency keys.
 */
public final class PurgeClosedCasesService implements PurgeClosedCasesUseCase {

  private static final int BATCH = 200;

  private final Auditor auditor;
  private final CaseRemoval caseRemoval;
  private final Settings settings;
  private final Transactions transactions;
  private final Reports reports;
  private final Escalations escalations;
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
   * @param escalations the escalations, which decide when a held report's hold ends
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
      Escalations escalations,
      SessionPolicy sessionPolicy,
      Sessions sessions,
      SubmissionKeys submissionKeys,
      Clock clock) {
    this.auditor = Objects.requireNonNull(auditor, "auditor");
    this.caseRemoval = Objects.requireNonNull(caseRemoval, "caseRemoval");
    this.settings = Objects.requireNonNull(settings, "settings");
    this.transactions = Objects.requireNonNull(transactions, "transactions");
    this.reports = Objects.requireNonNull(reports, "reports");
    this.escalations = Objects.requireNonNull(escalations, "escalations");
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
              auditor.audit(Actor.system(), AuditAction.REPORT_PURGED, report.reference());
            }
            return closed.size();
          });
      purged += batch;
      if (batch < BATCH) {
        break;
      }
    }
    purged += transactions.inTransaction(() -> releaseHeld(now, settings));
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

  // Held reports are few (a reporter erasing a report under an undecided or referred escalation),
  // so one transaction looks at them all.
  private int releaseHeld(Instant now, ServiceSettings settings) {
    int released = 0;
    for (Report report : reports.held()) {
      var reference = report.reference();
      var release =
          SafeguardingHold.release(
              escalations.of(reference),
              now,
              settings.referralRetention(),
              settings.calendar().zone());
      switch (release) {
        case HELD -> {
          continue;
        }
        case ERASE ->
            auditor.audit(
                Actor.system(),
                AuditAction.REPORT_ERASED,
                reference,
                AuditDetail.of(AuditDetailCode.HOLD_ENDED_STOOD_DOWN));
        case PURGE ->
            auditor.audit(
                Actor.system(),
                AuditAction.REPORT_PURGED,
                reference,
                AuditDetail.of(AuditDetailCode.HOLD_ENDED_REFERRAL_KEPT));
      }
      caseRemoval.remove(reference);
      released++;
    }
    return released;
  }
}
