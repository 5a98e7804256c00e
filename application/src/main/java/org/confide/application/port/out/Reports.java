package org.confide.application.port.out;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.confide.domain.report.Report;
import org.confide.domain.shared.ReportReference;
import org.confide.domain.staff.StaffId;

/** Every report received, by reference. */
public interface Reports {

  /**
   * Stores a new report, under its {@link Report#version() version}. Returns {@link
   * AddOutcome#REFERENCE_TAKEN}, storing nothing, when a report with the same reference exists
   * (references are random, so the caller draws another).
   *
   * @param report a new report, as {@code Report.submit} made it
   * @return whether it was stored
   */
  AddOutcome add(Report report);

  /**
   * Overwrites the stored report with the same reference, provided it is still stored under the
   * {@link Report#version() version} {@code report} was read as; it is then stored under the next
   * version. Returns {@link UpdateOutcome#STALE}, changing nothing, when another writer stored it
   * since (a concurrent writer's transaction is waited for first). Throws {@link
   * IllegalStateException} when there is no such report.
   *
   * @param report the report after a transition, carrying the version it was read as
   * @return whether it was stored
   */
  UpdateOutcome update(Report report);

  /**
   * The report with this reference, as last stored.
   *
   * @param reference the report's reference
   * @return the report, with the version it is stored under; empty if there is none
   */
  Optional<Report> find(ReportReference reference);

  /**
   * Removes the report; nothing happens if there is none. Its thread, code, notes and the like are
   * the other ports' to remove.
   *
   * @param reference the report's reference
   */
  void remove(ReportReference reference);

  /**
   * {@return the reports not closed, not held for safeguarding, and assigned to nobody, oldest
   * first}
   */
  List<Report> unassigned();

  /**
   * Reports not closed, not held for safeguarding, and assigned to one adviser.
   *
   * @param adviser the adviser
   * @return their reports, oldest first
   */
  List<Report> openAssignedTo(StaffId adviser);

  /** {@return every report not closed and not held for safeguarding, oldest first} */
  List<Report> allOpen();

  /**
   * The reports with these references that exist.
   *
   * @param references the references; unknown ones are left out
   * @return the reports, oldest first
   */
  List<Report> findAll(Collection<ReportReference> references);

  /**
   * Reports closed before a cutoff, for retention; never a report held for safeguarding, whose end
   * follows its escalation instead ({@link Report#isHeld()}).
   *
   * @param cutoff the instant; a report closed at it exactly is not included
   * @param limit how many at most, not negative
   * @return the reports, closed longest ago first
   */
  List<Report> closedBefore(Instant cutoff, int limit);

  /**
   * Puts the report under a safeguarding hold ({@link Report#holdForSafeguarding}), whatever
   * version it is at, and moves its version on, so that a staff member's change read before the
   * hold is told the case changed meanwhile. Does nothing to a report already held.
   *
   * @param reference the report's reference
   * @param requestedAt when its reporter asked for it to be erased
   */
  void hold(ReportReference reference, Instant requestedAt);

  /** {@return every report under a safeguarding hold ({@link Report#isHeld()}), oldest first} */
  List<Report> held();

  /** {@return how many reports are stored, closed and held ones included} */
  long count();

  /** The outcome of {@link #add}. */
  enum AddOutcome {
    /** The report is stored. */
    ADDED,
    /** A report with the same reference exists: nothing was stored. */
    REFERENCE_TAKEN
  }

  /** The outcome of {@link #update}. */
  enum UpdateOutcome {
    /** The report is stored under the next version. */
    UPDATED,
    /** Someone else stored the report after it was read: nothing was written. */
    STALE
  }
}
