package org.confide.application.memory;

/** A fresh set of every in-memory adapter, all sharing one {@link InMemoryTransactions}. */
final class InMemoryPorts {

  final InMemoryTransactions transactions = new InMemoryTransactions();
  final InMemoryReports reports = new InMemoryReports(transactions);
  final InMemoryMessageThreads threads = new InMemoryMessageThreads(transactions);
  final InMemoryInternalNotes notes = new InMemoryInternalNotes(transactions);
  final InMemoryEscalations escalations = new InMemoryEscalations(transactions);
  final InMemoryStaffDirectory staff = new InMemoryStaffDirectory(transactions);
  final InMemoryAuditTrail trail = new InMemoryAuditTrail(transactions);
  final InMemorySessions sessions = new InMemorySessions(transactions);
  final InMemorySettings settings = new InMemorySettings(transactions);
  final InMemoryQuestionnaires questionnaires = new InMemoryQuestionnaires(transactions);
  final InMemorySubmissionKeys keys = new InMemorySubmissionKeys(transactions);
  final InMemoryTrendFacts trendFacts = new InMemoryTrendFacts(transactions);
  final InMemoryPatternKeys patternKeys = new InMemoryPatternKeys(transactions);
  final InMemoryOrganisationPages organisationPages = new InMemoryOrganisationPages(transactions);
  final InMemoryTeams teams = new InMemoryTeams(transactions);
  final InMemoryOutcomes outcomes = new InMemoryOutcomes(transactions);
  final InMemoryCaseLists caseLists =
      new InMemoryCaseLists(reports, threads, escalations, teams, outcomes);
  final InMemoryServiceFigures serviceFigures =
      new InMemoryServiceFigures(reports, threads, escalations, teams);
}
