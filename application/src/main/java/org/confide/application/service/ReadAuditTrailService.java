package org.confide.application.service;

import java.util.List;
import java.util.Objects;
import org.confide.application.port.in.Failure;
import org.confide.application.port.in.Outcome;
import org.confide.application.port.in.ReadAuditTrailUseCase;
import org.confide.application.port.in.SessionToken;
import org.confide.application.port.in.StaffRequestFailure;
import org.confide.application.port.out.AuditTrail;
import org.confide.domain.audit.AuditEvent;
import org.confide.domain.shared.ProblemCode;
import org.confide.domain.staff.Permission;

/** Reads the audit trail for administrators. */
public final class ReadAuditTrailService implements ReadAuditTrailUseCase {

  private static final int AUDIT_PAGE = 1000;

  private final Gate gate;
  private final AuditTrail auditTrail;

  /**
   * The service, wired by {@link org.confide.application.Confide#assemble}: an embedder uses that,
   * or {@link org.confide.application.InMemoryConfide}, rather than this.
   *
   * @param gate resolves the acting party's session, checks two-factor sign-in and the role, and
   *     runs the work in one transaction
   * @param auditTrail the audit trail
   */
  public ReadAuditTrailService(Gate gate, AuditTrail auditTrail) {
    this.gate = Objects.requireNonNull(gate, "gate");
    this.auditTrail = Objects.requireNonNull(auditTrail, "auditTrail");
  }

  @Override
  public Outcome<List<AuditEvent>, StaffRequestFailure> read(
      SessionToken session, Command command) {
    return gate.asStaff(
        session,
        Permission.READ_AUDIT_TRAIL,
        StaffRequestFailure::from,
        admin -> {
          if (!command.from().isBefore(command.to())) {
            return Outcome.failed(Failure.Invalid.of("from", ProblemCode.PERIOD_ORDER));
          }
          return Outcome.done(
              auditTrail.between(command.from(), command.to(), command.subject(), AUDIT_PAGE));
        });
  }
}
