package org.confide.application.service;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.confide.application.port.in.MarkOverdueCasesUseCase;
import org.confide.application.port.out.CaseLists;
import org.confide.application.port.out.CaseLists.CaseRow;
import org.confide.application.port.out.CaseLists.Condition;
import org.confide.application.port.out.CaseLists.Direction;
import org.confide.application.port.out.CaseLists.Scope;
import org.confide.application.port.out.CaseLists.Selection;
import org.confide.application.port.out.DeadlineMarks;
import org.confide.application.port.out.Settings;
import org.confide.application.port.out.Transactions;
import org.confide.domain.audit.Actor;
import org.confide.domain.audit.AuditAction;

/** Notices cases past their response target, once per due time, in the audit trail. */
public final class MarkOverdueCasesService implements MarkOverdueCasesUseCase {

  // The overdue cases are read a page at a time, so that however many there are, the job holds
  // no more than a page of them in memory.
  private static final int PAGE = 500;

  private final Auditor auditor;
  private final Settings settings;
  private final CaseLists caseLists;
  private final Transactions transactions;
  private final DeadlineMarks deadlineMarks;
  private final Clock clock;

  /**
   * The service, wired by {@link org.confide.application.Confide#assemble}: an embedder uses that,
   * or {@link org.confide.application.InMemoryConfide}, rather than this.
   *
   * @param auditor records the audit events, stamped with the time and a fresh id
   * @param settings the settings in force: calendar, targets, analysis and the two-factor
   *     requirement
   * @param caseLists the case lists, read a page at a time
   * @param transactions joins the writes of one run in one transaction
   * @param deadlineMarks the missed deadlines already marked, so each is marked once
   * @param clock the time read for due dates, expiry and the audit trail
   */
  public MarkOverdueCasesService(
      Auditor auditor,
      Settings settings,
      CaseLists caseLists,
      Transactions transactions,
      DeadlineMarks deadlineMarks,
      Clock clock) {
    this.auditor = Objects.requireNonNull(auditor, "auditor");
    this.settings = Objects.requireNonNull(settings, "settings");
    this.caseLists = Objects.requireNonNull(caseLists, "caseLists");
    this.transactions = Objects.requireNonNull(transactions, "transactions");
    this.deadlineMarks = Objects.requireNonNull(deadlineMarks, "deadlineMarks");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  public int mark() {
    var now = clock.instant();
    var settings = this.settings.current();
    var overdue =
        new Selection(
            new Scope.Open(),
            new Condition.AwaitingSinceBefore(settings.targets().overdueIfReceivedBefore(now)));
    int marked = 0;
    var page = caseLists.page(overdue, Optional.empty(), Direction.FORWARD, PAGE);
    while (!page.isEmpty()) {
      for (var row : page) {
        var due = AwaitedResponses.dueBy(row.awaitingSince(), settings);
        if (due.isPresent() && !now.isBefore(due.get()) && marked(row, due.get(), now)) {
          marked++;
        }
      }
      page =
          page.size() < PAGE
              ? List.of()
              : caseLists.page(
                  overdue, Optional.of(page.getLast().position()), Direction.FORWARD, PAGE);
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
    return transactions.inTransaction(() -> {
      if (deadlineMarks.mark(mark) == DeadlineMarks.MarkOutcome.MARKED) {
        auditor.audit(Actor.system(), AuditAction.RESPONSE_OVERDUE, reference, "due " + due);
        return true;
      }
      return false;
    });
  }
}
