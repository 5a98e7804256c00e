package org.confide.application.service;

import java.time.Clock;
import java.util.Objects;
import java.util.random.RandomGenerator;
import org.confide.application.crypto.Secrets;
import org.confide.application.port.out.AccessCodes;
import org.confide.application.port.out.AuditTrail;
import org.confide.application.port.out.Authenticators;
import org.confide.application.port.out.CaseLists;
import org.confide.application.port.out.DeadlineMarks;
import org.confide.application.port.out.Escalations;
import org.confide.application.port.out.InternalNotes;
import org.confide.application.port.out.MessageThreads;
import org.confide.application.port.out.PasswordHashing;
import org.confide.application.port.out.PatternKeys;
import org.confide.application.port.out.Questionnaires;
import org.confide.application.port.out.Reports;
import org.confide.application.port.out.Sessions;
import org.confide.application.port.out.Settings;
import org.confide.application.port.out.StaffDirectory;
import org.confide.application.port.out.SubmissionKeys;
import org.confide.application.port.out.Transactions;
import org.confide.application.port.out.TrendFacts;

/**
 * Everything the services are built from: the outbound ports, the clock, the random source and the
 * server's secrets. Built once by whoever wires the application.
 */
public record Context(
    Reports reports,
    AccessCodes accessCodes,
    MessageThreads threads,
    InternalNotes notes,
    Escalations escalations,
    StaffDirectory staff,
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
    Transactions transactions,
    PasswordHashing passwords,
    Clock clock,
    RandomGenerator random,
    Secrets secrets,
    SessionPolicy sessionPolicy) {

  public Context {
    Objects.requireNonNull(reports, "reports");
    Objects.requireNonNull(accessCodes, "accessCodes");
    Objects.requireNonNull(threads, "threads");
    Objects.requireNonNull(notes, "notes");
    Objects.requireNonNull(escalations, "escalations");
    Objects.requireNonNull(staff, "staff");
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
    Objects.requireNonNull(transactions, "transactions");
    Objects.requireNonNull(passwords, "passwords");
    Objects.requireNonNull(clock, "clock");
    Objects.requireNonNull(random, "random");
    Objects.requireNonNull(secrets, "secrets");
    Objects.requireNonNull(sessionPolicy, "sessionPolicy");
  }

  @Override
  public String toString() {
    return "Context[hidden]";
  }
}
