package org.confide.application.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.confide.application.port.in.Outcome;
import org.confide.application.port.in.SessionToken;
import org.confide.application.port.in.ViewCaseUseCase;
import org.confide.domain.audit.Actor;
import org.confide.domain.audit.AuditAction;
import org.confide.domain.report.Account;
import org.confide.domain.report.Anonymity;
import org.confide.domain.report.Report;
import org.confide.domain.safeguarding.Escalation;
import org.confide.domain.safeguarding.EscalationState;
import org.confide.domain.safeguarding.EscalationTrigger;
import org.confide.domain.shared.ReportReference;
import org.confide.domain.staff.StaffMember;
import org.confide.domain.thread.AuthorSide;

/** Opens a case for staff who may read it; every opening is audited. */
public final class ViewCaseService implements ViewCaseUseCase {

  private final Context context;
  private final Gate gate;

  public ViewCaseService(Context context) {
    this.context = context;
    this.gate = new Gate(context);
  }

  @Override
  public Outcome<CaseFile> view(SessionToken session, ReportReference reference) {
    return gate.asStaff(
        session,
        staff -> {
          var found = CaseAccessCheck.find(context, staff, reference);
          if (!(found instanceof Outcome.Done<Report> done)) {
            return found.failure();
          }
          var report = done.value();
          var thread =
              context
                  .threads()
                  .find(reference)
                  .map(t -> t.markReadBy(AuthorSide.STAFF, gate.now()));
          thread.ifPresent(context.threads()::save);
          gate.audit(Actor.staff(staff.id()), AuditAction.REPORT_VIEWED, reference, "");
          return Outcome.done(caseFile(report, thread));
        });
  }

  private CaseFile caseFile(
      Report report, Optional<org.confide.domain.thread.MessageThread> thread) {
    var settings = context.settings().current();
    var questionnaire = context.questionnaires().find(report.questionnaireVersion()).orElseThrow();
    var contact =
        switch (report.anonymity()) {
          case Anonymity.Anonymous anonymous -> Optional.<Contact>empty();
          case Anonymity.Named named ->
              Optional.of(
                  new Contact(
                      named.contact().name(), named.contact().email(), named.contact().phone()));
        };
    var notes =
        context.notes().of(report.reference()).stream()
            .map(note -> new Note(name(note.author()), note.body().text(), note.writtenAt()))
            .toList();
    var escalations =
        context.escalations().of(report.reference()).stream()
            .map(e -> summary(e, settings))
            .toList();
    return new CaseFile(
        report.reference(),
        report.receivedAt(),
        report.status(),
        report.assignee().flatMap(context.staff()::find).map(m -> m.email().value()),
        report.risk(),
        questionnaire.labelled(report.answers()),
        report.account().map(Account::text),
        contact,
        report.supportRequest().flatMap(s -> s.adviserPreference()),
        report.supportRequest().isPresent(),
        report.twoWayMessaging(),
        Threads.forStaff(report, thread, settings, context.staff()),
        notes,
        escalations);
  }

  private String name(org.confide.domain.staff.StaffId id) {
    return context.staff().find(id).map(StaffMember::displayName).orElse("Former staff member");
  }

  private EscalationSummary summary(
      Escalation escalation, org.confide.application.port.out.ServiceSettings settings) {
    var steps = new ArrayList<String>();
    for (var state : escalation.history()) {
      steps.add(
          switch (state) {
            case EscalationState.Raised raised ->
                switch (raised.trigger()) {
                  case EscalationTrigger.Automatic automatic ->
                      "Raised automatically: " + String.join("; ", automatic.reasons());
                  case EscalationTrigger.ByHand byHand ->
                      "Raised by " + name(byHand.by()) + ": " + byHand.reason().text();
                };
            case EscalationState.Acknowledged acknowledged ->
                "Acknowledged by "
                    + name(acknowledged.by())
                    + ": "
                    + acknowledged.rationale().text();
            case EscalationState.Referred referred ->
                "Referred to "
                    + referred.to().name()
                    + " by "
                    + name(referred.by())
                    + ": "
                    + referred.rationale().text();
            case EscalationState.StoodDown stoodDown ->
                "Stood down by " + name(stoodDown.by()) + ": " + stoodDown.rationale().text();
          });
    }
    var acknowledgementDue =
        escalation.isOpen()
            ? Optional.of(
                settings
                    .calendar()
                    .acknowledgementDue(escalation.raisedAt(), settings.serviceLevel()))
            : Optional.<java.time.Instant>empty();
    return new EscalationSummary(
        escalation.id(),
        escalation.status(),
        escalation.raisedAt(),
        acknowledgementDue,
        List.copyOf(steps));
  }
}
