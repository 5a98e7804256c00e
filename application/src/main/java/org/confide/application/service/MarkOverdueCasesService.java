package org.confide.application.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
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
import org.confide.domain.audit.AuditDetail;
import org.confide.domain.audit.AuditDetailCode;
import org.confide.domain.notification.NotificationKind;

/**
 * Notices cases past their response target, once per due time, in the audit trail, and cases due
 * tomorrow; either is told to the case's assignee, or the advisers.
 */
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
  private final Notifier notifier;

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
   * @param notifier tells the case's assignee, or the advisers, that it became overdue
   */
  public MarkOverdueCasesService(
      Auditor auditor,
      Settings settings,
      CaseLists caseLists,
      Transactions transactions,
      DeadlineMarks deadlineMarks,
      Clock clock,
      Notifier notifier) {
    this.auditor = Objects.requireNonNull(auditor, "auditor");
    this.settings = Objects.requireNonNull(settings, "settings");
    this.caseLists = Objects.requireNonNull(caseLists, "caseLists");
    this.transactions = Objects.requireNonNull(transactions, "transactions");
    this.deadlineMarks = Objects.requireNonNull(deadlineMarks, "deadlineMarks");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.notifier = Objects.requireNonNull(notifier, "notifier");
  }

  @Override
  public int mark() {
    var now = clock.instant();
    var settings = this.settings.current();
    var calendar = settings.calendar();
    var tomorrow = calendar.dayOf(now).plusDays(1);
    int marked = 0;
    // The overdue cases, then those due by the end of tomorrow: a case whose due date is tomorrow
    // would be overdue on the day after.
    for (var page :
        pages(settings.targets().overdueIfReceivedBefore(calendar.startOf(tomorrow.plusDays(1))))) {
      for (var row : page) {
        var due = AwaitedResponses.dueBy(row.awaitingSince(), settings);
        if (due.isEmpty()) {
          continue;
        }
        var dueDate = calendar.dayOf(due.get().minusNanos(1));
        var kind =
            !now.isBefore(due.get())
                ? Optional.of(DeadlineMarks.Kind.RESPONSE_OVERDUE)
                : dueDate.equals(tomorrow)
                    ? Optional.of(DeadlineMarks.Kind.RESPONSE_DUE_TOMORROW)
                    : Optional.<DeadlineMarks.Kind>empty();
        if (kind.isPresent() && marked(kind.get(), row, due.get(), dueDate, now)) {
          marked++;
        }
      }
    }
    return marked;
  }

  /** The open cases awaiting a response since before {@code before}, a page at a time. */
  private Iterable<List<CaseRow>> pages(Instant before) {
    var selection = new Selection(new Scope.Open(), new Condition.AwaitingSinceBefore(before));
    return () ->
        new java.util.Iterator<>() {
          private List<CaseRow> next =
              caseLists.page(selection, Optional.empty(), Direction.FORWARD, PAGE);

          @Override
          public boolean hasNext() {
            return !next.isEmpty();
          }

          @Override
          public List<CaseRow> next() {
            var page = next;
            next =
                page.size() < PAGE
                    ? List.of()
                    : caseLists.page(
                        selection, Optional.of(page.getLast().position()), Direction.FORWARD, PAGE);
            return page;
          }
        };
  }

  private boolean marked(
      DeadlineMarks.Kind kind, CaseRow row, Instant due, LocalDate dueDate, Instant now) {
    var reference = row.reference();
    var mark = new DeadlineMarks.Mark(kind, reference.value(), reference, due, now);
    // One transaction per case: the mark and its audit event stand or fall together, and a
    // failure part-way leaves the cases already marked marked.
    return transactions.inTransaction(() -> {
      if (deadlineMarks.mark(mark) == DeadlineMarks.MarkOutcome.ALREADY_MARKED) {
        return false;
      }
      var notice =
          switch (kind) {
            case RESPONSE_OVERDUE -> {
              auditor.audit(
                  Actor.system(),
                  AuditAction.RESPONSE_OVERDUE,
                  reference,
                  AuditDetail.of(AuditDetailCode.DUE, due.toString()));
              yield NotificationKind.CASE_OVERDUE;
            }
            case RESPONSE_DUE_TOMORROW -> NotificationKind.CASE_DUE_TOMORROW;
            case ESCALATION_UNACKNOWLEDGED ->
                throw new IllegalArgumentException("not a case's response: " + kind);
          };
      notifier.tellAssigneeOrAdvisers(notice, row.assignee(), reference, Optional.of(dueDate));
      // Only overdue marks are counted: the use case answers how many cases became overdue.
      return kind == DeadlineMarks.Kind.RESPONSE_OVERDUE;
    });
  }
}
