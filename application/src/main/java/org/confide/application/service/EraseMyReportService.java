package org.confide.application.service;

import java.time.Clock;
import java.util.Objects;
import java.util.function.Function;
import org.confide.application.port.in.EraseMyReportUseCase;
import org.confide.application.port.in.Outcome;
import org.confide.application.port.in.SessionDenial;
import org.confide.application.port.in.SessionToken;
import org.confide.application.port.out.Escalations;
import org.confide.domain.audit.Actor;
import org.confide.domain.audit.AuditAction;
import org.confide.domain.safeguarding.SafeguardingHold;

/**
 * A reporter's right to erasure, exercised with their access code; held instead where safeguarding
 * requires ({@link SafeguardingHold}).
 */
public final class EraseMyReportService implements EraseMyReportUseCase {

  private final Gate gate;
  private final Auditor auditor;
  private final CaseRemoval caseRemoval;
  private final Escalations escalations;
  private final Clock clock;

  /**
   * The service, wired by {@link org.confide.application.Confide#assemble}: an embedder uses that,
   * or {@link org.confide.application.InMemoryConfide}, rather than this.
   *
   * @param gate resolves the acting party's session, checks two-factor sign-in and the role, and
   *     runs the work in one transaction
   * @param auditor records the audit events, stamped with the time and a fresh id
   * @param caseRemoval removes a case with everything kept about it, or holds it for safeguarding
   * @param escalations the escalations, which decide whether the report must be held
   * @param clock when the reporter asked, for a hold
   */
  public EraseMyReportService(
      Gate gate, Auditor auditor, CaseRemoval caseRemoval, Escalations escalations, Clock clock) {
    this.gate = Objects.requireNonNull(gate, "gate");
    this.auditor = Objects.requireNonNull(auditor, "auditor");
    this.caseRemoval = Objects.requireNonNull(caseRemoval, "caseRemoval");
    this.escalations = Objects.requireNonNull(escalations, "escalations");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  public Outcome<Result, SessionDenial> erase(SessionToken session) {
    return gate.asReporter(
        session,
        Function.identity(),
        report -> {
          var reference = report.reference();
          if (SafeguardingHold.needed(escalations.of(reference))) {
            caseRemoval.hold(reference, clock.instant());
            auditor.audit(Actor.reporter(), AuditAction.REPORT_HELD, reference);
            return Outcome.done(Result.HELD);
          }
          caseRemoval.remove(reference);
          auditor.audit(Actor.reporter(), AuditAction.REPORT_ERASED, reference);
          return Outcome.done(Result.ERASED);
        });
  }
}
