package org.confide.application;

import java.time.Clock;
import java.util.Objects;
import java.util.random.RandomGenerator;
import org.confide.application.crypto.Secrets;
import org.confide.application.port.in.AdministerUseCase;
import org.confide.application.port.in.ChangeCalendarUseCase;
import org.confide.application.port.in.DecideEscalationUseCase;
import org.confide.application.port.in.EndSessionUseCase;
import org.confide.application.port.in.EnsureFirstAdministratorUseCase;
import org.confide.application.port.in.EraseMyReportUseCase;
import org.confide.application.port.in.IdentifyReporterUseCase;
import org.confide.application.port.in.IdentifyStaffUseCase;
import org.confide.application.port.in.ListAlertsUseCase;
import org.confide.application.port.in.ListCasesUseCase;
import org.confide.application.port.in.LogInStaffUseCase;
import org.confide.application.port.in.MarkOverdueCasesUseCase;
import org.confide.application.port.in.OpenAlertUseCase;
import org.confide.application.port.in.OpenReporterSessionUseCase;
import org.confide.application.port.in.PurgeClosedCasesUseCase;
import org.confide.application.port.in.ReadMyReportUseCase;
import org.confide.application.port.in.ReadMyThreadUseCase;
import org.confide.application.port.in.ReadQuestionnaireUseCase;
import org.confide.application.port.in.ReadServiceStatusUseCase;
import org.confide.application.port.in.ReadTrendsUseCase;
import org.confide.application.port.in.RemindUnacknowledgedEscalationsUseCase;
import org.confide.application.port.in.SendReporterMessageUseCase;
import org.confide.application.port.in.SetUpTwoFactorUseCase;
import org.confide.application.port.in.ShareContactDetailsUseCase;
import org.confide.application.port.in.SubmitReportUseCase;
import org.confide.application.port.in.ViewCaseUseCase;
import org.confide.application.port.in.WorkCaseUseCase;
import org.confide.application.port.out.PasswordHashing;
import org.confide.domain.session.SessionPolicy;

/**
 * The whole of Confide's behaviour as use cases, ready to be driven by a web adapter, a test or
 * another application. {@link #assemble} wires every use case on a set of {@link Ports}; {@link
 * InMemoryConfide} does so on the in-memory adapters in one call. A component may be any
 * implementation of its use case, so a test of a driving adapter can stand one in with a lambda.
 */
public record Confide(
    SubmitReportUseCase submitReport,
    OpenReporterSessionUseCase openReporterSession,
    ReadMyReportUseCase readMyReport,
    ReadMyThreadUseCase readMyThread,
    SendReporterMessageUseCase sendReporterMessage,
    ShareContactDetailsUseCase shareContactDetails,
    EraseMyReportUseCase eraseMyReport,
    EndSessionUseCase endSession,
    ReadServiceStatusUseCase readServiceStatus,
    ReadQuestionnaireUseCase readQuestionnaire,
    LogInStaffUseCase logInStaff,
    IdentifyStaffUseCase identifyStaff,
    IdentifyReporterUseCase identifyReporter,
    SetUpTwoFactorUseCase setUpTwoFactor,
    ListCasesUseCase listCases,
    ViewCaseUseCase viewCase,
    WorkCaseUseCase workCase,
    DecideEscalationUseCase decideEscalation,
    AdministerUseCase administer,
    ChangeCalendarUseCase changeCalendar,
    EnsureFirstAdministratorUseCase ensureFirstAdministrator,
    PurgeClosedCasesUseCase purgeClosedCases,
    ReadTrendsUseCase readTrends,
    ListAlertsUseCase listAlerts,
    OpenAlertUseCase openAlert,
    MarkOverdueCasesUseCase markOverdueCases,
    RemindUnacknowledgedEscalationsUseCase remindUnacknowledgedEscalations) {

  public Confide {
    Objects.requireNonNull(submitReport, "submitReport");
    Objects.requireNonNull(openReporterSession, "openReporterSession");
    Objects.requireNonNull(readMyReport, "readMyReport");
    Objects.requireNonNull(readMyThread, "readMyThread");
    Objects.requireNonNull(sendReporterMessage, "sendReporterMessage");
    Objects.requireNonNull(shareContactDetails, "shareContactDetails");
    Objects.requireNonNull(eraseMyReport, "eraseMyReport");
    Objects.requireNonNull(endSession, "endSession");
    Objects.requireNonNull(readServiceStatus, "readServiceStatus");
    Objects.requireNonNull(readQuestionnaire, "readQuestionnaire");
    Objects.requireNonNull(logInStaff, "logInStaff");
    Objects.requireNonNull(identifyStaff, "identifyStaff");
    Objects.requireNonNull(identifyReporter, "identifyReporter");
    Objects.requireNonNull(setUpTwoFactor, "setUpTwoFactor");
    Objects.requireNonNull(listCases, "listCases");
    Objects.requireNonNull(viewCase, "viewCase");
    Objects.requireNonNull(workCase, "workCase");
    Objects.requireNonNull(decideEscalation, "decideEscalation");
    Objects.requireNonNull(administer, "administer");
    Objects.requireNonNull(changeCalendar, "changeCalendar");
    Objects.requireNonNull(ensureFirstAdministrator, "ensureFirstAdministrator");
    Objects.requireNonNull(purgeClosedCases, "purgeClosedCases");
    Objects.requireNonNull(readTrends, "readTrends");
    Objects.requireNonNull(listAlerts, "listAlerts");
    Objects.requireNonNull(openAlert, "openAlert");
    Objects.requireNonNull(markOverdueCases, "markOverdueCases");
    Objects.requireNonNull(remindUnacknowledgedEscalations, "remindUnacknowledgedEscalations");
  }

  /**
   * Every use case wired on {@code ports}: each service gets only the ports and collaborators it
   * uses.
   *
   * @param ports where Confide keeps what it knows
   * @param passwords how staff passwords are hashed
   * @param secrets the server's keyed digests (access codes, sessions, pattern keys)
   * @param clock the time every use case reads
   * @param random the source of codes, references and ids
   * @param sessionPolicy how long sessions live
   */
  public static Confide assemble(
      Ports ports,
      PasswordHashing passwords,
      Secrets secrets,
      Clock clock,
      RandomGenerator random,
      SessionPolicy sessionPolicy) {
    return new Assembly(ports, passwords, secrets, clock, random, sessionPolicy).confide();
  }
}
