package org.confide.application.port.in;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.confide.domain.outcome.Choice;
import org.confide.domain.questionnaire.LabelledAnswer;
import org.confide.domain.report.Channel;
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
   *
   * @param session the acting staff member's session, from {@link LogInStaffUseCase}
   * @param command which case
   * @return the whole case file, or why not (one of {@link LookUpFailure})
   */
  Outcome<CaseFile, LookUpFailure> view(SessionToken session, Command command);

  /**
   * Which case.
   *
   * @param reference the case
   */
  record Command(ReportReference reference) {
    /**
     * Refuses a missing component.
     *
     * @throws NullPointerException if a component is null
     */
    public Command {
      Objects.requireNonNull(reference, "reference must not be null");
    }
  }

  /**
   * Everything staff may know about a case.
   *
   * @param reference the case
   * @param receivedAt when the report arrived
   * @param status new, open or closed
   * @param assignee the assigned adviser's email, if any
   * @param risk the safeguarding risk assessed (at least a concern once escalated by hand)
   * @param answers the answers with the labels the reporter saw, in questionnaire order
   * @param account the reporter's own account, if any
   * @param contact the contact details, for a named report only
   * @param supportPreference whom a named reporter would like support from, if they said
   * @param supportRequested whether a named reporter asked for an adviser's support
   * @param twoWayMessaging whether an anonymous reporter can read and answer messages
   * @param thread the messages, reporter's and staff's, oldest first
   * @param notes internal notes, oldest first, never shown to the reporter
   * @param escalations every escalation of the case, open or closed, oldest first
   * @param erasureRequestedAt when the reporter asked for the report to be erased, present when it
   *     is held for the safeguarding leads instead; only they ever see such a case
   * @param outcome how the case ended, when it was closed with an outcome or tags
   * @param entered for a report entered by staff: how it reached them and who entered it; such a
   *     report has no access code, so the person who told them cannot read it or write to the team
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
      Optional<Instant> erasureRequestedAt,
      Optional<ClosedWith> outcome,
      Optional<Entered> entered) {
    /**
     * Refuses a missing component; collections are copied, so the record never changes.
     *
     * @throws NullPointerException if a component is null
     */
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

  /**
   * How a closed case ended, in the words of the lists (a retired entry still shows its label).
   *
   * @param outcome the outcome, if one was chosen
   * @param tags the tags, in the order chosen
   */
  record ClosedWith(Optional<Choice> outcome, List<Choice> tags) {
    /**
     * Refuses a missing component; copies the tags.
     *
     * @throws NullPointerException if a component is null
     */
    public ClosedWith {
      Objects.requireNonNull(outcome, "outcome must be Optional, not null");
      tags = List.copyOf(tags);
    }
  }

  /**
   * How a report entered by staff reached them.
   *
   * @param channel in person, by phone or by email
   * @param enteredBy the display name of the staff member who entered it
   */
  record Entered(Channel channel, String enteredBy) {
    /**
     * Refuses a missing component.
     *
     * @throws NullPointerException if a component is null
     */
    public Entered {
      Objects.requireNonNull(channel, "channel must not be null");
      Objects.requireNonNull(enteredBy, "entered by must not be null");
    }
  }

  /**
   * A named reporter's contact details, as they gave them.
   *
   * @param name their name
   * @param email their email, if they gave one
   * @param phone their phone number, if they gave one
   */
  record Contact(String name, Optional<String> email, Optional<String> phone) {
    @Override
    public String toString() {
      return "Contact[hidden]";
    }
  }

  /**
   * An internal note, never shown to the reporter.
   *
   * @param author the name of the staff member who wrote it
   * @param body the note
   * @param writtenAt when it was written
   */
  record Note(String author, String body, Instant writtenAt) {
    @Override
    public String toString() {
      return "Note[" + writtenAt + "]";
    }
  }

  /**
   * An escalation of the case and its steps, each with who decided and why.
   *
   * @param id the escalation's id, to decide it by
   * @param status where it stands
   * @param raisedAt when it was raised
   * @param acknowledgementDueBy while it is open, when a lead must acknowledge it, counted in the
   *     calendar in force now; empty once referred or stood down
   * @param steps each step as a sentence, oldest first ("Raised by ...: reason", "Acknowledged by
   *     ...: rationale")
   */
  record EscalationSummary(
      EscalationId id,
      EscalationStatus status,
      Instant raisedAt,
      Optional<Instant> acknowledgementDueBy,
      List<String> steps) {
    /**
     * Refuses a missing component; collections are copied, so the record never changes.
     *
     * @throws NullPointerException if a component is null
     */
    public EscalationSummary {
      steps = List.copyOf(steps);
    }
  }
}
