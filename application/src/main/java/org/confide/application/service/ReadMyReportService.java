package org.confide.application.service;

import java.util.Objects;
import java.util.function.Function;
import org.confide.application.port.in.Outcome;
import org.confide.application.port.in.ReadMyReportUseCase;
import org.confide.application.port.in.SessionDenial;
import org.confide.application.port.in.SessionToken;
import org.confide.application.port.out.Escalations;
import org.confide.application.port.out.MessageThreads;
import org.confide.application.port.out.Questionnaires;
import org.confide.domain.report.Account;
import org.confide.domain.safeguarding.SafeguardingHold;
import org.confide.domain.thread.ReporterProgress;

/** Gives a reporter the copy of their report they were promised. */
public final class ReadMyReportService implements ReadMyReportUseCase {

  private final Gate gate;
  private final Questionnaires questionnaires;
  private final Escalations escalations;
  private final MessageThreads threads;

  public ReadMyReportService(
      Gate gate, Questionnaires questionnaires, Escalations escalations, MessageThreads threads) {
    this.gate = Objects.requireNonNull(gate, "gate");
    this.questionnaires = Objects.requireNonNull(questionnaires, "questionnaires");
    this.escalations = Objects.requireNonNull(escalations, "escalations");
    this.threads = Objects.requireNonNull(threads, "threads");
  }

  @Override
  public Outcome<MyReport, SessionDenial> read(SessionToken session) {
    return gate.asReporter(
        session,
        Function.identity(),
        report -> {
          var questionnaire = questionnaires.find(report.questionnaireVersion()).orElseThrow();
          return Outcome.done(
              new MyReport(
                  questionnaire.labelled(report.answers()),
                  report.account().map(Account::text),
                  report.receivedAt(),
                  report.status(),
                  ReporterProgress.of(report.status(), threads.find(report.reference())),
                  report.isAnonymous(),
                  SafeguardingHold.needed(escalations.of(report.reference()))));
        });
  }
}
