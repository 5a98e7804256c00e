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

  /**
   * The service, wired by {@link org.confide.application.Confide#assemble}: an embedder uses that,
   * or {@link org.confide.application.InMemoryConfide}, rather than this.
   *
   * @param gate resolves the acting party's session, checks two-factor sign-in and the role, and
   *     runs the work in one transaction
   * @param questionnaires every questionnaire version, so answers are read against the one they
   *     answer
   * @param escalations the escalations, which say whether erasing would hold the report
   * @param threads the threads, which tell the reporter's progress
   */
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
