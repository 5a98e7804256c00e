package org.confide.application.service;

import java.util.Objects;
import org.confide.application.port.in.CaseChangeFailure;
import org.confide.application.port.in.Failure;
import org.confide.application.port.in.MoveCaseUseCase;
import org.confide.application.port.in.Outcome;
import org.confide.application.port.in.SessionToken;
import org.confide.application.port.out.Teams;
import org.confide.domain.audit.Actor;
import org.confide.domain.audit.AuditAction;
import org.confide.domain.audit.AuditDetail;
import org.confide.domain.audit.AuditDetailCode;
import org.confide.domain.shared.ProblemCode;
import org.confide.domain.staff.Permission;

/** Moves a case to another team's queue, with a reason kept as an internal note. */
public final class MoveCaseService implements MoveCaseUseCase {

  private final Gate gate;
  private final Auditor auditor;
  private final CaseAccessCheck caseAccess;
  private final CaseChanges changes;
  private final Teams teams;

  /**
   * The service, wired by {@link org.confide.application.Confide#assemble}: an embedder uses that,
   * or {@link org.confide.application.InMemoryConfide}, rather than this.
   *
   * @param gate resolves the acting party's session, checks two-factor sign-in and the role, and
   *     runs the work in one transaction
   * @param auditor records the audit events, stamped with the time and a fresh id
   * @param caseAccess finds a case the acting staff member may read, applying need to know
   * @param changes writes a change to a case, and an internal note, alike for every case use case
   * @param teams the teams and each case's team
   */
  public MoveCaseService(
      Gate gate, Auditor auditor, CaseAccessCheck caseAccess, CaseChanges changes, Teams teams) {
    this.gate = Objects.requireNonNull(gate, "gate");
    this.auditor = Objects.requireNonNull(auditor, "auditor");
    this.caseAccess = Objects.requireNonNull(caseAccess, "caseAccess");
    this.changes = Objects.requireNonNull(changes, "changes");
    this.teams = Objects.requireNonNull(teams, "teams");
  }

  @Override
  public Outcome<Outcome.Ok, CaseChangeFailure> move(SessionToken session, Command command) {
    var reference = command.reference();
    var text = command.reason().strip();
    return gate.asStaffChanging(
        session,
        Permission.WORK_CASES,
        CaseChangeFailure::from,
        (staff, updates) -> {
          var report = caseAccess.find(staff, reference);
          if (report.isEmpty()) {
            return Outcome.failed(new Failure.NotFound());
          }
          if (report.get().isHeld()) {
            return Outcome.failed(Failure.Refused.of(ProblemCode.HELD_STAYS));
          }
          var team = command.teamId().flatMap(teams::find);
          if (team.isEmpty()) {
            return Outcome.failed(
                command.teamId().isPresent()
                    ? Failure.Invalid.of("team", ProblemCode.MOVE_UNKNOWN_TEAM, command.team())
                    : Failure.Invalid.of("team", ProblemCode.TEAM_ID));
          }
          var problem = CaseChanges.reasonProblem(text);
          if (problem.isPresent()) {
            return Outcome.failed(problem.get());
          }
          var before = teams.teamOf(reference);
          if (before.equals(team.map(t -> t.id()))) {
            return Outcome.ok();
          }
          // Need to know: an adviser outside the new team may no longer work the case, so it goes
          // back to the new team's queue.
          var assignee = report.get().assignee();
          if (assignee.isPresent() && !team.get().has(assignee.get())) {
            Outcome<Outcome.Ok, CaseChangeFailure> unassigned =
                changes.apply(
                    staff, updates, report.get().unassign(), AuditAction.ASSIGNED, r -> r);
            if (!unassigned.isDone()) {
              return unassigned;
            }
          }
          teams.place(reference, team.get().id());
          auditor.audit(
              Actor.staff(staff.id()),
              AuditAction.CASE_MOVED,
              reference,
              before
                  .map(from ->
                      AuditDetail.of(
                          AuditDetailCode.MOVED, from.toString(), team.get().id().toString()))
                  .orElseGet(() ->
                      AuditDetail.of(
                          AuditDetailCode.MOVED_FROM_NO_TEAM, team.get().id().toString())));
          changes.addNote(staff, reference, "Moved to " + team.get().name() + ": " + text);
          return Outcome.ok();
        });
  }
}
