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

  /** The report of the session's holder, its answers labelled as the reporter saw them. */
  Outcome<MyReport, SessionDenial> read(SessionToken session);

  /**
   * The reporter's copy.
   *
   * @param answers the answers, labelled as the reporter saw them
   * @param account their own account of what happened, if they gave one
   * @param submittedAt when the report arrived
   * @param status where the case team stands with it
   * @param progress where it stands as the reporter can see it to be true, from the thread first
   *     and the status after; show this to the reporter rather than the status
   * @param anonymous whether the report is anonymous
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
