package org.confide.application.service;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.confide.application.port.in.ListCasesUseCase;
import org.confide.application.port.in.Outcome;
import org.confide.application.port.in.SessionToken;
import org.confide.domain.report.Report;
import org.confide.domain.report.ReportStatus;
import org.confide.domain.safeguarding.Escalation;
import org.confide.domain.shared.ReportReference;
import org.confide.domain.staff.CaseAccess;
import org.confide.domain.staff.Permission;
import org.confide.domain.staff.StaffMember;
import org.confide.domain.thread.AuthorSide;

/** The case list, in the views an adviser works from. */
public final class ListCasesService implements ListCasesUseCase {

  private final Context context;
  private final Gate gate;

  public ListCasesService(Context context) {
    this.context = context;
    this.gate = new Gate(context);
  }

  @Override
  public Outcome<List<CaseSummary>> list(SessionToken session, View view) {
    return gate.asStaff(
        session,
        Permission.WORK_CASES,
        staff -> {
          var escalated =
              context.escalations().open().stream()
                  .map(Escalation::reference)
                  .collect(Collectors.toSet());
          var candidates =
              switch (view) {
                case QUEUE -> context.reports().unassigned();
                case MINE -> context.reports().openAssignedTo(staff.id());
                case UNREAD, OVERDUE -> readable(staff, escalated);
                case ESCALATED ->
                    context.reports().findAll(escalated).stream()
                        .filter(r -> CaseAccess.mayRead(staff, r.assignee(), true))
                        .toList();
              };
          var threads =
              context.threads().findAll(candidates.stream().map(Report::reference).toList());
          var settings = context.settings().current();
          var now = gate.now();
          var rows = new ArrayList<CaseSummary>();
          for (var report : candidates) {
            var thread = Optional.ofNullable(threads.get(report.reference()));
            var due = ResponseTargets.dueBy(report, thread, settings);
            var overdue = due.filter(d -> !now.isBefore(d)).isPresent();
            var unread = thread.map(t -> t.unreadFor(AuthorSide.STAFF)).orElse(0);
            var row =
                new CaseSummary(
                    report.reference(),
                    report.receivedAt(),
                    report.status(),
                    report.isAnonymous(),
                    report.assignee().flatMap(context.staff()::find).map(m -> m.email().value()),
                    unread,
                    due,
                    overdue,
                    due.filter(d -> overdue)
                        .map(d -> settings.calendar().workingDaysBetween(d, now))
                        .orElse(0),
                    due.filter(d -> !overdue)
                        .map(d -> settings.calendar().workingDaysBetween(now, d))
                        .orElse(0),
                    report.risk(),
                    escalated.contains(report.reference()));
            boolean keep =
                switch (view) {
                  case QUEUE, MINE, ESCALATED -> true;
                  case UNREAD -> unread > 0;
                  case OVERDUE -> overdue;
                };
            if (keep) {
              rows.add(row);
            }
          }
          rows.sort(
              Comparator.comparing(CaseSummary::receivedAt)
                  .thenComparing(c -> c.reference().value()));
          return Outcome.done(List.copyOf(rows));
        });
  }

  /** The open cases {@code staff} may read: the queue, their own, and (leads) the escalated. */
  private List<Report> readable(StaffMember staff, Set<ReportReference> escalated) {
    var cases = new LinkedHashMap<ReportReference, Report>();
    context.reports().unassigned().forEach(r -> cases.put(r.reference(), r));
    context.reports().openAssignedTo(staff.id()).forEach(r -> cases.put(r.reference(), r));
    context.reports().findAll(escalated).stream()
        .filter(r -> r.status() != ReportStatus.CLOSED)
        .filter(r -> CaseAccess.mayRead(staff, r.assignee(), true))
        .forEach(r -> cases.put(r.reference(), r));
    return List.copyOf(cases.values());
  }
}
