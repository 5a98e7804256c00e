package org.confide.application.service;

import java.util.Objects;
import org.confide.application.port.in.AddNoteUseCase;
import org.confide.application.port.in.Failure;
import org.confide.application.port.in.NoteFailure;
import org.confide.application.port.in.Outcome;
import org.confide.application.port.in.SessionToken;
import org.confide.domain.shared.FreeText;
import org.confide.domain.staff.Permission;
import org.confide.domain.thread.NoteBody;

/** Adds internal notes to cases. */
public final class AddNoteService implements AddNoteUseCase {

  private final Gate gate;
  private final CaseAccessCheck caseAccess;
  private final CaseChanges changes;

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
          var problem = FreeText.problem(text, NoteBody.MAX_LENGTH);
          if (problem.isPresent()) {
            return Outcome.failed(Failure.Invalid.of("body", "The note " + problem.get()));
          }
          changes.addNote(staff, command.reference(), text);
          return Outcome.ok();
        });
  }
}
