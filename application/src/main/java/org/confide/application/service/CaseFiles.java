package org.confide.application.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.confide.application.port.in.CaseClosure;
import org.confide.application.port.in.ViewCaseUseCase.CaseFile;
import org.confide.application.port.in.ViewCaseUseCase.ClosedWith;
import org.confide.application.port.in.ViewCaseUseCase.Contact;
import org.confide.application.port.in.ViewCaseUseCase.Entered;
import org.confide.application.port.in.ViewCaseUseCase.EscalationSummary;
import org.confide.application.port.in.ViewCaseUseCase.Note;
import org.confide.application.port.out.Escalations;
import org.confide.application.port.out.InternalNotes;
import org.confide.application.port.out.Outcomes;
import org.confide.application.port.out.Questionnaires;
import org.confide.application.port.out.Settings;
import org.confide.application.port.out.StaffDirectory;
import org.confide.domain.outcome.CaseOutcome;
import org.confide.domain.outcome.Choice;
import org.confide.domain.outcome.ChoiceKey;
import org.confide.domain.outcome.ChoiceList;
import org.confide.domain.outcome.Choices;
import org.confide.domain.report.Account;
import org.confide.domain.report.Anonymity;
import org.confide.domain.report.Report;
import org.confide.domain.report.ReportStatus;
import org.confide.domain.safeguarding.Escalation;
import org.confide.domain.safeguarding.EscalationState;
import org.confide.domain.safeguarding.EscalationTrigger;
import org.confide.domain.settings.ServiceSettings;
import org.confide.domain.staff.StaffId;
import org.confide.domain.staff.StaffMember;
import org.confide.domain.thread.MessageThread;

/**
 * A case file as staff read it, put together from the report and what belongs to it: what opening a
 * case shows, and what its exports hold. Reads only; the caller checks who may read it.
 */
public final class CaseFiles {

  private static final String STATUS_NOTE = "Status changed to ";

  private final Settings settings;
  private final Questionnaires questionnaires;
  private final InternalNotes notes;
  private final Escalations escalations;
  private final StaffDirectory staffDirectory;
  private final Outcomes outcomes;

  /**
   * Wired once by {@link org.confide.application.Confide#assemble} and shared by the services that
   * use it.
   *
   * @param settings the settings in force: calendar and targets
   * @param questionnaires every questionnaire version, so answers are read against the one they
   *     answer
   * @param notes staff's internal notes
   * @param escalations the safeguarding escalations
   * @param staffDirectory the staff accounts, for the names of those who acted
   * @param outcomes how each closed case ended, and the lists that name it
   */
  public CaseFiles(
      Settings settings,
      Questionnaires questionnaires,
      InternalNotes notes,
      Escalations escalations,
      StaffDirectory staffDirectory,
      Outcomes outcomes) {
    this.settings = Objects.requireNonNull(settings, "settings");
    this.questionnaires = Objects.requireNonNull(questionnaires, "questionnaires");
    this.notes = Objects.requireNonNull(notes, "notes");
    this.escalations = Objects.requireNonNull(escalations, "escalations");
    this.staffDirectory = Objects.requireNonNull(staffDirectory, "staffDirectory");
    this.outcomes = Objects.requireNonNull(outcomes, "outcomes");
  }

  /** The note a change of status keeps: the reason may name people, so it is sealed as a note. */
  static String statusNote(ReportStatus status, String reason) {
    return STATUS_NOTE + status + ": " + reason;
  }

  /** The case file of {@code report}, with its internal notes if {@code withNotes}. */
  CaseFile of(Report report, Optional<MessageThread> thread, boolean withNotes) {
    var current = settings.current();
    var questionnaire = questionnaires.find(report.questionnaireVersion()).orElseThrow();
    var contact =
        switch (report.anonymity()) {
          case Anonymity.Anonymous anonymous -> Optional.<Contact>empty();
          case Anonymity.Named named ->
              Optional.of(
                  new Contact(
                      named.contact().name(), named.contact().email(), named.contact().phone()));
        };
    var caseNotes =
        withNotes ? CaseNotes.of(notes, staffDirectory, report.reference()) : List.<Note>of();
    var summaries =
        escalations.of(report.reference()).stream().map(e -> summary(e, current)).toList();
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
        Threads.forStaff(report, thread, current, staffDirectory),
        caseNotes,
        summaries,
        report.erasureRequestedAt(),
        outcomes.of(report.reference()).map(this::closedWith),
        report.staffEntry().map(entry -> new Entered(entry.channel(), name(entry.enteredBy()))));
  }

  private ClosedWith closedWith(CaseOutcome outcome) {
    var outcomeList = ClosingChoicesService.inForce(outcomes, ChoiceList.OUTCOMES);
    var tagList = ClosingChoicesService.inForce(outcomes, ChoiceList.TAGS);
    return new ClosedWith(
        outcome.outcome().map(key -> choice(outcomeList, key)),
        outcome.tags().stream().map(key -> choice(tagList, key)).toList());
  }

  // An entry the list no longer holds at all (never so while a case uses it) shows its key.
  private static Choice choice(Choices list, ChoiceKey key) {
    return list.find(key).orElseGet(() -> new Choice(key, key.value(), true));
  }

  /**
   * How {@code report} was closed, if it is closed: when, and the author and reason of the last
   * closing note (a case reopened and closed again keeps a note of each closing).
   */
  Optional<CaseClosure> closure(Report report) {
    return report
        .closedAt()
        .map(closedAt -> {
          var prefix = statusNote(ReportStatus.CLOSED, "");
          var closing =
              CaseNotes.of(notes, staffDirectory, report.reference()).stream()
                  .filter(note -> note.body().startsWith(prefix))
                  .reduce((first, second) -> second);
          return new CaseClosure(
              closedAt,
              closing.map(Note::author),
              closing.map(note -> note.body().substring(prefix.length())));
        });
  }

  private String name(StaffId id) {
    return staffDirectory.find(id).map(StaffMember::displayName).orElse("Former staff member");
  }

  private EscalationSummary summary(Escalation escalation, ServiceSettings current) {
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
            ? Optional.of(current.targets().acknowledgementDue(escalation.raisedAt()))
            : Optional.<Instant>empty();
    return new EscalationSummary(
        escalation.id(),
        escalation.status(),
        escalation.raisedAt(),
        acknowledgementDue,
        List.copyOf(steps));
  }
}
