package org.confide.domain.report;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.confide.domain.questionnaire.Answers;
import org.confide.domain.questionnaire.QuestionnaireVersion;
import org.confide.domain.safeguarding.RiskLevel;
import org.confide.domain.shared.ReportReference;

/**
 * Everything a new report is made from: the checked answers, the reporter's choices, and the risk
 * the safeguarding policy found in them. Made by {@link Intake.Checked#submission}; {@link
 * Report#submit} checks the combination of choices.
 *
 * @param reference the reference the new report is kept under
 * @param questionnaireVersion the version of the questionnaire the answers were checked against
 * @param answers the checked answers
 * @param account the reporter's own account, if they gave one
 * @param receivedAt when the report arrived
 * @param anonymity whether we know who reported
 * @param twoWayMessaging whether the reporter wants a thread; only for anonymous reports
 * @param supportRequest a request for an adviser's support; only for named reports
 * @param risk the level the safeguarding policy gave the answers
 * @param staffEntry present when an adviser entered the report for the reporter (see {@link
 *     #enteredBy})
 */
public record Submission(
    ReportReference reference,
    QuestionnaireVersion questionnaireVersion,
    Answers answers,
    Optional<Account> account,
    Instant receivedAt,
    Anonymity anonymity,
    boolean twoWayMessaging,
    Optional<SupportRequest> supportRequest,
    RiskLevel risk,
    Optional<StaffEntry> staffEntry) {

  /**
   * A submission; the combination of choices is checked by {@link Report#submit}, not here.
   *
   * @throws NullPointerException if a component is null
   */
  public Submission {
    Objects.requireNonNull(reference, "reference must not be null");
    Objects.requireNonNull(questionnaireVersion, "questionnaire version must not be null");
    Objects.requireNonNull(answers, "answers must not be null");
    Objects.requireNonNull(account, "account must be Optional, not null");
    Objects.requireNonNull(receivedAt, "received at must not be null");
    Objects.requireNonNull(anonymity, "anonymity must not be null");
    Objects.requireNonNull(supportRequest, "support request must be Optional, not null");
    Objects.requireNonNull(risk, "risk must not be null");
    Objects.requireNonNull(staffEntry, "staff entry must be Optional, not null");
  }

  /**
   * A submission the reporter sent themselves.
   *
   * @param reference the reference the new report is kept under
   * @param questionnaireVersion the version of the questionnaire the answers were checked against
   * @param answers the checked answers
   * @param account the reporter's own account, if they gave one
   * @param receivedAt when the report arrived
   * @param anonymity whether we know who reported
   * @param twoWayMessaging whether the reporter wants a thread; only for anonymous reports
   * @param supportRequest a request for an adviser's support; only for named reports
   * @param risk the level the safeguarding policy gave the answers
   */
  public Submission(
      ReportReference reference,
      QuestionnaireVersion questionnaireVersion,
      Answers answers,
      Optional<Account> account,
      Instant receivedAt,
      Anonymity anonymity,
      boolean twoWayMessaging,
      Optional<SupportRequest> supportRequest,
      RiskLevel risk) {
    this(
        reference,
        questionnaireVersion,
        answers,
        account,
        receivedAt,
        anonymity,
        twoWayMessaging,
        supportRequest,
        risk,
        Optional.empty());
  }

  /**
   * This submission as entered by an adviser on the reporter's behalf.
   *
   * @param entry how it reached the adviser, and who they are
   * @return the same submission, marked as entered by staff
   */
  public Submission enteredBy(StaffEntry entry) {
    Objects.requireNonNull(entry, "entry must not be null");
    return new Submission(
        reference,
        questionnaireVersion,
        answers,
        account,
        receivedAt,
        anonymity,
        twoWayMessaging,
        supportRequest,
        risk,
        Optional.of(entry));
  }

  @Override
  public String toString() {
    return "Submission[" + reference + "]";
  }
}
