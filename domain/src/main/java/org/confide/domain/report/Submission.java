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
    RiskLevel risk) {

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
  }

  @Override
  public String toString() {
    return "Submission[" + reference + "]";
  }
}
