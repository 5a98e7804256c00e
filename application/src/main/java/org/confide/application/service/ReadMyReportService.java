package org.confide.application.service;

import org.confide.application.port.in.Outcome;
import org.confide.application.port.in.ReadMyReportUseCase;
import org.confide.application.port.in.SessionToken;
import org.confide.domain.report.Account;

/** Gives a reporter the copy of their report they were promised. */
public final class ReadMyReportService implements ReadMyReportUseCase {

  private final Context context;
  private final Gate gate;

  public ReadMyReportService(Context context) {
    this.context = context;
    this.gate = new Gate(context);
  }

  @Override
  public Outcome<MyReport> read(SessionToken session) {
    return gate.asReporter(
        session,
        report -> {
          var questionnaire =
              context.questionnaires().find(report.questionnaireVersion()).orElseThrow();
          return Outcome.done(
              new MyReport(
                  questionnaire.labelled(report.answers()),
                  report.account().map(Account::text),
                  report.receivedAt(),
                  report.status(),
                  report.isAnonymous()));
        });
  }
}
