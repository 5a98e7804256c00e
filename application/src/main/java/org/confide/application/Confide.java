package org.confide.application;

import java.time.Clock;
import java.util.Objects;
import java.util.random.RandomGenerator;
import org.confide.application.crypto.Secrets;
import org.confide.application.port.in.AddNoteUseCase;
import org.confide.application.port.in.AssignCaseUseCase;
import org.confide.application.port.in.BeginTwoFactorUseCase;
import org.confide.application.port.in.ChangeAnalysisUseCase;
import org.confide.application.port.in.ChangeCalendarUseCase;
import org.confide.application.port.in.ChangeCaseStatusUseCase;
import org.confide.application.port.in.ConfirmTwoFactorUseCase;
import org.confide.application.port.in.CreateStaffUseCase;
import org.confide.application.port.in.DeactivateStaffUseCase;
import org.confide.application.port.in.DecideEscalationUseCase;
import org.confide.application.port.in.EndSessionUseCase;
import org.confide.application.port.in.EnsureFirstAdministratorUseCase;
import org.confide.application.port.in.EraseMyReportUseCase;
import org.confide.application.port.in.EscalateCaseUseCase;
import org.confide.application.port.in.IdentifyReporterUseCase;
import org.confide.application.port.in.IdentifyStaffUseCase;
import org.confide.application.port.in.ListAlertsUseCase;
import org.confide.application.port.in.ListCasesUseCase;
import org.confide.application.port.in.ListOpenEscalationsUseCase;
import org.confide.application.port.in.ListStaffUseCase;
import org.confide.application.port.in.LoadQuestionnaireUseCase;
import org.confide.application.port.in.LogInStaffUseCase;
import org.confide.application.port.in.MarkOverdueCasesUseCase;
import org.confide.application.port.in.OpenAlertUseCase;
import org.confide.application.port.in.OpenReporterSessionUseCase;
import org.confide.application.port.in.PurgeClosedCasesUseCase;
import org.confide.application.port.in.ReadAuditTrailUseCase;
import org.confide.application.port.in.ReadMyReportUseCase;
import org.confide.application.port.in.ReadMyThreadUseCase;
import org.confide.application.port.in.ReadQuestionnaireUseCase;
import org.confide.application.port.in.ReadServiceStatusUseCase;
import org.confide.application.port.in.ReadSettingsUseCase;
import org.confide.application.port.in.ReadTrendsUseCase;
import org.confide.application.port.in.ReadTwoFactorStatusUseCase;
import org.confide.application.port.in.RemindUnacknowledgedEscalationsUseCase;
import org.confide.application.port.in.ReplaceSettingsUseCase;
import org.confide.application.port.in.ReplyToReporterUseCase;
import org.confide.application.port.in.RequireTwoFactorUseCase;
import org.confide.application.port.in.ResetTwoFactorUseCase;
import org.confide.application.port.in.SendReporterMessageUseCase;
import org.confide.application.port.in.ShareContactDetailsUseCase;
import org.confide.application.port.in.SignInWithProviderUseCase;
import org.confide.application.port.in.SubmitReportUseCase;
import org.confide.application.port.in.TakeCaseUseCase;
import org.confide.application.port.in.ViewCaseUseCase;
import org.confide.application.port.out.PasswordHashing;
import org.confide.domain.session.SessionPolicy;

/**
 * The whole of Confide's behaviour as use cases, ready to be driven by a web adapter, a test or
 * another application. {@link #assemble} wires every use case on a set of {@link Ports}; {@link
 * InMemoryConfide} does so on the in-memory adapters in one call. A component may be any
 * implementation of its use case, so a test of a driving adapter can stand one in with a lambda.
 */
