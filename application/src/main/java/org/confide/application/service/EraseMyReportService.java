package org.confide.application.service;

import org.confide.application.port.in.EraseMyReportUseCase;
import org.confide.application.port.in.Outcome;
import org.confide.application.port.in.SessionToken;
import org.confide.domain.audit.Actor;
import org.confide.domain.audit.AuditAction;

/** A reporter's right to erasure, exercised with their access code. */
public final class EraseMyReportService implements EraseMyReportUseCase {

  private final Context context;
  private final Gate gate;

  public EraseMyReportService(Context context) {
    this.context = context;
    this.gate = new Gate(context);
  }

  @Override
  public Outcome<Outcome.Ok> erase(SessionToken session) {
    return gate.asReporter(
        session,
        report -> {
          var reference = report.reference();
          CaseRemoval.remove(context, reference);
          gate.audit(Actor.reporter(), AuditAction.REPORT_ERASED, reference, "");
          return Outcome.ok();
        });
  }
}
