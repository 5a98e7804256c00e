package org.confide.application.service;

import java.util.Optional;
import org.confide.application.port.in.MarkOverdueCasesUseCase;
import org.confide.application.port.out.DeadlineMarks;
import org.confide.domain.audit.Actor;
import org.confide.domain.audit.AuditAction;
import org.confide.domain.report.Report;

/** Notices cases past their response target, once per due time, in the audit trail. */
public final class MarkOverdueCasesService implements MarkOverdueCasesUseCase {

  private final Context context;
  private final Gate gate;

  public MarkOverdueCasesService(Context context) {
    this.context = context;
    this.gate = new Gate(context);
  }

  @Override
  public int mark() {
    var now = gate.now();
    var settings = context.settings().current();
    var open = context.reports().allOpen();
    var threads = context.threads().findAll(open.stream().map(Report::reference).toList());
    int marked = 0;
    for (var report : open) {
      var due =
          ResponseTargets.dueBy(
              report, Optional.ofNullable(threads.get(report.reference())), settings);
      if (due.isEmpty() || now.isBefore(due.get())) {
        continue;
      }
      var reference = report.reference();
      var mark =
          new DeadlineMarks.Mark(
              DeadlineMarks.Kind.RESPONSE_OVERDUE, reference.value(), reference, due.get(), now);
      // One transaction per case: the mark and its audit event stand or fall together, and a
      // failure part-way leaves the cases already marked marked.
      boolean fresh =
          context
              .transactions()
              .inTransaction(() -> {
                if (context.deadlineMarks().mark(mark) == DeadlineMarks.MarkOutcome.MARKED) {
                  gate.audit(
                      Actor.system(), AuditAction.RESPONSE_OVERDUE, reference, "due " + due.get());
                  return true;
                }
                return false;
              });
      if (fresh) {
        marked++;
      }
    }
    return marked;
  }
}
