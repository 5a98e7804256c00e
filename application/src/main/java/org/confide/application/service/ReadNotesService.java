package org.confide.application.service;

import java.util.List;
import java.util.Objects;
import org.confide.application.port.in.Failure;
import org.confide.application.port.in.LookUpFailure;
import org.confide.application.port.in.Outcome;
import org.confide.application.port.in.ReadNotesUseCase;
import org.confide.application.port.in.SessionToken;
import org.confide.application.port.in.ViewCaseUseCase;
import org.confide.application.port.out.InternalNotes;
import org.confide.application.port.out.StaffDirectory;
import org.confide.domain.audit.Actor;
import org.confide.domain.audit.AuditAction;
import org.confide.domain.audit.AuditDetail;
import org.confide.domain.audit.AuditDetailCode;
import org.confide.domain.staff.Permission;

/** Reads the internal notes of a case for staff who may work it; every reading is audited. */
public final class ReadNotesService implements ReadNotesUseCase {

  private final Gate gate;
  private final Auditor auditor;
  private final CaseAccessCheck caseAccess;
  private final InternalNotes notes;
  private final StaffDirectory staffDirectory;

  /**
   * The service, wired by {@link org.confide.application.Confide#assemble}: an embedder uses that,
   * or {@link org.confide.application.InMemoryConfide}, rather than this.
   *
   * @param gate resolves the acting party's session, checks two-factor sign-in and the role, and
   *     runs the work in one transaction
   * @param auditor records the audit events, stamped with the time and a fresh id
   * @param caseAccess finds a case the acting staff member may read, applying need to know
   * @param notes staff's internal notes
   * @param staffDirectory the staff accounts
   */
  public ReadNotesService(
      Gate gate,
      Auditor auditor,
      CaseAccessCheck caseAccess,
      InternalNotes notes,
      StaffDirectory staffDirectory) {
    this.gate = Objects.requireNonNull(gate, "gate");
    this.auditor = Objects.requireNonNull(auditor, "auditor");
    this.caseAccess = Objects.requireNonNull(caseAccess, "caseAccess");
    this.notes = Objects.requireNonNull(notes, "notes");
    this.staffDirectory = Objects.requireNonNull(staffDirectory, "staffDirectory");
  }

  @Override
  public Outcome<List<ViewCaseUseCase.Note>, LookUpFailure> read(
      SessionToken session, Command command) {
    var reference = command.reference();
    return gate.asStaff(
        session,
        Permission.WORK_CASES,
        LookUpFailure::from,
        staff -> {
          if (caseAccess.find(staff, reference).isEmpty()) {
            return Outcome.failed(new Failure.NotFound());
          }
          // Notes are part of the case file: reading them is a reading of the case.
          auditor.audit(
              Actor.staff(staff.id()),
              AuditAction.REPORT_VIEWED,
              reference,
              AuditDetail.of(AuditDetailCode.NOTES));
          return Outcome.done(CaseNotes.of(notes, staffDirectory, reference));
        });
  }
}
