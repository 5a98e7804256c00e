package org.confide.domain.report;

/** Where a report stands in the case team's work. */
public enum ReportStatus {
  /** Received; nobody has picked it up yet. */
  NEW,
  /** An adviser is working on it. */
  OPEN,
  /** The case team has finished with it; it can be reopened. */
  CLOSED
}
