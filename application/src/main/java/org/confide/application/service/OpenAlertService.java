package org.confide.application.service;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Objects;
import org.confide.application.port.in.Failure;
import org.confide.application.port.in.LookUpFailure;
import org.confide.application.port.in.OpenAlertUseCase;
import org.confide.application.port.in.Outcome;
import org.confide.application.port.in.SessionToken;
import org.confide.application.port.out.PatternKeys.Sighting;
import org.confide.application.port.out.Questionnaires;
import org.confide.application.port.out.Reports;
import org.confide.domain.audit.Actor;
import org.confide.domain.audit.AuditAction;
import org.confide.domain.audit.AuditDetail;
import org.confide.domain.audit.AuditDetailCode;
import org.confide.domain.report.Account;
import org.confide.domain.staff.Permission;

/** A safeguarding lead opens the reports behind an alert; each opening is audited. */
public final class OpenAlertService implements OpenAlertUseCase {

  private final Gate gate;
  private final Auditor auditor;
  private final Patterns patterns;
  private final Reports reports;
  private final Questionnaires questionnaires;

  /**
   * The service, wired by {@link org.confide.application.Confide#assemble}: an embedder uses that,
   * or {@link org.confide.application.InMemoryConfide}, rather than this.
   *
   * @param gate resolves the acting party's session, checks two-factor sign-in and the role, and
   *     runs the work in one transaction
   * @param auditor records the audit events, stamped with the time and a fresh id
   * @param patterns stores reports' pattern keys and finds the alerts they make
   * @param reports the reports
   * @param questionnaires every questionnaire version, so answers are read against the one they
   *     answer
   */
  public OpenAlertService(
      Gate gate,
      Auditor auditor,
      Patterns patterns,
      Reports reports,
      Questionnaires questionnaires) {
    this.gate = Objects.requireNonNull(gate, "gate");
    this.auditor = Objects.requireNonNull(auditor, "auditor");
    this.patterns = Objects.requireNonNull(patterns, "patterns");
    this.reports = Objects.requireNonNull(reports, "reports");
    this.questionnaires = Objects.requireNonNull(questionnaires, "questionnaires");
  }

  @Override
  public Outcome<AlertFile, LookUpFailure> open(SessionToken session, Command command) {
    var alert = command.alert();
    return gate.asStaff(
        session,
        Permission.OPEN_ALERT_REPORTS,
        LookUpFailure::from,
        staff -> {
          var found = patterns.alerts().stream().filter(a -> a.id().equals(alert)).findFirst();
          if (found.isEmpty()) {
            return Outcome.failed(new Failure.NotFound());
          }
          var actor = Actor.staff(staff.id());
          var references = found.get().sightings().stream().map(Sighting::report).toList();
          var opened = new ArrayList<AlertReport>();
          for (var report : reports.findAll(references)) {
            var questionnaire = questionnaires.find(report.questionnaireVersion()).orElseThrow();
            opened.add(
                new AlertReport(
                    report.reference(),
                    report.receivedAt(),
                    report.status(),
                    report.risk(),
                    report.isAnonymous(),
                    questionnaire.labelled(report.answers()),
                    report.account().map(Account::text)));
            auditor.audit(
                actor,
                AuditAction.REPORT_VIEWED,
                report.reference(),
                AuditDetail.of(AuditDetailCode.THROUGH_ALERT, alert.toString()));
          }
          opened.sort(
              Comparator.comparing(AlertReport::receivedAt)
                  .thenComparing(r -> r.reference().value()));
          auditor.audit(
              actor,
              AuditAction.ALERT_OPENED,
              AuditDetail.of(AuditDetailCode.ALERT_OPENED, alert.toString(), opened.size()));
          return Outcome.done(new AlertFile(alert, found.get().key().kind(), opened));
        });
  }
}
