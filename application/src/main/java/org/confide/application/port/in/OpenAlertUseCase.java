package org.confide.application.port.in;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.confide.domain.pattern.PatternKind;
import org.confide.domain.questionnaire.LabelledAnswer;
import org.confide.domain.report.ReportStatus;
import org.confide.domain.safeguarding.RiskLevel;
import org.confide.domain.shared.ReportReference;

/**
 * A safeguarding lead opens the reports behind a pattern alert, to decide whether to act. The
 * opening is audited once for the alert and once for each report it shows.
 */
public interface OpenAlertUseCase {

  /**
   * The alert's reports, oldest first; {@link Failure.NotFound} when there is no such alert now.
   *
   * @param session the acting staff member's session, from {@link LogInStaffUseCase}
   * @param command which alert
   * @return the alert with its reports, or why not (one of {@link LookUpFailure})
   */
  Outcome<AlertFile, LookUpFailure> open(SessionToken session, Command command);

  /**
   * Which alert.
   *
   * @param alert the alert's id
   */
  record Command(AlertId alert) {
    /**
     * Refuses a missing component.
     *
     * @throws NullPointerException if a component is null
     */
    public Command {
      Objects.requireNonNull(alert, "alert must not be null");
    }
  }

  /**
   * An alert and the reports it joins.
   *
   * @param id the alert's id
   * @param kind whether the reports name the same place or the same person
   * @param reports the reports, oldest first
   */
  record AlertFile(AlertId id, PatternKind kind, List<AlertReport> reports) {
    /**
     * Refuses a missing component; collections are copied, so the record never changes.
     *
     * @throws NullPointerException if a component is null
     */
    public AlertFile {
      reports = List.copyOf(reports);
    }
  }

  /**
   * What a lead needs of one report to weigh a pattern; contact details stay in the case.
   *
   * @param reference the case
   * @param receivedAt when it arrived
   * @param status new, open or closed
   * @param risk the safeguarding risk assessed
   * @param anonymous whether the reporter is still anonymous
   * @param answers the answers with their labels
   * @param account the reporter's own account, if any
   */
  record AlertReport(
      ReportReference reference,
      Instant receivedAt,
      ReportStatus status,
      RiskLevel risk,
      boolean anonymous,
      List<LabelledAnswer> answers,
      Optional<String> account) {
    /**
     * Refuses a missing component; collections are copied, so the record never changes.
     *
     * @throws NullPointerException if a component is null
     */
    public AlertReport {
      answers = List.copyOf(answers);
    }

    @Override
    public String toString() {
      return "AlertReport[" + reference + "]";
    }
  }
}
