package org.confide.application.port.in;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.confide.domain.access.AccessCode;
import org.confide.domain.questionnaire.QuestionnaireVersion;
import org.confide.domain.questionnaire.RawAnswer;
import org.confide.domain.safeguarding.EmergencyContact;
import org.confide.domain.shared.ReportReference;

/** A reporter tells us what happened. */
public interface SubmitReportUseCase {

  /**
   * Receives the report: checks the answers against the questionnaire version given, assesses the
   * risk (raising an escalation at once when it is urgent), and computes when a response is due. An
   * access code is issued only to an anonymous reporter who opts in to messaging. Every problem
   * with what was sent is {@link Failure.Invalid}, all at once; a retry of a submission whose
   * report has been erased since is {@link Failure.Refused}.
   *
   * @param command what the reporter sent
   * @return the receipt to show the reporter, or why not (one of {@link SubmissionFailure})
   */
  Outcome<Receipt, SubmissionFailure> submit(Command command);

  /**
   * What the reporter sent. Build one with {@link #anonymous}, {@link #named} or {@link #builder}:
   *
   * <pre>{@code
   * SubmitReportUseCase.Command.anonymous(version, answers)
   *     .account("What happened, in my own words.")
   *     .withMessaging()
   *     .build();
   * }</pre>
   *
   * <p>Every combination can be built, even one the use case will refuse (contact details with an
   * anonymous report, say), so that a driving adapter passes on whatever was sent and the reporter
   * learns every problem at once.
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
      QuestionnaireVersion questionnaireVersion,
      Map<String, RawAnswer> answers,
      Optional<String> account,
      boolean anonymous,
      Optional<ContactInput> contact,
      boolean messaging,
      Optional<SupportInput> support,
      Optional<String> idempotencyKey) {
    /**
     * Refuses a missing component; the answers are copied, so the command never changes.
     *
     * @throws NullPointerException if a component, or an answer, is null
     */
    public Command {
      Objects.requireNonNull(questionnaireVersion, "questionnaire version must not be null");
      answers = Map.copyOf(Objects.requireNonNull(answers, "answers must not be null"));
      Objects.requireNonNull(account, "account must be Optional, not null");
      Objects.requireNonNull(contact, "contact must be Optional, not null");
      Objects.requireNonNull(support, "support must be Optional, not null");
      Objects.requireNonNull(idempotencyKey, "idempotency key must be Optional, not null");
    }

    /**
     * An anonymous report, without messaging until {@link Builder#withMessaging} asks for it.
     *
     * @param questionnaireVersion the version of the questions the reporter was shown
     * @param answers raw answers by question id
     * @return a builder for the rest
     */
    public static Builder anonymous(
        QuestionnaireVersion questionnaireVersion, Map<String, RawAnswer> answers) {
      return builder(questionnaireVersion, answers).anonymous(true);
    }

    /**
     * A named report from the reporter with these contact details.
     *
     * @param questionnaireVersion the version of the questions the reporter was shown
     * @param answers raw answers by question id
     * @param contact the contact details as typed
     * @return a builder for the rest
     */
    public static Builder named(
        QuestionnaireVersion questionnaireVersion,
        Map<String, RawAnswer> answers,
        ContactInput contact) {
      return builder(questionnaireVersion, answers).anonymous(false).contact(contact);
    }

    /**
     * A report with every choice still to make: named, without contact details, messaging or
     * support until they are set. For a driving adapter that passes on each choice as sent.
     *
     * @param questionnaireVersion the version of the questions the reporter was shown
     * @param answers raw answers by question id
     * @return a builder for the rest
     */
    public static Builder builder(
        QuestionnaireVersion questionnaireVersion, Map<String, RawAnswer> answers) {
      return new Builder(questionnaireVersion, answers);
    }

