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
   */
  Outcome<AlertFile, LookUpFailure> open(SessionToken session, Command command);

  /**
   * Which alert.
   *
   * @param alert the alert's id
   */
  record Command(AlertId alert) {
    public Command {
      Objects.requireNonNull(alert, "alert must not be null");
    }
  }

  /** An alert and the reports it joins. */
  record AlertFile(AlertId id, PatternKind kind, List<AlertReport> reports) {
    public AlertFile {
      reports = List.copyOf(reports);
    }
  }

  /** What a lead needs of one report to weigh a pattern; contact details stay in the case. */
  record AlertReport(
      ReportReference reference,
      Instant receivedAt,
      ReportStatus status,
      RiskLevel risk,
      boolean anonymous,
      List<LabelledAnswer> answers,
      Optional<String> account) {
    public AlertReport {
      answers = List.copyOf(answers);
    }

    @Override
    public String toString() {
      return "AlertReport[" + reference + "]";
    }
  }
}
