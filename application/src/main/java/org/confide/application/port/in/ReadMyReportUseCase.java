package org.confide.application.port.in;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.confide.domain.questionnaire.LabelledAnswer;
import org.confide.domain.report.ReportStatus;
import org.confide.domain.thread.ReporterProgress;

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
   * @param progress where it stands as the reporter can see it to be true, from the thread first
   *     and the status after; show this to the reporter rather than the status
   * @param anonymous whether the report is still anonymous (it becomes named if they share contact
   *     details)
   * @param keptForSafeguardingIfErased whether erasing it now would keep some of it for the
   *     safeguarding leads, because a safeguarding escalation on it is undecided or was referred;
   *     the reporter must be told so before they confirm
   */
  record MyReport(
      List<LabelledAnswer> answers,
      Optional<String> account,
      Instant submittedAt,
      ReportStatus status,
      ReporterProgress progress,
      boolean anonymous,
      boolean keptForSafeguardingIfErased) {
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
