package org.confide.application.service;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.confide.application.port.in.Failure;
import org.confide.application.port.in.LookUpFailure;
import org.confide.application.port.in.Outcome;
import org.confide.application.port.in.SessionToken;
import org.confide.application.port.in.ViewCaseUseCase;
import org.confide.application.port.out.Escalations;
import org.confide.application.port.out.InternalNotes;
import org.confide.application.port.out.MessageThreads;
import org.confide.application.port.out.Questionnaires;
import org.confide.application.port.out.Settings;
import org.confide.application.port.out.StaffDirectory;
import org.confide.domain.audit.Actor;
import org.confide.domain.audit.AuditAction;
import org.confide.domain.report.Account;
import org.confide.domain.report.Anonymity;
import org.confide.domain.report.Report;
import org.confide.domain.safeguarding.Escalation;
import org.confide.domain.safeguarding.EscalationState;
import org.confide.domain.safeguarding.EscalationTrigger;
import org.confide.domain.staff.Permission;
import org.confide.domain.staff.StaffMember;
import org.confide.domain.thread.AuthorSide;

/** Opens a case for staff who may read it; every opening is audited. */
public final class ViewCaseService implements ViewCaseUseCase {

  private final Gate gate;
  private final Auditor auditor;
  private final CaseAccessCheck caseAccess;
  private final MessageThreads threads;
  private final Settings settings;
  private final Questionnaires questionnaires;
  private final InternalNotes notes;
  private final Escalations escalations;
  private final StaffDirectory staffDirectory;
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
   * @param settings the settings in force: calendar, targets, analysis and the two-factor
   *     requirement
   * @param questionnaires every questionnaire version, so answers are read against the one they
   *     answer
   * @param notes staff's internal notes
   * @param escalations the safeguarding escalations
   * @param staffDirectory the staff accounts
   * @param clock the time read for due dates, expiry and the audit trail
   */
  public ViewCaseService(
      Gate gate,
      Auditor auditor,
      CaseAccessCheck caseAccess,
      MessageThreads threads,
      Settings settings,
      Questionnaires questionnaires,
      InternalNotes notes,
      Escalations escalations,
      StaffDirectory staffDirectory,
      Clock clock) {
    this.gate = Objects.requireNonNull(gate, "gate");
    this.auditor = Objects.requireNonNull(auditor, "auditor");
    this.caseAccess = Objects.requireNonNull(caseAccess, "caseAccess");
    this.threads = Objects.requireNonNull(threads, "threads");
    this.settings = Objects.requireNonNull(settings, "settings");
    this.questionnaires = Objects.requireNonNull(questionnaires, "questionnaires");
    this.notes = Objects.requireNonNull(notes, "notes");
    this.escalations = Objects.requireNonNull(escalations, "escalations");
    this.staffDirectory = Objects.requireNonNull(staffDirectory, "staffDirectory");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  public Outcome<CaseFile, LookUpFailure> view(SessionToken session, Command command) {
    var reference = command.reference();
    return gate.asStaff(
        session,
        Permission.WORK_CASES,
        LookUpFailure::from,
        staff -> {
          var found = caseAccess.find(staff, reference);
          if (found.isEmpty()) {
            return Outcome.failed(new Failure.NotFound());
          }
          var report = found.get();
          var thread =
              threads.find(reference).map(t -> t.markReadBy(AuthorSide.STAFF, clock.instant()));
          thread.ifPresent(threads::save);
          auditor.audit(Actor.staff(staff.id()), AuditAction.REPORT_VIEWED, reference, "");
          return Outcome.done(caseFile(report, thread));
        });
  }

  private CaseFile caseFile(
      Report report, Optional<org.confide.domain.thread.MessageThread> thread) {
    var settings = this.settings.current();
    var questionnaire = questionnaires.find(report.questionnaireVersion()).orElseThrow();
    var contact =
        switch (report.anonymity()) {
          case Anonymity.Anonymous anonymous -> Optional.<Contact>empty();
          case Anonymity.Named named ->
              Optional.of(
                  new Contact(
                      named.contact().name(), named.contact().email(), named.contact().phone()));
        };
    var notes = CaseNotes.of(this.notes, staffDirectory, report.reference());
    var escalations =
        this.escalations.of(report.reference()).stream().map(e -> summary(e, settings)).toList();
    return new CaseFile(
        report.reference(),
        report.receivedAt(),
        report.status(),
        report.assignee().flatMap(staffDirectory::find).map(m -> m.email().value()),
        report.risk(),
        questionnaire.labelled(report.answers()),
        report.account().map(Account::text),
        contact,
        report.supportRequest().flatMap(s -> s.adviserPreference()),
        report.supportRequest().isPresent(),
        report.twoWayMessaging(),
        Threads.forStaff(report, thread, settings, staffDirectory),
        notes,
        escalations,
        report.erasureRequestedAt(),
        report.staffEntry().map(entry -> new Entered(entry.channel(), name(entry.enteredBy()))));
  }

  private String name(org.confide.domain.staff.StaffId id) {
    return staffDirectory.find(id).map(StaffMember::displayName).orElse("Former staff member");
  }

  private EscalationSummary summary(
      Escalation escalation, org.confide.domain.settings.ServiceSettings settings) {
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
            ? Optional.of(settings.targets().acknowledgementDue(escalation.raisedAt()))
            : Optional.<java.time.Instant>empty();
    return new EscalationSummary(
        escalation.id(),
        escalation.status(),
        escalation.raisedAt(),
        acknowledgementDue,
        List.copyOf(steps));
  }
}
