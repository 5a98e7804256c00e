package org.confide.application;

import java.util.Objects;
import org.confide.application.port.out.AuditTrail;
import org.confide.application.port.out.Authenticators;
import org.confide.application.port.out.CaseLists;
import org.confide.application.port.out.DeadlineMarks;
import org.confide.application.port.out.Escalations;
import org.confide.application.port.out.InternalNotes;
import org.confide.application.port.out.MessageThreads;
import org.confide.application.port.out.NotificationChoices;
import org.confide.application.port.out.Notifications;
import org.confide.application.port.out.OrganisationPages;
import org.confide.application.port.out.Outcomes;
import org.confide.application.port.out.PasswordResets;
import org.confide.application.port.out.PatternKeys;
import org.confide.application.port.out.Questionnaires;
import org.confide.application.port.out.ReporterKeys;
import org.confide.application.port.out.Reports;
import org.confide.application.port.out.ServiceFigures;
import org.confide.application.port.out.Sessions;
import org.confide.application.port.out.Settings;
import org.confide.application.port.out.StaffDirectory;
import org.confide.application.port.out.SubmissionKeys;
import org.confide.application.port.out.Teams;
import org.confide.application.port.out.Transactions;
import org.confide.application.port.out.TrendFacts;

/**
 * The outbound ports Confide runs on: every store, and the transactions that join them. One set is
 * built by whoever wires Confide (the in-memory adapters, or the Jdbi adapters on one database) and
 * handed to {@link Confide#assemble}, which gives each service only the ports it uses. Every store
 * must take part in {@link #transactions()}.
 *
 * @param reports the reports, each stored whole with its version and its access code's digest
 * @param threads the message threads between reporters and staff
 * @param notes staff's internal notes on cases
 * @param escalations safeguarding escalations and their steps
 * @param staffDirectory staff accounts
 * @param auditTrail the append-only audit trail
 * @param sessions reporter and staff sessions, by the digest of their token
 * @param settings the service settings in force (calendar, targets, analysis, two-factor)
 * @param questionnaires every questionnaire version, the shipped default first
 * @param submissionKeys claims of idempotency keys, for retried submissions
 * @param trendFacts the anonymous facts trends are counted from, which outlive reports
 * @param patternKeys keyed digests of the people and places reports name, for pattern alerts
 * @param deadlineMarks missed deadlines already noticed, so each is marked once
 * @param authenticators staff members' two-factor authenticators and recovery codes
 * @param caseLists the case lists, read over the reports, threads and escalations above
 * @param serviceFigures the service dashboard's times and counts, read over the stores above
 * @param organisationPages the organisation's edited pages and passages
 * @param teams the teams, their members, the routing of new reports and each case's team
 * @param notifications the outbox of emails to staff, written with the events that cause them
 * @param passwordResets the one-time set-password links administrators issue, by their digest
 * @param reporterKeys keyed digests of named reporters' email addresses, for subject access
 * @param outcomes the lists of outcomes and tags, and how each closed case ended
 * @param notificationChoices each staff member's notification preferences, read when emails are
 *     sent
 * @param transactions the transactions every store above takes part in
 */
public record Ports(
    Reports reports,
    MessageThreads threads,
    InternalNotes notes,
    Escalations escalations,
    StaffDirectory staffDirectory,
    AuditTrail auditTrail,
    Sessions sessions,
    Settings settings,
    Questionnaires questionnaires,
    SubmissionKeys submissionKeys,
    TrendFacts trendFacts,
    PatternKeys patternKeys,
    DeadlineMarks deadlineMarks,
    Authenticators authenticators,
    CaseLists caseLists,
    ServiceFigures serviceFigures,
    OrganisationPages organisationPages,
    Teams teams,
    Notifications notifications,
    PasswordResets passwordResets,
    ReporterKeys reporterKeys,
    Outcomes outcomes,
    NotificationChoices notificationChoices,
    Transactions transactions) {

  /**
   * Refuses a missing component.
   *
   * @throws NullPointerException if a component is null
   */
  public Ports {
    Objects.requireNonNull(reports, "reports");
    Objects.requireNonNull(threads, "threads");
    Objects.requireNonNull(notes, "notes");
    Objects.requireNonNull(escalations, "escalations");
    Objects.requireNonNull(staffDirectory, "staffDirectory");
    Objects.requireNonNull(auditTrail, "auditTrail");
    Objects.requireNonNull(sessions, "sessions");
    Objects.requireNonNull(settings, "settings");
    Objects.requireNonNull(questionnaires, "questionnaires");
    Objects.requireNonNull(submissionKeys, "submissionKeys");
    Objects.requireNonNull(trendFacts, "trendFacts");
    Objects.requireNonNull(patternKeys, "patternKeys");
    Objects.requireNonNull(deadlineMarks, "deadlineMarks");
    Objects.requireNonNull(authenticators, "authenticators");
    Objects.requireNonNull(caseLists, "caseLists");
    Objects.requireNonNull(serviceFigures, "serviceFigures");
    Objects.requireNonNull(organisationPages, "organisationPages");
    Objects.requireNonNull(teams, "teams");
    Objects.requireNonNull(notifications, "notifications");
    Objects.requireNonNull(passwordResets, "passwordResets");
    Objects.requireNonNull(reporterKeys, "reporterKeys");
    Objects.requireNonNull(outcomes, "outcomes");
    Objects.requireNonNull(notificationChoices, "notificationChoices");
    Objects.requireNonNull(transactions, "transactions");
  }
}