public record Confide(
    // What reporters and anyone else do
    SubmitReportUseCase submitReport,
    OpenReporterSessionUseCase openReporterSession,
    ReadMyReportUseCase readMyReport,
    ReadMyThreadUseCase readMyThread,
    SendReporterMessageUseCase sendReporterMessage,
    ShareContactDetailsUseCase shareContactDetails,
    EraseMyReportUseCase eraseMyReport,
    IdentifyReporterUseCase identifyReporter,
    EndSessionUseCase endSession,
    ReadServiceStatusUseCase readServiceStatus,
    ReadQuestionnaireUseCase readQuestionnaire,
    // Staff sign-in and two-factor set-up
    LogInStaffUseCase logInStaff,
    IdentifyStaffUseCase identifyStaff,
    ReadTwoFactorStatusUseCase readTwoFactorStatus,
    BeginTwoFactorUseCase beginTwoFactor,
    ConfirmTwoFactorUseCase confirmTwoFactor,
    SignInWithProviderUseCase signInWithProvider,
    // Work on cases
    ListCasesUseCase listCases,
    ViewCaseUseCase viewCase,
    AssignCaseUseCase assignCase,
    TakeCaseUseCase takeCase,
    ChangeCaseStatusUseCase changeCaseStatus,
    ReplyToReporterUseCase replyToReporter,
    AddNoteUseCase addNote,
    EscalateCaseUseCase escalateCase,
    // Safeguarding and analysis
    ListOpenEscalationsUseCase listOpenEscalations,
    DecideEscalationUseCase decideEscalation,
    ListAlertsUseCase listAlerts,
    OpenAlertUseCase openAlert,
    ReadTrendsUseCase readTrends,
    // Administration
    CreateStaffUseCase createStaff,
    DeactivateStaffUseCase deactivateStaff,
    ResetTwoFactorUseCase resetTwoFactor,
    ListStaffUseCase listStaff,
    RequireTwoFactorUseCase requireTwoFactor,
    ReadSettingsUseCase readSettings,
    ReplaceSettingsUseCase replaceSettings,
    ChangeAnalysisUseCase changeAnalysis,
    ChangeCalendarUseCase changeCalendar,
    LoadQuestionnaireUseCase loadQuestionnaire,
    ReadAuditTrailUseCase readAuditTrail,
    // Run by the deployment and the scheduler
    EnsureFirstAdministratorUseCase ensureFirstAdministrator,
    PurgeClosedCasesUseCase purgeClosedCases,
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
    Objects.requireNonNull(identifyReporter, "identifyReporter");
    Objects.requireNonNull(endSession, "endSession");
    Objects.requireNonNull(readServiceStatus, "readServiceStatus");
    Objects.requireNonNull(readQuestionnaire, "readQuestionnaire");
    Objects.requireNonNull(logInStaff, "logInStaff");
    Objects.requireNonNull(identifyStaff, "identifyStaff");
    Objects.requireNonNull(readTwoFactorStatus, "readTwoFactorStatus");
    Objects.requireNonNull(beginTwoFactor, "beginTwoFactor");
    Objects.requireNonNull(confirmTwoFactor, "confirmTwoFactor");
    Objects.requireNonNull(signInWithProvider, "signInWithProvider");
    Objects.requireNonNull(listCases, "listCases");
    Objects.requireNonNull(viewCase, "viewCase");
    Objects.requireNonNull(assignCase, "assignCase");
    Objects.requireNonNull(takeCase, "takeCase");
    Objects.requireNonNull(changeCaseStatus, "changeCaseStatus");
    Objects.requireNonNull(replyToReporter, "replyToReporter");
    Objects.requireNonNull(addNote, "addNote");
    Objects.requireNonNull(escalateCase, "escalateCase");
    Objects.requireNonNull(listOpenEscalations, "listOpenEscalations");
    Objects.requireNonNull(decideEscalation, "decideEscalation");
    Objects.requireNonNull(listAlerts, "listAlerts");
    Objects.requireNonNull(openAlert, "openAlert");
    Objects.requireNonNull(readTrends, "readTrends");
    Objects.requireNonNull(createStaff, "createStaff");
    Objects.requireNonNull(deactivateStaff, "deactivateStaff");
    Objects.requireNonNull(resetTwoFactor, "resetTwoFactor");
    Objects.requireNonNull(listStaff, "listStaff");
    Objects.requireNonNull(requireTwoFactor, "requireTwoFactor");
    Objects.requireNonNull(readSettings, "readSettings");
    Objects.requireNonNull(replaceSettings, "replaceSettings");
    Objects.requireNonNull(changeAnalysis, "changeAnalysis");
    Objects.requireNonNull(changeCalendar, "changeCalendar");
    Objects.requireNonNull(loadQuestionnaire, "loadQuestionnaire");
    Objects.requireNonNull(readAuditTrail, "readAuditTrail");
    Objects.requireNonNull(ensureFirstAdministrator, "ensureFirstAdministrator");
    Objects.requireNonNull(purgeClosedCases, "purgeClosedCases");
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
