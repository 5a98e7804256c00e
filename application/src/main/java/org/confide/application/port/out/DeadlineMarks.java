package org.confide.application.port.out;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.confide.domain.shared.ReportReference;

/**
 * Missed deadlines, each noticed once: a case whose response target passed, an escalation not
 * acknowledged by its due time. A scheduled job marks them; the mark says when the miss was
 * noticed, so a lead's list can show that a reminder went out, and a second run (or a second node)
 * marks nothing twice. A mark holds times and ids only, never report content.
 */
public interface DeadlineMarks {

  /**
   * Records {@code mark} unless one with the same kind, subject and due time exists, in which case
   * nothing changes and {@link MarkOutcome#ALREADY_MARKED} is returned. Of concurrent identical
   * marks exactly one is {@link MarkOutcome#MARKED}.
   *
   * @param mark the missed deadline
   * @return whether it was recorded now
   */
  MarkOutcome mark(Mark mark);

  /**
   * The marks on one report.
   *
   * @param reference the report
   * @return its marks, earliest due first
   */
  List<Mark> of(ReportReference reference);

  /**
   * Removes every mark on one report, erased or purged.
   *
   * @param reference the report
   */
  void removeAll(ReportReference reference);

  /** Which deadline was missed. */
  enum Kind {
    /** The team's response to the reporter was due and has not been given. */
    RESPONSE_OVERDUE,
    /** An escalation was due to be acknowledged by a safeguarding lead and is still raised. */
    ESCALATION_UNACKNOWLEDGED,
    /**
     * Not a miss yet: the team's response is due by the end of tomorrow, noticed once so the
     * assignee is told once.
     */
    RESPONSE_DUE_TOMORROW
  }

  /** The outcome of {@link #mark}. */
  enum MarkOutcome {
    /** The mark is recorded. */
    MARKED,
    /** The same miss was marked before: nothing changed. */
    ALREADY_MARKED
  }

  /**
   * One missed deadline.
   *
   * @param kind which deadline
   * @param reference the report it concerns
   * @param subject what missed it: the report reference, or the escalation id
   * @param dueBy when it was due
   * @param markedAt when the miss was noticed
   */
  record Mark(
      Kind kind, String subject, ReportReference reference, Instant dueBy, Instant markedAt) {
    /**
     * Refuses a missing component.
     *
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if {@code subject} is blank or over 36 characters
     */
    public Mark {
      Objects.requireNonNull(kind, "kind must not be null");
      Objects.requireNonNull(subject, "subject must not be null");
      Objects.requireNonNull(reference, "reference must not be null");
      Objects.requireNonNull(dueBy, "due by must not be null");
      Objects.requireNonNull(markedAt, "marked at must not be null");
      if (subject.isBlank() || subject.length() > 36) {
        throw new IllegalArgumentException("subject must have 1 to 36 characters");
      }
    }
  }
}
