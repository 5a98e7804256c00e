package org.confide.application.port.out;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.confide.domain.report.Report;
import org.confide.domain.shared.ReportReference;
import org.confide.domain.staff.StaffId;

/**
 * Every report received, by reference, and the digest of each one's access code: the only way back
 * for an anonymous reporter. Each report has at most one code; each digest opens at most one
 * report. The digest is kept with the report, so that a submission stores both in one write.
 */
public interface Reports {

  /**
   * Stores a new report, under its {@link Report#version() version}, with the digest of its access
   * code if it has one. Stores nothing, and says why, when a report with the same reference exists
   * ({@link AddOutcome#REFERENCE_TAKEN}: references are random, so the caller draws another) or
   * when the digest opens another report already ({@link AddOutcome#CODE_TAKEN}: the caller draws
   * another code). Either refusal leaves the running transaction usable.
   *
   * @param report a new report, as {@code Report.submit} made it
   * @param code the keyed digest of its access code; empty for a report without one
   * @return whether it was stored
   */
  AddOutcome add(Report report, Optional<AccessCodeDigest> code);

  /**
   * Stores a new report without an access code: {@link #add(Report, Optional)} with none.
   *
   * @param report a new report, as {@code Report.submit} made it
   * @return whether it was stored
   */
  default AddOutcome add(Report report) {
    return add(report, Optional.empty());
  }

  /**
   * Gives a stored report a new access code, replacing the one it had, so that the old digest opens
   * nothing (a retried submission leaves exactly one working code). Returns {@link
   * CodeChange#CODE_TAKEN}, changing nothing, when the digest opens another report already. Throws
   * {@link IllegalStateException} when there is no such report.
   *
   * @param reference the report
   * @param code the keyed digest of its new code
   * @return whether the code is the report's now
   */
  CodeChange replaceCode(ReportReference reference, AccessCodeDigest code);

  /**
   * The report a code opens.
   *
   * @param code the keyed digest of the code as typed, normalised
   * @return the report's reference; empty when no report has that code
   */
  Optional<ReportReference> findByCode(AccessCodeDigest code);

  /**
   * The digest of a report's access code.
   *
   * @param reference the report
   * @return the digest, if the report is stored and has a code (an anonymous report with messaging
   *     whose code was not taken away)
   */
  Optional<AccessCodeDigest> codeOf(ReportReference reference);

  /**
   * Takes a report's access code away, so that it opens nothing and its digest is free again;
   * nothing happens if the report has none or is not stored. The report itself stays.
   *
   * @param reference the report
   */
  void removeCode(ReportReference reference);

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
   * Removes the report and its access code; nothing happens if there is none. Its thread, notes and
   * the like are the other ports' to remove.
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
    REFERENCE_TAKEN,
    /** The access code's digest opens another report: nothing was stored. */
    CODE_TAKEN
  }

  /** The outcome of {@link #replaceCode}. */
  enum CodeChange {
    /** The code is the report's now. */
    REPLACED,
    /** The digest opens another report: nothing changed. */
    CODE_TAKEN
  }

  /** The outcome of {@link #update}. */
  enum UpdateOutcome {
    /** The report is stored under the next version. */
    UPDATED,
    /** Someone else stored the report after it was read: nothing was written. */
    STALE
  }
}
