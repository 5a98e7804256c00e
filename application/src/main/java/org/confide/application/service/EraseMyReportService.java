package org.confide.application.service;

import java.util.Objects;
import java.util.function.Function;
import org.confide.application.port.in.EraseMyReportUseCase;
import org.confide.application.port.in.Outcome;
import org.confide.application.port.in.SessionDenial;
import org.confide.application.port.in.SessionToken;
import org.confide.domain.audit.Actor;
import org.confide.domain.audit.AuditAction;

/** A reporter's right to erasure, exercised with their access code. */
public final class EraseMyReportService implements EraseMyReportUseCase {

  private final Gate gate;
  private final Auditor auditor;
  private final CaseRemoval caseRemoval;

  /**
   * The service, wired by {@link org.confide.application.Confide#assemble}: an embedder uses that,
   * or {@link org.confide.application.InMemoryConfide}, rather than this.
   *
   * @param gate resolves the acting party's session, checks two-factor sign-in and the role, and
   *     runs the work in one transaction
   * @param auditor records the audit events, stamped with the time and a fresh id
   * @param caseRemoval removes a case with everything kept about it
   */
  public EraseMyReportService(Gate gate, Auditor auditor, CaseRemoval caseRemoval) {
    this.gate = Objects.requireNonNull(gate, "gate");
    this.auditor = Objects.requireNonNull(auditor, "auditor");
    this.caseRemoval = Objects.requireNonNull(caseRemoval, "caseRemoval");
  }

  @Override
  public Outcome<Outcome.Ok, SessionDenial> erase(SessionToken session) {
    return gate.asReporter(
        session,
        Function.identity(),
        report -> {
          var reference = report.reference();
          caseRemoval.remove(reference);
          auditor.audit(Actor.reporter(), AuditAction.REPORT_ERASED, reference, "");
          return Outcome.ok();
        });
  }
}
