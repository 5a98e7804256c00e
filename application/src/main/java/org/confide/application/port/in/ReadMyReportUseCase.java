package org.confide.application.port.in;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.confide.domain.questionnaire.LabelledAnswer;
import org.confide.domain.report.ReportStatus;

/** A reporter reads the copy of their report that they were promised. */
public interface ReadMyReportUseCase {

  /**
   * The report of the session's holder, its answers labelled as the reporter saw them.
   *
   * @param session the reporter's session, from {@link OpenReporterSessionUseCase}
   * @return the reporter's copy of their report, or why not (one of {@link SessionDenial})
   */
  Outcome<MyReport, SessionDenial> read(SessionToken session);

  /**
   * The reporter's copy.
   *
   * @param answers each answer with the question's and options' labels, in questionnaire order
   * @param account their own account, if they wrote one
   * @param submittedAt when the report arrived
   * @param status where the case stands: new, open or closed
   * @param anonymous whether the report is still anonymous (it becomes named if they share contact
   *     details)
   */
  record MyReport(
      List<LabelledAnswer> answers,
      Optional<String> account,
      Instant submittedAt,
      ReportStatus status,
      boolean anonymous) {
    /**
     * Refuses a missing component; collections are copied, so the record never changes.
     *
     * @throws NullPointerException if a component is null
     */
    public MyReport {
      answers = List.copyOf(answers);
      Objects.requireNonNull(account, "account must be Optional, not null");
    }

    @Override
    public String toString() {
      return "MyReport[" + status + "]";
    }
  }
}
