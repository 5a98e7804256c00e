package org.confide.application.port.in;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.confide.domain.questionnaire.LabelledAnswer;
import org.confide.domain.report.ReportStatus;
import org.confide.domain.safeguarding.EscalationId;
import org.confide.domain.safeguarding.EscalationStatus;
import org.confide.domain.safeguarding.RiskLevel;
import org.confide.domain.shared.ReportReference;

/** An adviser opens a case. Every opening is audited. */
public interface ViewCaseUseCase {

  /**
   * The whole case, if the session's holder may read it; a case they may not read is {@link
   * Failure.NotFound}, exactly as one that does not exist.
   */
  Outcome<CaseFile, LookUpFailure> view(SessionToken session, Command command);

  /**
   * Which case.
   *
   * @param reference the case
   */
  record Command(ReportReference reference) {
    public Command {
      Objects.requireNonNull(reference, "reference must not be null");
    }
  }

  /**
   * Everything staff may know about a case. {@code erasureRequestedAt} is present when the reporter
   * asked for the report to be erased and it is held for the safeguarding leads instead; only they
   * ever see such a case.
   */
  record CaseFile(
      ReportReference reference,
      Instant receivedAt,
      ReportStatus status,
      Optional<String> assignee,
      RiskLevel risk,
      List<LabelledAnswer> answers,
      Optional<String> account,
      Optional<Contact> contact,
      Optional<String> supportPreference,
      boolean supportRequested,
      boolean twoWayMessaging,
      ThreadView thread,
      List<Note> notes,
      List<EscalationSummary> escalations,
      Optional<Instant> erasureRequestedAt) {
    public CaseFile {
      answers = List.copyOf(answers);
      notes = List.copyOf(notes);
      escalations = List.copyOf(escalations);
    }

    @Override
    public String toString() {
      return "CaseFile[" + reference + "]";
    }
  }

  /** A named reporter's contact details. */
  record Contact(String name, Optional<String> email, Optional<String> phone) {
    @Override
    public String toString() {
      return "Contact[hidden]";
    }
  }

  /** An internal note, never shown to the reporter. */
  record Note(String author, String body, Instant writtenAt) {
    @Override
    public String toString() {
      return "Note[" + writtenAt + "]";
    }
  }

  /** An escalation of the case and its steps, each with who decided and why. */
  record EscalationSummary(
      EscalationId id,
      EscalationStatus status,
      Instant raisedAt,
      Optional<Instant> acknowledgementDueBy,
      List<String> steps) {
    public EscalationSummary {
      steps = List.copyOf(steps);
    }
  }
}
