package org.confide.application.port.in;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.confide.application.port.in.SubmitReportUseCase.ContactInput;
import org.confide.application.port.in.SubmitReportUseCase.SupportInput;
import org.confide.domain.questionnaire.QuestionnaireVersion;
import org.confide.domain.questionnaire.RawAnswer;
import org.confide.domain.report.Channel;
import org.confide.domain.shared.ReportReference;

/**
 * An adviser records a disclosure someone made to them in person, by phone or by email, as a
 * report, through the same questionnaire and the same intake checks as a reporter's own.
 */
public interface EnterReportUseCase {

  /**
   * Enters the report for the person who told the adviser: checks the answers against the
   * questionnaire version given, assesses the risk (raising an escalation at once when it is
   * urgent), routes it to its team, counts it in the trends and records its pattern keys, exactly
   * as for a report its reporter sends. It is marked as entered by staff, with the channel and who
   * entered it. No access code is issued: the person who told the adviser has no way to sign in to
   * it, so it has no thread with them. Audited as the adviser's action (the channel, never the
   * content). The adviser takes the case at once when they ask to and may work cases of the team it
   * is routed to; otherwise it waits in the team's queue like any other. Open to advisers and
   * safeguarding leads; every problem with what was sent is {@link Failure.Invalid}, all at once.
   *
   * @param session the adviser's session
   * @param command what the person told them
   * @return the new report's reference, or why not
   */
  Outcome<Entered, StaffRequestFailure> enter(SessionToken session, Command command);

  /**
   * What the adviser records.
   *
   * @param questionnaireVersion the version of the questions the adviser answered
   * @param answers raw answers by question id
   * @param account the person's account in free text, as the adviser wrote it down, if any
   * @param channel how the disclosure reached the adviser
   * @param anonymous whether the person chose not to give contact details
   * @param contact their contact details, required when not anonymous
   * @param support for a named person: support wanted from an adviser, with any preference
   * @param take whether the adviser takes the case at once rather than leave it in the queue
   * @param idempotencyKey a key of 16 to 200 characters the adviser's form or client chose for this
   *     report: the same request sent again with it answers the report the first made, never a
   *     second (a key is the adviser's own: another adviser's use of the same key is another
   *     report); a key reused for a different report is {@link Failure.Invalid}
   */
  record Command(
      QuestionnaireVersion questionnaireVersion,
      Map<String, RawAnswer> answers,
      Optional<String> account,
      Channel channel,
      boolean anonymous,
      Optional<ContactInput> contact,
      Optional<SupportInput> support,
      boolean take,
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
      Objects.requireNonNull(channel, "channel must not be null");
      Objects.requireNonNull(contact, "contact must be Optional, not null");
      Objects.requireNonNull(support, "support must be Optional, not null");
      Objects.requireNonNull(idempotencyKey, "idempotency key must be Optional, not null");
    }

    /**
     * This command with {@code key} as its idempotency key.
     *
     * @param key the key, as sent
     * @return the same command, keyed
     */
    public Command withKey(String key) {
      return new Command(
          questionnaireVersion,
          answers,
          account,
          channel,
          anonymous,
          contact,
          support,
          take,
          Optional.of(key));
    }

    @Override
    public String toString() {
      return "EnterReport[questionnaire " + questionnaireVersion + ", " + channel.code() + "]";
    }
  }

  /**
   * The report entered.
   *
   * @param reference the new report's reference
   * @param taken whether it is assigned to the adviser who entered it (else it waits in the queue)
   * @param responseDueBy when the team's response is due, counted from now in working days
   * @param immediateDanger whether the answers say someone is in danger now: the adviser should
   *     give the emergency contacts at once
   */
  record Entered(
      ReportReference reference, boolean taken, Instant responseDueBy, boolean immediateDanger) {
    /**
     * Refuses a missing component.
     *
     * @throws NullPointerException if a component is null
     */
    public Entered {
      Objects.requireNonNull(reference, "reference must not be null");
      Objects.requireNonNull(responseDueBy, "response due by must not be null");
    }
  }
}
