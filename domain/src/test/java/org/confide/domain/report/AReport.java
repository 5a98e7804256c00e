package org.confide.domain.report;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.confide.domain.questionnaire.Answer;
import org.confide.domain.questionnaire.Answers;
import org.confide.domain.questionnaire.OptionId;
import org.confide.domain.questionnaire.QuestionId;
import org.confide.domain.questionnaire.QuestionnaireVersion;
import org.confide.domain.safeguarding.RiskLevel;
import org.confide.domain.shared.ReportReference;

/**
 * Test-data builder for {@link Report}: an anonymous harassment report without messaging, received
 * at a fixed instant, unless told otherwise.
 */
public final class AReport {

  /** When a report built with the defaults was received. */
  public static final Instant RECEIVED_AT = Instant.parse("2026-03-02T09:15:00Z");

  private ReportReference reference = ReportReference.generate(new Random(7));
  private QuestionnaireVersion version = QuestionnaireVersion.of(1);
  private final Map<QuestionId, Answer> answers = new LinkedHashMap<>();
  private Optional<Account> account = Optional.empty();
  private Instant receivedAt = RECEIVED_AT;
  private Anonymity anonymity = Anonymity.anonymous();
  private boolean twoWayMessaging;
  private Optional<SupportRequest> supportRequest = Optional.empty();
  private RiskLevel risk = RiskLevel.NONE;

  private AReport() {
    answers.put(
        QuestionId.of("incident-type"),
        new Answer.MultipleChoice(List.of(OptionId.of("harassment"))));
  }

  /** Starts a builder with safe defaults. */
  public static AReport anonymous() {
    return new AReport();
  }

  /** Starts a builder for a named report with valid contact details. */
  public static AReport named() {
    return new AReport().namedAs(aContact());
  }

  /** Valid contact details that name nobody real. */
  public static ContactDetails aContact() {
    return new ContactDetails(
        "Alex Example", Optional.of("alex@example.ac.uk"), Optional.of("+44 20 7946 0958"));
  }

  public AReport withReference(ReportReference reference) {
    this.reference = reference;
    return this;
  }

  public AReport withVersion(QuestionnaireVersion version) {
    this.version = version;
    return this;
  }

  public AReport withNoAnswers() {
    answers.clear();
    return this;
  }

  public AReport withAnswer(String question, Answer answer) {
    answers.put(QuestionId.of(question), answer);
    return this;
  }

  public AReport withSingleChoice(String question, String option) {
    return withAnswer(question, new Answer.SingleChoice(OptionId.of(option)));
  }

  public AReport withMultipleChoice(String question, String... options) {
    return withAnswer(
        question,
        new Answer.MultipleChoice(java.util.Arrays.stream(options).map(OptionId::of).toList()));
  }

  public AReport withAccount(String text) {
    this.account = Optional.of(new Account(text));
    return this;
  }

  public AReport receivedAt(Instant receivedAt) {
    this.receivedAt = receivedAt;
    return this;
  }

  public AReport namedAs(ContactDetails contact) {
    this.anonymity = Anonymity.named(contact);
    return this;
  }

  public AReport withTwoWayMessaging() {
    this.twoWayMessaging = true;
    return this;
  }

  public AReport withSupportRequest(SupportRequest request) {
    this.supportRequest = Optional.of(request);
    return this;
  }

  public AReport withRisk(RiskLevel risk) {
    this.risk = risk;
    return this;
  }

  /** The submission these choices make, unchecked. */
  public Submission submission() {
    return new Submission(
        reference,
        version,
        new Answers(answers),
        account,
        receivedAt,
        anonymity,
        twoWayMessaging,
        supportRequest,
        risk);
  }

  /** Submits the report. */
  public Report submit() {
    return Report.submit(submission());
  }
}