    @Override
    public String toString() {
      return "SubmitReport[questionnaire " + questionnaireVersion + "]";
    }
  }

  /** Builds a {@link Command} one choice at a time. */
  final class Builder {
    private final QuestionnaireVersion questionnaireVersion;
    private final Map<String, RawAnswer> answers;
    private Optional<String> account = Optional.empty();
    private boolean anonymous;
    private Optional<ContactInput> contact = Optional.empty();
    private boolean messaging;
    private Optional<SupportInput> support = Optional.empty();
    private Optional<String> idempotencyKey = Optional.empty();

    private Builder(QuestionnaireVersion questionnaireVersion, Map<String, RawAnswer> answers) {
      this.questionnaireVersion =
          Objects.requireNonNull(questionnaireVersion, "questionnaire version must not be null");
      this.answers = Objects.requireNonNull(answers, "answers must not be null");
    }

    /**
     * The reporter's own account.
     *
     * @param account the free text as typed
     * @return this builder
     */
    public Builder account(String account) {
      this.account = Optional.of(account);
      return this;
    }

    /**
     * Whether the reporter chose not to give contact details.
     *
     * @param anonymous true for an anonymous report
     * @return this builder
     */
    public Builder anonymous(boolean anonymous) {
      this.anonymous = anonymous;
      return this;
    }

    /**
     * The reporter's contact details, for a named report.
     *
     * @param contact the details as typed
     * @return this builder
     */
    public Builder contact(ContactInput contact) {
      this.contact = Optional.of(contact);
      return this;
    }

    /**
     * An anonymous reporter wants two-way messaging, and so an access code.
     *
     * @return this builder
     */
    public Builder withMessaging() {
      return messaging(true);
    }

    /**
     * Whether an anonymous reporter wants two-way messaging, and so an access code.
     *
     * @param messaging true if they want it
     * @return this builder
     */
    public Builder messaging(boolean messaging) {
      this.messaging = messaging;
      return this;
    }

    /**
     * A named reporter wants an adviser's support.
     *
     * @param adviserPreference whom they would like to talk to, as typed, if anyone
     * @return this builder
     */
    public Builder withSupport(Optional<String> adviserPreference) {
      return support(new SupportInput(true, adviserPreference));
    }

    /**
     * A named reporter's answer to whether they want an adviser's support.
     *
     * @param support the answer as sent
     * @return this builder
     */
    public Builder support(SupportInput support) {
      this.support = Optional.of(support);
      return this;
    }

    /**
     * A key the client chose, so that a retry does not create a second report: within 24 hours, the
     * same key with the same submission answers the first report's receipt, with a new access code;
     * with a different submission it is {@link Failure.Invalid}.
     *
     * @param idempotencyKey the key as sent
     * @return this builder
     */
    public Builder idempotencyKey(String idempotencyKey) {
      this.idempotencyKey = Optional.of(idempotencyKey);
      return this;
    }

    /** {@return the command, with every choice made so far} */
    public Command build() {
      return new Command(
          questionnaireVersion,
          answers,
          account,
          anonymous,
          contact,
          messaging,
          support,
          idempotencyKey);
    }
  }

  /**
   * Contact details as typed; checked by the use case, so that every problem is named at once.
   *
   * @param name the name as typed
   * @param email the email as typed; a reporter's, which need not be a staff address
   * @param phone the phone number as typed
   */
  record ContactInput(String name, String email, String phone) {
    @Override
    public String toString() {
      return "ContactInput[hidden]";
    }
  }

  /**
   * A named reporter's request for an adviser's support, with an optional preference.
   *
   * @param wanted whether they want support
   * @param adviserPreference whom they would like to talk to, as typed, if anyone
   */
  record SupportInput(boolean wanted, Optional<String> adviserPreference) {
    /**
     * Refuses a missing component.
     *
     * @throws NullPointerException if a component is null
     */
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
   * @param reference the report's reference, for staff; the reporter never needs it
   * @param responseDueBy when the response target runs out: the end of the last working day of the
   *     target, that is local midnight in the calendar's zone (a report on Monday with a target of
   *     3 is due by the end of Thursday, which is Friday 00:00 in London)
   * @param accessCode present only for an anonymous reporter who opted in to messaging; shown once
   * @param emergencyContacts present when the answers say someone is in immediate danger
   */
  record Receipt(
      ReportReference reference,
      Optional<AccessCode> accessCode,
      Instant responseDueBy,
      Optional<List<EmergencyContact>> emergencyContacts) {
    /**
     * Refuses a missing component.
     *
     * @throws NullPointerException if a component is null
     */
    public Receipt {
      Objects.requireNonNull(reference, "reference must not be null");
      Objects.requireNonNull(accessCode, "access code must be Optional, not null");
      Objects.requireNonNull(responseDueBy, "response due by must not be null");
      Objects.requireNonNull(emergencyContacts, "emergency contacts must be Optional, not null");
    }
  }
}
