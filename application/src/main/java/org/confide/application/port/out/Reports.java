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
   */
  AddOutcome add(Report report);

  /**
   * Overwrites the stored report with the same reference, provided it is still stored under the
   * {@link Report#version() version} {@code report} was read as; it is then stored under the next
   * version. Returns {@link UpdateOutcome#STALE}, changing nothing, when another writer stored it
   * since (a concurrent writer's transaction is waited for first). Throws {@link
   * IllegalStateException} when there is no such report.
   */
  UpdateOutcome update(Report report);

  /** The report with this reference, as last stored. */
  Optional<Report> find(ReportReference reference);

  /** Removes the report; nothing happens if there is none. */
  void remove(ReportReference reference);

  /** Reports not closed, not held for safeguarding, and assigned to nobody, oldest first. */
  List<Report> unassigned();

  /** Reports not closed, not held, and assigned to {@code adviser}, oldest first. */
  List<Report> openAssignedTo(StaffId adviser);

  /** Every report not closed and not held for safeguarding, oldest first. */
  List<Report> allOpen();

  /** The reports with these references that exist, oldest first. */
  List<Report> findAll(Collection<ReportReference> references);

  /**
   * Reports closed before {@code cutoff}, oldest first, at most {@code limit}; never a held report,
   * whose end follows its escalation instead ({@link Report#isHeld()}).
   */
  List<Report> closedBefore(Instant cutoff, int limit);

  /**
   * Puts the report under a safeguarding hold since {@code requestedAt} ({@link
   * Report#holdForSafeguarding}), whatever version it is at, and moves its version on, so that a
   * staff member's change read before the hold is told the case changed meanwhile. Does nothing to
   * a report already held.
   */
  void hold(ReportReference reference, Instant requestedAt);

  /** Every report under a safeguarding hold ({@link Report#isHeld()}), oldest first. */
  List<Report> held();

  /** How many reports are stored. */
  long count();

  /** The outcome of {@link #add}. */
  enum AddOutcome {
    ADDED,
    REFERENCE_TAKEN
  }

  /** The outcome of {@link #update}. */
  enum UpdateOutcome {
    UPDATED,
    /** Someone else stored the report after it was read: nothing was written. */
    STALE
  }
}
