package org.confide.application.service;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.random.RandomGenerator;
import org.confide.application.port.in.CaseActionFailure;
import org.confide.application.port.in.Failure;
import org.confide.application.port.in.Outcome;
import org.confide.application.port.in.ReplyToReporterUseCase;
import org.confide.application.port.in.SessionToken;
import org.confide.application.port.in.ThreadView;
import org.confide.application.port.out.MessageThreads;
import org.confide.domain.audit.Actor;
import org.confide.domain.audit.AuditAction;
import org.confide.domain.safeguarding.SafeguardingHold;
import org.confide.domain.shared.FreeText;
import org.confide.domain.shared.ProblemCode;
import org.confide.domain.shared.ProblemSubject;
import org.confide.domain.staff.Permission;
import org.confide.domain.thread.AuthorSide;
import org.confide.domain.thread.Message;
import org.confide.domain.thread.MessageBody;
import org.confide.domain.thread.MessageId;
import org.confide.domain.thread.MessageThread;

/** Posts the case team's replies in a case's thread. */
public final class ReplyToReporterService implements ReplyToReporterUseCase {

  private final Gate gate;
  private final Auditor auditor;
  private final CaseAccessCheck caseAccess;
  private final MessageThreads threads;
  private final RandomGenerator random;
  private final Clock clock;

  /**
   * The service, wired by {@link org.confide.application.Confide#assemble}: an embedder uses that,
   * or {@link org.confide.application.InMemoryConfide}, rather than this.
   *
   * @param gate resolves the acting party's session, checks two-factor sign-in and the role, and
   *     runs the work in one transaction
   * @param auditor records the audit events, stamped with the time and a fresh id
   * @param caseAccess finds a case the acting staff member may read, applying need to know
   * @param threads the message threads
   * @param random the source of references, codes and ids
   * @param clock the time read for due dates, expiry and the audit trail
   */
  public ReplyToReporterService(
      Gate gate,
      Auditor auditor,
      CaseAccessCheck caseAccess,
      MessageThreads threads,
      RandomGenerator random,
      Clock clock) {
    this.gate = Objects.requireNonNull(gate, "gate");
    this.auditor = Objects.requireNonNull(auditor, "auditor");
    this.caseAccess = Objects.requireNonNull(caseAccess, "caseAccess");
    this.threads = Objects.requireNonNull(threads, "threads");
    this.random = Objects.requireNonNull(random, "random");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  public Outcome<ThreadView.MessageView, CaseActionFailure> reply(
      SessionToken session, Command command) {
    var reference = command.reference();
    var text = command.body().strip();
    return gate.asStaff(
        session,
        Permission.WORK_CASES,
        CaseActionFailure::from,
        staff -> {
          var report = caseAccess.find(staff, reference);
          if (report.isEmpty()) {
            return Outcome.failed(new Failure.NotFound());
          }
          var problem =
              FreeText.problem("body", ProblemSubject.MESSAGE, text, MessageBody.MAX_LENGTH);
          if (problem.isPresent()) {
            return Outcome.failed(new Failure.Invalid(List.of(problem.get())));
          }
          if (report.get().isHeld()) {
            return Outcome.failed(Failure.Refused.of(SafeguardingHold.REFUSAL));
          }
          if (!report.get().twoWayMessaging()) {
            return Outcome.failed(Failure.Refused.of(ProblemCode.NO_MESSAGING));
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
          auditor.audit(Actor.staff(staff.id()), AuditAction.MESSAGE_SENT, reference);
          return Outcome.done(Threads.view(message, staff.displayName()));
        });
  }
}
