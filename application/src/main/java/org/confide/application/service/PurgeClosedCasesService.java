package org.confide.application.service;

import java.time.ZonedDateTime;
import org.confide.application.port.in.PurgeClosedCasesUseCase;
import org.confide.domain.audit.Actor;
import org.confide.domain.audit.AuditAction;
import org.confide.domain.report.Report;

/**
 * Retention: removes cases closed longer ago than the configured period, in batches, each batch one
 * transaction. Also forgets expired sessions and old idempotency keys.
 */
public final class PurgeClosedCasesService implements PurgeClosedCasesUseCase {

  private static final int BATCH = 200;

  private final Context context;
  private final Gate gate;

  public PurgeClosedCasesService(Context context) {
    this.context = context;
    this.gate = new Gate(context);
  }

  @Override
  public int purge() {
    var now = gate.now();
    var settings = context.settings().current();
    var cutoff =
        ZonedDateTime.ofInstant(now, settings.calendar().zone())
            .minus(settings.retention())
            .toInstant();
    int purged = 0;
    while (true) {
      int batch =
          context
              .transactions()
              .inTransaction(() -> {
                var closed = context.reports().closedBefore(cutoff, BATCH);
                for (Report report : closed) {
                  CaseRemoval.remove(context, report.reference());
                  gate.audit(Actor.system(), AuditAction.REPORT_PURGED, report.reference(), "");
                }
                return closed.size();
              });
      purged += batch;
      if (batch < BATCH) {
        break;
      }
    }
    var policy = context.sessionPolicy();
    var longestIdle =
        policy.staffIdle().compareTo(policy.reporterIdle()) > 0
            ? policy.staffIdle()
            : policy.reporterIdle();
    var longestLife =
        policy.staffAbsolute().compareTo(policy.reporterAbsolute()) > 0
            ? policy.staffAbsolute()
            : policy.reporterAbsolute();
    context
        .transactions()
        .inTransaction(() -> {
          context.sessions().removeExpired(now.minus(longestLife), now.minus(longestIdle));
          return context.submissionKeys().forgetBefore(now.minus(SubmitReportService.KEY_MEMORY));
        });
    return purged;
  }
}
