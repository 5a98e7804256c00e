package org.confide.application.service;

import java.time.Instant;
import java.util.Objects;
import org.confide.application.port.out.DeadlineMarks;
import org.confide.application.port.out.Escalations;
import org.confide.application.port.out.InternalNotes;
import org.confide.application.port.out.MessageThreads;
import org.confide.application.port.out.Outcomes;
import org.confide.application.port.out.PatternKeys;
import org.confide.application.port.out.ReporterKeys;
import org.confide.application.port.out.Reports;
import org.confide.application.port.out.Sessions;
import org.confide.application.port.out.Teams;
import org.confide.domain.session.Session;
import org.confide.domain.shared.ReportReference;

/**
 * Removes a case and everything that belongs to it, for erasure and for retention alike. The trend
 * facts stay (they never linked back to the report) and so does the audit trail, which holds no
 * report content. The pattern keys go: they are digests of the names and places the report gave,
 * tied to it, and a reporter who asks for erasure, or a retention period that ends, means the
 * organisation no longer holds what the report said. An alert may then join fewer reports.
 */
public final class CaseRemoval {

  private final Sessions sessions;
  private final MessageThreads threads;
  private final InternalNotes notes;
  private final Escalations escalations;
  private final PatternKeys patternKeys;
  private final DeadlineMarks deadlineMarks;
  private final Reports reports;
  private final Teams teams;
  private final ReporterKeys reporterKeys;
  private final Outcomes outcomes;

  /**
   * Wired once by {@link org.confide.application.Confide#assemble} and shared by the services that
   * use it.
   *
   * @param sessions the reporter and staff sessions
   * @param threads the message threads
   * @param notes staff's internal notes
   * @param escalations the safeguarding escalations
   * @param patternKeys the keyed digests of the people and places reports name
   * @param deadlineMarks the missed deadlines already marked, so each is marked once
   * @param reports the reports
   * @param teams the teams, which know each case's team
   * @param reporterKeys the keyed digests of named reporters' email addresses
   * @param outcomes how each closed case ended
   */
  public CaseRemoval(
      Sessions sessions,
      MessageThreads threads,
      InternalNotes notes,
      Escalations escalations,
      PatternKeys patternKeys,
      DeadlineMarks deadlineMarks,
      Reports reports,
      Teams teams,
      ReporterKeys reporterKeys,
      Outcomes outcomes) {
    this.sessions = Objects.requireNonNull(sessions, "sessions");
    this.threads = Objects.requireNonNull(threads, "threads");
    this.notes = Objects.requireNonNull(notes, "notes");
    this.escalations = Objects.requireNonNull(escalations, "escalations");
    this.patternKeys = Objects.requireNonNull(patternKeys, "patternKeys");
    this.deadlineMarks = Objects.requireNonNull(deadlineMarks, "deadlineMarks");
    this.reports = Objects.requireNonNull(reports, "reports");
    this.teams = Objects.requireNonNull(teams, "teams");
    this.reporterKeys = Objects.requireNonNull(reporterKeys, "reporterKeys");
    this.outcomes = Objects.requireNonNull(outcomes, "outcomes");
  }

  /**
   * Holds the case {@code reference} for safeguarding, in the running transaction: its reporter's
   * access ends (sessions and access code), so its thread is closed to them; the pattern keys and
   * deadline marks go, so it joins no alert and no overdue count; the report, its escalations,
   * notes and thread stay, sealed as before, for the safeguarding leads.
   */
  void hold(ReportReference reference, Instant requestedAt) {
    sessions.removeAll(new Session.Subject.Reporter(reference));
    reports.removeCode(reference);
    patternKeys.removeAll(reference);
    deadlineMarks.removeAll(reference);
    reports.hold(reference, requestedAt);
  }

  /** Removes the case {@code reference} and all that belongs to it, in the running transaction. */
  void remove(ReportReference reference) {
    sessions.removeAll(new Session.Subject.Reporter(reference));
    threads.remove(reference);
    notes.removeAll(reference);
    escalations.removeAll(reference);
    patternKeys.removeAll(reference);
    deadlineMarks.removeAll(reference);
    teams.forget(reference);
    reporterKeys.remove(reference);
    outcomes.clear(reference);
    reports.remove(reference);
  }
}
