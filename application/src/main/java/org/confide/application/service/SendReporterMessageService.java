package org.confide.application.service;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.random.RandomGenerator;
import org.confide.application.crypto.Secrets;
import org.confide.application.port.in.Failure;
import org.confide.application.port.in.Outcome;
import org.confide.application.port.in.SendReporterMessageUseCase;
import org.confide.application.port.in.SessionRequestFailure;
import org.confide.application.port.in.SessionToken;
import org.confide.application.port.in.ThreadView;
import org.confide.application.port.out.MessageThreads;
import org.confide.application.port.out.Reports;
import org.confide.domain.access.AccessCode;
import org.confide.domain.audit.Actor;
import org.confide.domain.audit.AuditAction;
import org.confide.domain.notification.NotificationKind;
import org.confide.domain.report.ReportStatus;
import org.confide.domain.shared.FreeText;
import org.confide.domain.shared.ProblemCode;
import org.confide.domain.shared.ProblemSubject;
import org.confide.domain.shared.ReportReference;
import org.confide.domain.thread.Message;
import org.confide.domain.thread.MessageBody;
import org.confide.domain.thread.MessageId;
import org.confide.domain.thread.MessageThread;

/** Lets a reporter write to the case team. */
public final class SendReporterMessageService implements SendReporterMessageUseCase {

  private final Gate gate;
  private final Auditor auditor;
  private final RandomGenerator random;
  private final MessageThreads threads;
  private final Reports reports;
  private final Secrets secrets;
  private final Clock clock;
  private final Notifier notifier;

  /**
   * The service, wired by {@link org.confide.application.Confide#assemble}: an embedder uses that,
   * or {@link org.confide.application.InMemoryConfide}, rather than this.
   *
   * @param gate resolves the acting party's session, checks two-factor sign-in and the role, and
   *     runs the work in one transaction
   * @param auditor records the audit events, stamped with the time and a fresh id
   * @param random the source of references, codes and ids
   * @param threads the message threads
   * @param reports the reports, with the digest of their access code
   * @param secrets the keyed digests under the server secret
   * @param clock the time read for due dates, expiry and the audit trail
   * @param notifier tells the case's assignee, or the advisers, that the reporter wrote
   */
  public SendReporterMessageService(
      Gate gate,
      Auditor auditor,
      RandomGenerator random,
      MessageThreads threads,
      Reports reports,
      Secrets secrets,
      Clock clock,
      Notifier notifier) {
    this.gate = Objects.requireNonNull(gate, "gate");
    this.auditor = Objects.requireNonNull(auditor, "auditor");
    this.random = Objects.requireNonNull(random, "random");
    this.threads = Objects.requireNonNull(threads, "threads");
    this.reports = Objects.requireNonNull(reports, "reports");
    this.secrets = Objects.requireNonNull(secrets, "secrets");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.notifier = Objects.requireNonNull(notifier, "notifier");
  }

  @Override
  public Outcome<ThreadView.MessageView, SessionRequestFailure> send(
      SessionToken session, Command command) {
    var text = command.body().strip();
    var problem =
        FreeText.counted("body", ProblemSubject.YOUR_MESSAGE, text, MessageBody.MAX_LENGTH);
    return gate.asReporter(
        session,
        SessionRequestFailure::from,
        report -> {
          if (problem.isPresent()) {
            return Outcome.failed(new Failure.Invalid(List.of(problem.get())));
          }
          if (containsOwnCode(report.reference(), text)) {
            // Anyone who later read the message could open the report with it.
            return Outcome.failed(Failure.Invalid.of("body", ProblemCode.MESSAGE_CODE));
          }
          if (report.status() == ReportStatus.CLOSED) {
            return Outcome.failed(Failure.Refused.of(ProblemCode.REPORT_CLOSED));
          }
          var message =
              Message.fromReporter(
                  MessageId.generate(random), new MessageBody(text), clock.instant());
          var thread =
              threads
                  .find(report.reference())
                  .orElse(MessageThread.open(report.reference()))
                  .post(message);
          threads.save(thread);
          auditor.audit(Actor.reporter(), AuditAction.MESSAGE_SENT, report.reference());
          notifier.tellAssigneeOrAdvisers(
              NotificationKind.REPORTER_MESSAGE,
              report.assignee(),
              report.reference(),
              Optional.empty());
          return Outcome.done(Threads.view(message, "You"));
        });
  }

  private boolean containsOwnCode(ReportReference reference, String text) {
    var own = reports.codeOf(reference);
    if (own.isEmpty()) {
      return false;
    }
    return AccessCode.candidatesIn(text).stream().map(secrets::digest).anyMatch(own.get()::equals);
  }
}
