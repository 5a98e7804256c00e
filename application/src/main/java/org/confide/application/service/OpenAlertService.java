package org.confide.application.service;

import java.util.ArrayList;
import org.confide.application.port.in.AlertId;
import org.confide.application.port.in.OpenAlertUseCase;
import org.confide.application.port.in.Outcome;
import org.confide.application.port.in.SessionToken;
import org.confide.application.port.out.PatternKeys.Sighting;
import org.confide.domain.audit.Actor;
import org.confide.domain.audit.AuditAction;
import org.confide.domain.report.Account;
import org.confide.domain.staff.Permission;

/** A safeguarding lead opens the reports behind an alert; each opening is audited. */
public final class OpenAlertService implements OpenAlertUseCase {

  private final Context context;
  private final Gate gate;

  public OpenAlertService(Context context) {
    this.context = context;
    this.gate = new Gate(context);
  }

  @Override
  public Outcome<AlertFile> open(SessionToken session, AlertId alert) {
    return gate.asStaff(
        session,
        Permission.OPEN_ALERT_REPORTS,
        staff -> {
          var found =
              Patterns.alerts(context).stream().filter(a -> a.id().equals(alert)).findFirst();
          if (found.isEmpty()) {
            return new Outcome.NotFound<AlertFile>();
          }
          var actor = Actor.staff(staff.id());
          var references = found.get().sightings().stream().map(Sighting::report).toList();
          var reports = new ArrayList<AlertReport>();
          for (var report : context.reports().findAll(references)) {
            var questionnaire =
                context.questionnaires().find(report.questionnaireVersion()).orElseThrow();
            reports.add(
                new AlertReport(
                    report.reference(),
                    report.receivedAt(),
                    report.status(),
                    report.risk(),
                    report.isAnonymous(),
                    questionnaire.labelled(report.answers()),
                    report.account().map(Account::text)));
            gate.audit(
                actor, AuditAction.REPORT_VIEWED, report.reference(), "through alert " + alert);
          }
          reports.sort(
              java.util.Comparator.comparing(AlertReport::receivedAt)
                  .thenComparing(r -> r.reference().value()));
          gate.audit(actor, AuditAction.ALERT_OPENED, "alert " + alert + ": " + reports.size());
          return Outcome.done(new AlertFile(alert, found.get().key().kind(), reports));
        });
  }
}
