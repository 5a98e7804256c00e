package org.confide.testing;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.confide.application.port.in.SubmitReportUseCase.Command;
import org.confide.application.port.in.SubmitReportUseCase.ContactInput;
import org.confide.application.port.in.SubmitReportUseCase.SupportInput;
import org.confide.domain.questionnaire.QuestionnaireVersion;
import org.confide.domain.questionnaire.RawAnswer;

/**
 * Builds what a reporter submits ({@link Command SubmitReportUseCase.Command}), with safe defaults
 * — anonymous, with two-way messaging, answers to version 1 of the default questionnaire that raise
 * no safeguarding concern, no account — changed one choice at a time. Each builder method changes
 * this builder and returns it; {@link #build()} may be called more than once.
 */
public final class AReport {

  private QuestionnaireVersion questionnaireVersion = QuestionnaireVersion.of(1);
  private final Map<String, RawAnswer> answers = new HashMap<>(Fixture.calmAnswers());
  private Optional<String> account = Optional.empty();
  private boolean anonymous = true;
  private Optional<ContactInput> contact = Optional.empty();
  private boolean messaging = true;
  private Optional<SupportInput> support = Optional.empty();
  private Optional<String> idempotencyKey = Optional.empty();

  private AReport() {}

  /**
   * An anonymous report with messaging and calm answers: submitting it gives an access code.
   *
   * @return a new builder
   */
  public static AReport anonymous() {
    return new AReport();
  }

  /**
   * A named report, without messaging, from Sam Reporter (an email address, no phone number).
   *
   * @return a new builder
   */
  public static AReport named() {
    var report = new AReport();
    report.anonymous = false;
    report.messaging = false;
    report.contact = Optional.of(new ContactInput("Sam Reporter", "sam@example.ac.uk", ""));
    return report;
  }

  /**
   * Answers a questionnaire version other than the default's 1; an unknown version makes the
   * submission invalid.
   *
   * @param version the version the answers were given for
   * @return this builder
   */
  public AReport questionnaireVersion(int version) {
    this.questionnaireVersion = QuestionnaireVersion.of(version);
    return this;
  }

  /**
   * Sets (or, with {@code null}, removes) the answer to one question.
   *
   * @param question the question's id, such as {@code "under-18"}
   * @param answer the answer as the reporter gave it, or {@code null} to leave it unanswered
   * @return this builder
   */
  public AReport answer(String question, RawAnswer answer) {
    if (answer == null) {
      answers.remove(question);
    } else {
      answers.put(question, answer);
    }
    return this;
  }

  /**
   * Sets the answer to one question to one option (or, for a text or date question, one text).
   *
   * @param question the question's id, such as {@code "immediate-danger"}
   * @param option the option's id, such as {@code "yes"}
   * @return this builder
   */
  public AReport answer(String question, String option) {
    return answer(question, RawAnswer.of(option));
  }

  /**
   * Adds the reporter's own account of what happened.
   *
   * @param text the free text, as typed
   * @return this builder
   */
  public AReport account(String text) {
    this.account = Optional.of(text);
    return this;
  }

  /**
   * Gives contact details (for a named report).
   *
   * @param name the reporter's name
   * @param email an email address, or empty
   * @param phone a phone number, or empty
   * @return this builder
   */
  public AReport contact(String name, String email, String phone) {
    this.contact = Optional.of(new ContactInput(name, email, phone));
    return this;
  }

  /**
   * Chooses two-way messaging (an access code for an anonymous reporter) or not.
   *
   * @param messaging whether the reporter wants to exchange messages with staff
   * @return this builder
   */
  public AReport messaging(boolean messaging) {
    this.messaging = messaging;
    return this;
  }

  /**
   * Says whether the reporter wants support, and from whom.
   *
   * @param wanted whether support is wanted
   * @param preference who the reporter would like to talk to, or {@code null} for no preference
   * @return this builder
   */
  public AReport support(boolean wanted, String preference) {
    this.support = Optional.of(new SupportInput(wanted, Optional.ofNullable(preference)));
    return this;
  }

  /**
   * Sends the submission with an idempotency key: a second submission with the same key gives the
   * first one's receipt instead of a second report.
   *
   * @param key the key, as a client would send it
   * @return this builder
   */
  public AReport idempotencyKey(String key) {
    this.idempotencyKey = Optional.of(key);
    return this;
  }

  /**
   * The command, as built so far.
   *
   * @return the command to pass to {@code confide.submitReport().submit(...)}
   */
  public Command build() {
    var builder =
        Command.builder(questionnaireVersion, answers).anonymous(anonymous).messaging(messaging);
    account.ifPresent(builder::account);
    contact.ifPresent(builder::contact);
    support.ifPresent(builder::support);
    idempotencyKey.ifPresent(builder::idempotencyKey);
    return builder.build();
  }
}
