package org.confide.application.service;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.random.RandomGenerator;
import org.confide.application.port.in.EnterReportUseCase;
import org.confide.application.port.in.EnterReportUseCase.Command;
import org.confide.application.port.in.EnterReportUseCase.Entered;
import org.confide.application.port.in.Failure;
import org.confide.application.port.in.Outcome;
import org.confide.application.port.in.SessionToken;
import org.confide.application.port.in.StaffRequestFailure;
import org.confide.domain.audit.Actor;
import org.confide.domain.audit.AuditAction;
import org.confide.domain.audit.AuditDetail;
import org.confide.domain.audit.AuditDetailCode;
import org.confide.domain.report.StaffEntry;
import org.confide.domain.shared.ProblemCode;
import org.confide.domain.shared.ReportReference;
import org.confide.domain.staff.Permission;
import org.confide.domain.staff.StaffMember;

/** Enters reports for people who told an adviser in person, by phone or by email. */
public final class EnterReportService implements EnterReportUseCase {

  private final Gate gate;
  private final Reception reception;
  private final RequestKeys requestKeys;
  private final Auditor auditor;
  private final RandomGenerator random;

  /**
   * The service, wired by {@link org.confide.application.Confide#assemble}.
   *
   * @param gate resolves the adviser's session, checks two-factor sign-in and the role, and runs
   *     the entry in one transaction
   * @param reception what receiving a report is, shared with a reporter's own submission
   * @param requestKeys claims idempotency keys, so that a form sent twice enters one report
   * @param auditor records the entry as the adviser's action
   * @param random the source of references
   */
  public EnterReportService(
      Gate gate,
      Reception reception,
      RequestKeys requestKeys,
      Auditor auditor,
      RandomGenerator random) {
    this.gate = Objects.requireNonNull(gate, "gate");
    this.reception = Objects.requireNonNull(reception, "reception");
    this.requestKeys = Objects.requireNonNull(requestKeys, "requestKeys");
    this.auditor = Objects.requireNonNull(auditor, "auditor");
    this.random = Objects.requireNonNull(random, "random");
  }

  @Override
  public Outcome<Entered, StaffRequestFailure> enter(SessionToken session, Command command) {
    Objects.requireNonNull(session, "session must not be null");
    Objects.requireNonNull(command, "command must not be null");
    for (int attempt = 0; attempt < Reception.ATTEMPTS; attempt++) {
      var reference = ReportReference.generate(random);
      try {
        return gate.asStaff(
            session,
            Permission.ENTER_REPORTS,
            StaffRequestFailure::from,
            staff -> entered(staff, command, reference));
      } catch (Reception.ReferenceTaken taken) {
        // Undone whole; the next try draws another reference.
      }
    }
    throw new IllegalStateException(
        "no free report reference after " + Reception.ATTEMPTS + " tries");
  }

  private Outcome<Entered, StaffRequestFailure> entered(
      StaffMember staff, Command command, ReportReference reference) {
    // The person who told the adviser holds no access code, so never asks for messaging: an
    // anonymous report entered by staff has no thread, and a named one is answered directly.
    var draft =
        Reception.draft(
            command.answers(),
            command.account(),
            command.anonymous(),
            command.contact(),
            false,
            command.support());
    var key = command.idempotencyKey().map(String::strip);
    return switch (reception.check(
        command.questionnaireVersion(), draft, RequestKeys.problems(key))) {
      case Outcome.Failed<Reception.Checked, Failure.Invalid>(var invalid) ->
          Outcome.failed(invalid);
      case Outcome.Done<Reception.Checked, Failure.Invalid>(var checked) -> {
        var earlier =
            key.flatMap(given -> earlier(staff, command, given, reference, checked.now()));
        if (earlier.isPresent()) {
          yield earlier.get();
        }
        var received =
            reception.receive(
                checked,
                reference,
                Optional.of(new StaffEntry(command.channel(), staff.id())),
                command.take() ? Optional.of(staff) : Optional.empty());
        // Last write of the transaction: who entered it and how it reached them, never what was
        // told.
        auditor.audit(
            Actor.staff(staff.id()),
            AuditAction.REPORT_ENTERED,
            reference,
            AuditDetail.of(
                received.taken() ? AuditDetailCode.ENTERED_TAKEN : AuditDetailCode.ENTERED_QUEUED,
                command.channel()));
        yield Outcome.done(
            new Entered(
                reference,
                received.taken(),
                received.responseDueBy(),
                received.emergency().isPresent()));
      }
    };
  }

  /**
   * Claims the adviser's key before anything is written: empty when this is its first use, else
   * what the form or request sent again is answered. Nothing is audited again: nothing was entered.
   */
  private Optional<Outcome<Entered, StaffRequestFailure>> earlier(
      StaffMember staff, Command command, String key, ReportReference reference, Instant now) {
    return switch (requestKeys.claim(
        "staff-entry-key " + staff.id().value(),
        key,
        SubmissionFingerprint.of(command),
        reference,
        now)) {
      case RequestKeys.Claimed.Now first -> Optional.empty();
      case RequestKeys.Claimed.Again(var report) -> {
        var again = reception.again(report, Optional.of(staff));
        yield Optional.of(
            Outcome.done(
                new Entered(
                    report.reference(),
                    again.taken(),
                    again.responseDueBy(),
                    again.emergency().isPresent())));
      }
      case RequestKeys.Claimed.OtherRequest other ->
          Optional.of(Outcome.failed(RequestKeys.reused()));
      case RequestKeys.Claimed.Gone gone ->
          Optional.of(
              Outcome.failed(Failure.Invalid.of(RequestKeys.FIELD, ProblemCode.KEY_ERASED)));
    };
  }
}
