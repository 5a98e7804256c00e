package org.confide.application.service;

import java.time.Clock;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.random.RandomGenerator;
import org.confide.application.port.in.Outcome;
import org.confide.application.port.in.SessionToken;
import org.confide.application.port.in.ThreadView;
import org.confide.application.port.in.WorkCaseUseCase;
import org.confide.application.port.out.Escalations;
import org.confide.application.port.out.InternalNotes;
import org.confide.application.port.out.MessageThreads;
import org.confide.application.port.out.StaffDirectory;
import org.confide.domain.audit.Actor;
import org.confide.domain.audit.AuditAction;
import org.confide.domain.report.Report;
import org.confide.domain.report.ReportStatus;
import org.confide.domain.safeguarding.Escalation;
import org.confide.domain.safeguarding.EscalationId;
import org.confide.domain.safeguarding.Rationale;
import org.confide.domain.safeguarding.RiskLevel;
import org.confide.domain.shared.FreeText;
import org.confide.domain.shared.ReportReference;
import org.confide.domain.staff.CaseAccess;
import org.confide.domain.staff.EmailAddress;
import org.confide.domain.staff.Permission;
import org.confide.domain.staff.StaffMember;
import org.confide.domain.thread.AuthorSide;
import org.confide.domain.thread.InternalNote;
import org.confide.domain.thread.Message;
import org.confide.domain.thread.MessageBody;
import org.confide.domain.thread.MessageId;
import org.confide.domain.thread.MessageThread;
import org.confide.domain.thread.NoteBody;
import org.confide.domain.thread.NoteId;

/** What an adviser does with a case they may read. */
public final class WorkCaseService implements WorkCaseUseCase {

  private static final int REASON_MAX_LENGTH = 1000;

  private final Gate gate;
  private final Auditor auditor;
  private final CaseAccessCheck caseAccess;
  private final StaffDirectory staffDirectory;
  private final RandomGenerator random;
  private final MessageThreads threads;
  private final Escalations escalations;
  private final InternalNotes notes;
  private final Clock clock;

