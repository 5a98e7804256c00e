package org.confide.testing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import org.confide.domain.questionnaire.Answer;
import org.confide.domain.questionnaire.Answers;
import org.confide.domain.questionnaire.OptionId;
import org.confide.domain.questionnaire.QuestionId;
import org.confide.domain.questionnaire.QuestionnaireVersion;
import org.confide.domain.report.Account;
import org.confide.domain.report.Anonymity;
import org.confide.domain.report.Channel;
import org.confide.domain.report.ContactDetails;
import org.confide.domain.report.Report;
import org.confide.domain.report.ReportStatus;
import org.confide.domain.report.StaffEntry;
import org.confide.domain.report.Submission;
import org.confide.domain.report.SupportRequest;
import org.confide.domain.safeguarding.RiskLevel;
import org.confide.domain.shared.ReportReference;
import org.confide.domain.staff.StaffId;

/**
 * Builds reports ({@link Report}) to store directly in a port, as the contract tests do: by default
 * a new, anonymous report with two-way messaging, a random reference, an account and one answer of
 * every kind, raising no concern, received at {@link #RECEIVED}. To submit a report through the
 * application, use {@link AReport} instead.
 */
public final class TestReports {

  /** When reports built here are received unless told otherwise. */
  public static final Instant RECEIVED = Instant.parse("2026-03-02T09:00:00Z");

  private ReportReference reference = aReference();
  private Instant receivedAt = RECEIVED;
  private Anonymity anonymity = Anonymity.anonymous();
  private Optional<SupportRequest> support = Optional.empty();
  private RiskLevel risk = RiskLevel.NONE;
  private Optional<StaffId> assignee = Optional.empty();
  private Optional<Instant> closedAt = Optional.empty();
  private Optional<StaffEntry> entry = Optional.empty();

  private TestReports() {}

  /** {@return a builder of a new anonymous report} */
  public static TestReports aReport() {
    return new TestReports();
  }

  /** {@return a fresh random reference} */
  public static ReportReference aReference() {
    return ReportReference.generate(ThreadLocalRandom.current());
  }

  /**
   * The report a transition produced.
   *
   * @param change what a transition of a report answered
   * @return the report after it (the same report when it changed nothing)
   * @throws IllegalStateException if the transition was refused
   */
  public static Report after(Report.Change change) {
    return switch (change) {
      case Report.Change.Changed changed -> changed.report();
      case Report.Change.Unchanged unchanged -> unchanged.report();
      case Report.Change.Refused refused ->
          throw new IllegalStateException("transition refused: " + refused.reason());
    };
  }

  /**
   * Gives the report a reference of the test's choosing.
   *
   * @param reference the reference
   * @return this builder
   */
  public TestReports withReference(ReportReference reference) {
    this.reference = reference;
    return this;
  }

  /**
   * Gives the report a reference of the test's choosing.
   *
   * @param reference the reference as text, which must be well formed
   * @return this builder
   */
  public TestReports withReference(String reference) {
    return withReference(new ReportReference(reference));
  }

  /**
   * Sets when the report was received.
   *
   * @param receivedAt the instant
   * @return this builder
   */
  public TestReports receivedAt(Instant receivedAt) {
    this.receivedAt = receivedAt;
    return this;
  }

  /**
   * Sets when the report was received.
   *
   * @param instant the instant in ISO-8601 form, such as {@code "2026-03-02T09:00:00Z"}
   * @return this builder
   */
  public TestReports receivedAt(String instant) {
    return receivedAt(Instant.parse(instant));
  }

  /**
   * Makes the report named, from Sam Reporter with an email and a phone number, asking for support
   * from a woman.
   *
   * @return this builder
   */
  public TestReports named() {
    this.anonymity =
        Anonymity.named(
            new ContactDetails(
                "Sam Reporter", Optional.of("sam@example.ac.uk"), Optional.of("+44 7700 900123")));
    this.support = Optional.of(new SupportRequest(Optional.of("a woman")));
    return this;
  }

  /**
   * Sets the risk the safeguarding policy assessed.
   *
   * @param risk the risk level
   * @return this builder
   */
  public TestReports withRisk(RiskLevel risk) {
    this.risk = risk;
    return this;
  }

  /**
   * Assigns the report to {@code adviser}, and so opens it.
   *
   * @param adviser the staff member it is assigned to
   * @return this builder
   */
  public TestReports assignedTo(StaffId adviser) {
    this.assignee = Optional.of(adviser);
    return this;
  }

  /**
   * Closes the report at {@code at}.
   *
   * @param at when it was closed, not before it was received
   * @return this builder
   */
  public TestReports closedAt(Instant at) {
    this.closedAt = Optional.of(at);
    return this;
  }

  /**
   * Closes the report.
   *
   * @param instant when, in ISO-8601 form
   * @return this builder
   */
  public TestReports closedAt(String instant) {
    return closedAt(Instant.parse(instant));
  }

  /**
   * Makes the report one a staff member entered for someone who told them, with no two-way
   * messaging (no access code is issued to it).
   *
   * @param channel how the disclosure reached them
   * @param enteredBy who entered it
   * @return this builder
   */
  public TestReports enteredBy(Channel channel, StaffId enteredBy) {
    this.entry = Optional.of(new StaffEntry(channel, enteredBy));
    return this;
  }

  /** {@return the report, as built so far; each call gives the same reference} */
  public Report build() {
    var submission =
        new Submission(
            reference,
            QuestionnaireVersion.of(1),
            answers(),
            Optional.of(new Account("It happened after the seminar, in the library.")),
            receivedAt,
            anonymity,
            anonymity.isAnonymous() && entry.isEmpty(),
            support,
            risk);
    var report = Report.submit(entry.map(submission::enteredBy).orElse(submission));
    if (assignee.isPresent()) {
      report = after(report.assignTo(assignee.get()));
    }
    if (closedAt.isPresent()) {
      report = after(report.moveTo(ReportStatus.CLOSED, closedAt.get()));
    }
    return report;
  }

  private static Answers answers() {
    var answers = new LinkedHashMap<QuestionId, Answer>();
    answers.put(
        QuestionId.of("incident-type"),
        new Answer.MultipleChoice(List.of(OptionId.of("bullying"), OptionId.of("harassment"))));
    answers.put(QuestionId.of("when"), new Answer.Date(LocalDate.of(2026, 2, 27)));
    answers.put(QuestionId.of("where"), new Answer.SingleChoice(OptionId.of("on-campus")));
    answers.put(
        QuestionId.of("named-person"), new Answer.Text("A tutor in the history department"));
    return new Answers(answers);
  }
}
