package org.confide.application;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.confide.application.port.in.SubmitReportUseCase.Command;
import org.confide.application.port.in.SubmitReportUseCase.ContactInput;
import org.confide.application.port.in.SubmitReportUseCase.SupportInput;
import org.confide.domain.questionnaire.QuestionnaireVersion;
import org.confide.domain.questionnaire.RawAnswer;

/**
 * A submission with safe defaults — anonymous, with messaging, answers to the default questionnaire
 * that raise no concern — changed one choice at a time.
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

  /** An anonymous report with messaging and calm answers. */
  public static AReport anonymous() {
    return new AReport();
  }

  /** A named report, without messaging, from Sam Reporter. */
  public static AReport named() {
    var report = new AReport();
    report.anonymous = false;
    report.messaging = false;
    report.contact = Optional.of(new ContactInput("Sam Reporter", "sam@example.ac.uk", ""));
    return report;
  }

  public AReport questionnaireVersion(int version) {
    this.questionnaireVersion = QuestionnaireVersion.of(version);
    return this;
  }

  /** Sets (or, with {@code null}, removes) the answer to one question. */
  public AReport answer(String question, RawAnswer answer) {
    if (answer == null) {
      answers.remove(question);
    } else {
      answers.put(question, answer);
    }
    return this;
  }

  public AReport answer(String question, String option) {
    return answer(question, RawAnswer.of(option));
  }

  public AReport account(String text) {
    this.account = Optional.of(text);
    return this;
  }

  public AReport contact(String name, String email, String phone) {
    this.contact = Optional.of(new ContactInput(name, email, phone));
    return this;
  }

  public AReport messaging(boolean messaging) {
    this.messaging = messaging;
    return this;
  }

  public AReport support(boolean wanted, String preference) {
    this.support = Optional.of(new SupportInput(wanted, Optional.ofNullable(preference)));
    return this;
  }

  public AReport idempotencyKey(String key) {
    this.idempotencyKey = Optional.of(key);
    return this;
  }

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