  public WorkCaseService(
      Gate gate,
      Auditor auditor,
      CaseAccessCheck caseAccess,
      StaffDirectory staffDirectory,
      RandomGenerator random,
      MessageThreads threads,
      Escalations escalations,
      InternalNotes notes,
      Clock clock) {
    this.gate = Objects.requireNonNull(gate, "gate");
    this.auditor = Objects.requireNonNull(auditor, "auditor");
    this.caseAccess = Objects.requireNonNull(caseAccess, "caseAccess");
    this.staffDirectory = Objects.requireNonNull(staffDirectory, "staffDirectory");
    this.random = Objects.requireNonNull(random, "random");
    this.threads = Objects.requireNonNull(threads, "threads");
    this.escalations = Objects.requireNonNull(escalations, "escalations");
    this.notes = Objects.requireNonNull(notes, "notes");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  public Outcome<Outcome.Ok> assign(
      SessionToken session, ReportReference reference, String assigneeEmail) {
    return onCase(
        session,
        reference,
        (staff, report) -> {
          var assignee =
              EmailAddress.isValid(assigneeEmail)
                  ? staffDirectory.findByEmail(EmailAddress.of(assigneeEmail))
                  : java.util.Optional.<StaffMember>empty();
          if (assignee.isEmpty()
              || !assignee.get().active()
              || !CaseAccess.mayBeAssigned(assignee.get())) {
            return Outcome.invalid("assignee", "Choose an active adviser's email address");
          }
          // An adviser may take a case or hand on their own; handing on someone else's case is
          // a lead's decision.
          var ownOrQueue = report.assignee().isEmpty() || report.isAssignedTo(staff.id());
          if (!ownOrQueue && !staff.may(Permission.DECIDE_ESCALATIONS)) {
            return new Outcome.Forbidden<>();
          }
          return apply(staff, report.assignTo(assignee.get().id()), AuditAction.ASSIGNED);
        });
  }

  @Override
  public Outcome<Outcome.Ok> changeStatus(
      SessionToken session, ReportReference reference, ReportStatus status, String reason) {
    var text = reason == null ? "" : reason.strip();
    return onCase(
        session,
        reference,
        (staff, report) -> {
          var problem = FreeText.problem(text, REASON_MAX_LENGTH);
          if (problem.isPresent()) {
            return Outcome.invalid("reason", "The reason " + problem.get());
          }
          var outcome =
              apply(staff, report.moveTo(status, clock.instant()), AuditAction.STATUS_CHANGED);
          if (outcome.isDone()) {
            // The reason may say something about the people involved, so it is kept as an
            // encrypted note rather than in the audit trail.
            addNote(staff, reference, "Status changed to " + status + ": " + text);
          }
          return outcome;
        });
  }

  @Override
  public Outcome<ThreadView.MessageView> reply(
      SessionToken session, ReportReference reference, String body) {
    var text = body == null ? "" : body.strip();
    return onCase(
        session,
        reference,
        (staff, report) -> {
          var problem = FreeText.problem(text, MessageBody.MAX_LENGTH);
          if (problem.isPresent()) {
            return Outcome.invalid("body", "The message " + problem.get());
          }
          if (!report.twoWayMessaging()) {
            return new Outcome.Refused<>(
                "This reporter did not ask for anonymous messaging; use the contact details they"
                    + " gave, if any");
          }
          var now = clock.instant();
          var message =
              Message.fromStaff(MessageId.generate(random), staff.id(), new MessageBody(text), now);
          var thread =
              threads
                  .find(reference)
                  .orElse(MessageThread.open(reference))
                  .markReadBy(AuthorSide.STAFF, now)
                  .post(message);
          threads.save(thread);
          auditor.audit(Actor.staff(staff.id()), AuditAction.MESSAGE_SENT, reference, "");
          return Outcome.done(Threads.view(message, staff.displayName()));
        });
  }

  @Override
  public Outcome<Outcome.Ok> addNote(SessionToken session, ReportReference reference, String body) {
    var text = body == null ? "" : body.strip();
    return onCase(
        session,
        reference,
        (staff, report) -> {
          var problem = FreeText.problem(text, NoteBody.MAX_LENGTH);
          if (problem.isPresent()) {
            return Outcome.invalid("body", "The note " + problem.get());
          }
          addNote(staff, reference, text);
          return Outcome.ok();
        });
  }

  @Override
  public Outcome<EscalationId> escalate(
      SessionToken session, ReportReference reference, String reason) {
    var text = reason == null ? "" : reason.strip();
    return onCase(
        session,
        reference,
        (staff, report) -> {
          if (!staff.may(Permission.RAISE_ESCALATION)) {
            return new Outcome.Forbidden<>();
          }
          var problem = FreeText.problem(text, Rationale.MAX_LENGTH);
          if (problem.isPresent()) {
            return Outcome.invalid("reason", "The reason " + problem.get());
          }
          var escalation =
              Escalation.raiseByHand(
                  EscalationId.generate(random),
                  reference,
                  staff.id(),
                  clock.instant(),
                  new Rationale(text));
          escalations.save(escalation);
          var raised = report.withRiskAtLeast(RiskLevel.CONCERN);
          if (!raised.equals(report)) {
            gate.update(raised);
          }
          auditor.audit(
              Actor.staff(staff.id()), AuditAction.ESCALATION_RAISED, reference, "by hand");
          return Outcome.done(escalation.id());
        });
  }

  private void addNote(StaffMember staff, ReportReference reference, String text) {
    notes.add(
        reference,
        new InternalNote(NoteId.generate(random), staff.id(), new NoteBody(text), clock.instant()));
    auditor.audit(Actor.staff(staff.id()), AuditAction.NOTE_ADDED, reference, "");
  }

  private Outcome<Outcome.Ok> apply(StaffMember staff, Report.Change change, AuditAction action) {
    return switch (change) {
      case Report.Change.Changed changed -> {
        gate.update(changed.report());
        auditor.audit(
            Actor.staff(staff.id()), action, changed.report().reference(), changed.description());
        yield Outcome.ok();
      }
      case Report.Change.Unchanged unchanged -> Outcome.ok();
      case Report.Change.Refused refused -> new Outcome.Refused<>(refused.reason());
    };
  }

  /** Runs {@code work} in a transaction on a case the session's holder may read. */
  private <T> Outcome<T> onCase(
      SessionToken session,
      ReportReference reference,
      BiFunction<StaffMember, Report, Outcome<T>> work) {
    return gate.asStaff(
        session,
        staff ->
            switch (caseAccess.find(staff, reference)) {
              case Outcome.Done<Report> done -> work.apply(staff, done.value());
              case Outcome<Report> failure -> failure.failure();
            });
  }
}
