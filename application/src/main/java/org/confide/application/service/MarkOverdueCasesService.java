package org.confide.application.service;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.confide.application.port.in.MarkOverdueCasesUseCase;
import org.confide.application.port.out.CaseLists.CaseRow;
import org.confide.application.port.out.CaseLists.Condition;
import org.confide.application.port.out.CaseLists.Direction;
import org.confide.application.port.out.CaseLists.Scope;
import org.confide.application.port.out.CaseLists.Selection;
import org.confide.application.port.out.DeadlineMarks;
import org.confide.domain.audit.Actor;
import org.confide.domain.audit.AuditAction;

/** Notices cases past their response target, once per due time, in the audit trail. */
public final class MarkOverdueCasesService implements MarkOverdueCasesUseCase {

  // The overdue cases are read a page at a time, so that however many there are, the job holds
  // no more than a page of them in memory.
  private static final int PAGE = 500;

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
    var overdue =
        new Selection(
            new Scope.Open(),
            new Condition.AwaitingSinceBefore(
                settings.calendar().overdueIfReceivedBefore(now, settings.serviceLevel())));
    int marked = 0;
    var page = context.caseLists().page(overdue, Optional.empty(), Direction.FORWARD, PAGE);
    while (!page.isEmpty()) {
      for (var row : page) {
        var due = ResponseTargets.dueBy(row.awaitingSince(), settings);
        if (due.isPresent() && !now.isBefore(due.get()) && marked(row, due.get(), now)) {
          marked++;
        }
      }
      page =
          page.size() < PAGE
              ? List.of()
              : context
                  .caseLists()
                  .page(overdue, Optional.of(page.getLast().position()), Direction.FORWARD, PAGE);
    }
    return marked;
  }

  private boolean marked(CaseRow row, Instant due, Instant now) {
    var reference = row.reference();
    var mark =
        new DeadlineMarks.Mark(
            DeadlineMarks.Kind.RESPONSE_OVERDUE, reference.value(), reference, due, now);
    // One transaction per case: the mark and its audit event stand or fall together, and a
    // failure part-way leaves the cases already marked marked.
    return context
        .transactions()
        .inTransaction(() -> {
          if (context.deadlineMarks().mark(mark) == DeadlineMarks.MarkOutcome.MARKED) {
            gate.audit(Actor.system(), AuditAction.RESPONSE_OVERDUE, reference, "due " + due);
            return true;
          }
          return false;
        });
  }
}
