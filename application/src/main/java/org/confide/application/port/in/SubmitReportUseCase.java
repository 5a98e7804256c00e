package org.confide.application.port.in;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.confide.domain.access.AccessCode;
import org.confide.domain.questionnaire.RawAnswer;
import org.confide.domain.safeguarding.EmergencyContact;
import org.confide.domain.shared.ReportReference;

/** A reporter tells us what happened. */
public interface SubmitReportUseCase {

  /**
   * Receives the report: checks the answers against the questionnaire version given, assesses the
   * risk (raising an escalation at once when it is urgent), and computes when a response is due. An
   * access code is issued only to an anonymous reporter who opts in to messaging.
   */
  Outcome<Receipt> submit(Command command);

  /**
   * What the reporter sent.
   *
   * @param questionnaireVersion the version of the questions they were shown
   * @param answers raw answers by question id
   * @param account their own account in free text, if they gave one
   * @param anonymous whether they chose not to give contact details
   * @param contact their contact details, required when not anonymous
   * @param messaging whether an anonymous reporter wants two-way messaging (and so a code)
   * @param support for a named reporter: support wanted from an adviser, with any preference
   * @param idempotencyKey a key the client chose, so a retry does not create a second report
   */
  record Command(
      int questionnaireVersion,
      Map<String, RawAnswer> answers,
      Optional<String> account,
      boolean anonymous,
      Optional<ContactInput> contact,
      boolean messaging,
      Optional<SupportInput> support,
      Optional<String> idempotencyKey) {
    public Command {
      answers = Map.copyOf(Objects.requireNonNull(answers, "answers must not be null"));
      Objects.requireNonNull(account, "account must be Optional, not null");
      Objects.requireNonNull(contact, "contact must be Optional, not null");
      Objects.requireNonNull(support, "support must be Optional, not null");
      Objects.requireNonNull(idempotencyKey, "idempotency key must be Optional, not null");
    }

    @Override
    public String toString() {
      return "SubmitReport[questionnaire " + questionnaireVersion + "]";
    }
  }

  /** Contact details as typed; checked by the use case. */
  record ContactInput(String name, String email, String phone) {
    @Override
    public String toString() {
      return "ContactInput[hidden]";
    }
  }

  /** A named reporter's request for an adviser's support, with an optional preference. */
  record SupportInput(boolean wanted, Optional<String> adviserPreference) {
    public SupportInput {
      Objects.requireNonNull(adviserPreference, "preference must be Optional, not null");
    }

    @Override
    public String toString() {
      return "SupportInput[" + wanted + "]";
    }
  }

  /**
   * What the reporter is told at once.
   *
   * @param accessCode present only for an anonymous reporter who opted in to messaging; shown once
   * @param emergencyContacts present when the answers say someone is in immediate danger
   */
  record Receipt(
      ReportReference reference,
      Optional<AccessCode> accessCode,
      Instant responseDueBy,
      Optional<List<EmergencyContact>> emergencyContacts) {
    public Receipt {
      Objects.requireNonNull(reference, "reference must not be null");
      Objects.requireNonNull(accessCode, "access code must be Optional, not null");
      Objects.requireNonNull(responseDueBy, "response due by must not be null");
      Objects.requireNonNull(emergencyContacts, "emergency contacts must be Optional, not null");
    }
  }
}
