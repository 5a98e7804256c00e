package org.confide.application.port.in;

/**
 * Overdue marking: cases whose response target has passed are noticed, once per due time, in the
 * audit trail. Run by the scheduler on one node at a time, not by a person.
 */
public interface MarkOverdueCasesUseCase {

  /**
   * Marks every open case whose awaited response is past due and not yet marked for that due time,
   * and records {@code RESPONSE_OVERDUE} for it in the audit trail. Run it every 15 minutes or so
   * (the server's default); the case lists' {@code overdue} flags do not wait for it. It also
   * notices, once each, the cases whose response is due by the end of tomorrow; the staff told of
   * each case (its assignee, or the advisers) are notified of both.
   *
   * @return how many cases it marked; running it again at once marks none
   */
  int mark();
}
