package org.confide.application.service;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.random.RandomGenerator;
import org.confide.application.port.in.Failure;
import org.confide.application.port.in.Outcome;
import org.confide.application.port.out.InternalNotes;
import org.confide.domain.audit.Actor;
import org.confide.domain.audit.AuditAction;
import org.confide.domain.audit.AuditDetail;
import org.confide.domain.report.Report;
import org.confide.domain.shared.FreeText;
import org.confide.domain.shared.ProblemSubject;
import org.confide.domain.shared.ReportReference;
import org.confide.domain.staff.StaffMember;
import org.confide.domain.thread.InternalNote;
import org.confide.domain.thread.NoteBody;
import org.confide.domain.thread.NoteId;

/** What several case use cases write alike: a change to the case, and an internal note. */
public final class CaseChanges {

  private final Auditor auditor;
  private final InternalNotes notes;
  private final RandomGenerator random;
  private final Clock clock;

  /**
   * Wired once by {@link org.confide.application.Confide#assemble} and shared by the services that
   * use it.
   *
   * @param auditor records the audit events, stamped with the time and a fresh id
   * @param notes staff's internal notes
   * @param random the source of references, codes and ids
   * @param clock the time read for due dates, expiry and the audit trail
   */
  public CaseChanges(Auditor auditor, InternalNotes notes, RandomGenerator random, Clock clock) {
    this.auditor = Objects.requireNonNull(auditor, "auditor");
    this.notes = Objects.requireNonNull(notes, "notes");
    this.random = Objects.requireNonNull(random, "random");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * Stores and audits the case as {@code change} left it, if it changed; a change the case's state
   * refuses is answered {@code refused} of the reason.
   */
  <F extends Failure> Outcome<Outcome.Ok, F> apply(
      StaffMember staff,
      Gate.ReportUpdates updates,
      Report.Change change,
      AuditAction action,
      Function<Failure.Refused, F> refused) {
    return switch (change) {
      case Report.Change.Changed changed -> {
        updates.update(changed.report());
        auditor.audit(
            Actor.staff(staff.id()), action, changed.report().reference(), AuditDetail.of(changed));
        yield Outcome.ok();
      }
      case Report.Change.Unchanged unchanged -> Outcome.ok();
      case Report.Change.Refused why ->
          Outcome.failed(refused.apply(Failure.Refused.of(why.code())));
    };
  }

  /** The longest reason for a change to a case (a status, a move to another team). */
  static final int REASON_MAX_LENGTH = 1000;

  /** What is wrong with the reason for a change to a case, as a problem on {@code reason}. */
  static Optional<Failure.Invalid> reasonProblem(String reason) {
    return FreeText.problem("reason", ProblemSubject.REASON, reason, REASON_MAX_LENGTH)
        .map(problem -> new Failure.Invalid(List.of(problem)));
  }

  /** Adds an internal note by {@code staff}, audited without its text. */
  void addNote(StaffMember staff, ReportReference reference, String text) {
    notes.add(
        reference,
        new InternalNote(NoteId.generate(random), staff.id(), new NoteBody(text), clock.instant()));
    auditor.audit(Actor.staff(staff.id()), AuditAction.NOTE_ADDED, reference);
  }
}
