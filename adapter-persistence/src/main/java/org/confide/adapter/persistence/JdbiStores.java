package org.confide.adapter.persistence;

import java.util.Objects;
import org.confide.application.Ports;

/**
 * Every Jdbi adapter on one database, sharing its transactions and one cipher: what a wiring needs
 * to run Confide on H2 or PostgreSQL.
 */
public record JdbiStores(
    JdbiReports reports,
    JdbiMessageThreads threads,
    JdbiInternalNotes notes,
    JdbiEscalations escalations,
    JdbiStaffDirectory staff,
    JdbiAuditTrail auditTrail,
    JdbiSessions sessions,
    JdbiSettings settings,
    JdbiQuestionnaires questionnaires,
    JdbiSubmissionKeys submissionKeys,
    JdbiTrendFacts trendFacts,
    JdbiPatternKeys patternKeys,
    JdbiDeadlineMarks deadlineMarks,
    JdbiAuthenticators authenticators,
    JdbiCaseLists caseLists,
    JdbiServiceFigures serviceFigures,
    JdbiOrganisationPages organisationPages,
    JdbiTeams teams,
    JdbiNotifications notifications,
    JdbiPasswordResets passwordResets,
    JdbiReporterKeys reporterKeys,
    JdbiOutcomes outcomes,
    JdbiNotificationChoices notificationChoices,
    JdbiTransactions transactions) {

  /** These adapters as the ports Confide is assembled on. */
  public Ports ports() {
    return new Ports(
        reports,
        threads,
        notes,
        escalations,
        staff,
        auditTrail,
        sessions,
        settings,
        questionnaires,
        submissionKeys,
        trendFacts,
        patternKeys,
        deadlineMarks,
        authenticators,
        caseLists,
        serviceFigures,
        organisationPages,
        teams,
        notifications,
        passwordResets,
        reporterKeys,
        outcomes,
        notificationChoices,
        transactions);
  }

  /** The adapters on {@code database}, sealing report content with {@code cipher}. */
  public static JdbiStores on(Database database, FieldCipher cipher) {
    Objects.requireNonNull(cipher, "cipher must not be null");
    var transactions = database.transactions();
    return new JdbiStores(
        new JdbiReports(transactions, cipher),
        new JdbiMessageThreads(transactions, cipher),
        new JdbiInternalNotes(transactions, cipher),
        new JdbiEscalations(transactions, cipher),
        new JdbiStaffDirectory(transactions),
        new JdbiAuditTrail(transactions),
        new JdbiSessions(transactions),
        new JdbiSettings(transactions),
        new JdbiQuestionnaires(transactions),
        new JdbiSubmissionKeys(transactions),
        new JdbiTrendFacts(transactions),
        new JdbiPatternKeys(transactions),
        new JdbiDeadlineMarks(transactions),
        new JdbiAuthenticators(transactions, cipher),
        new JdbiCaseLists(transactions),
        new JdbiServiceFigures(transactions),
        new JdbiOrganisationPages(transactions),
        new JdbiTeams(transactions),
        new JdbiNotifications(transactions),
        new JdbiPasswordResets(transactions),
        new JdbiReporterKeys(transactions),
        new JdbiOutcomes(transactions),
        new JdbiNotificationChoices(transactions),
        transactions);
  }
}
