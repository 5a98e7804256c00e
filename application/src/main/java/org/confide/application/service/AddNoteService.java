package org.confide.application.service;

import java.util.List;
import java.util.Objects;
import org.confide.application.port.in.AddNoteUseCase;
import org.confide.application.port.in.Failure;
import org.confide.application.port.in.NoteFailure;
import org.confide.application.port.in.Outcome;
import org.confide.application.port.in.SessionToken;
import org.confide.domain.shared.FreeText;
import org.confide.domain.shared.ProblemSubject;
import org.confide.domain.staff.Permission;
import org.confide.domain.thread.NoteBody;

/** Adds internal notes to cases. */
public final class AddNoteService implements AddNoteUseCase {

  private final Gate gate;
  private final CaseAccessCheck caseAccess;
  private final CaseChanges changes;

  /**
   * The service, wired by {@link org.confide.application.Confide#assemble}: an embedder uses that,
   * or {@link org.confide.application.InMemoryConfide}, rather than this.
   *
   * @param gate resolves the acting party's session, checks two-factor sign-in and the role, and
   *     runs the work in one transaction
   * @param caseAccess finds a case the acting staff member may read, applying need to know
   * @param changes writes a change to a case, and an internal note, alike for every case use case
   */
  public AddNoteService(Gate gate, CaseAccessCheck caseAccess, CaseChanges changes) {
    this.gate = Objects.requireNonNull(gate, "gate");
    this.caseAccess = Objects.requireNonNull(caseAccess, "caseAccess");
    this.changes = Objects.requireNonNull(changes, "changes");
  }

  @Override
  public Outcome<Outcome.Ok, NoteFailure> add(SessionToken session, Command command) {
    var text = command.body().strip();
    return gate.asStaff(
        session,
        Permission.WORK_CASES,
        NoteFailure::from,
        staff -> {
          if (caseAccess.find(staff, command.reference()).isEmpty()) {
            return Outcome.failed(new Failure.NotFound());
          }
          var problem = FreeText.problem("body", ProblemSubject.NOTE, text, NoteBody.MAX_LENGTH);
          if (problem.isPresent()) {
            return Outcome.failed(new Failure.Invalid(List.of(problem.get())));
          }
          changes.addNote(staff, command.reference(), text);
          return Outcome.ok();
        });
  }
}
