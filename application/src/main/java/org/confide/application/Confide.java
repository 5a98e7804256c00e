package org.confide.application;

import java.time.Clock;
import java.util.Objects;
import java.util.random.RandomGenerator;
import org.confide.application.crypto.Secrets;
import org.confide.application.port.in.AddNoteUseCase;
import org.confide.application.port.in.AddQuestionnaireUseCase;
import org.confide.application.port.in.AssignCaseUseCase;
import org.confide.application.port.in.BeginTwoFactorUseCase;
import org.confide.application.port.in.BrowseAuditTrailUseCase;
import org.confide.application.port.in.ChangeAnalysisUseCase;
import org.confide.application.port.in.ChangeCalendarUseCase;
import org.confide.application.port.in.ChangeCaseStatusUseCase;
import org.confide.application.port.in.ChangeClosingChoicesUseCase;
import org.confide.application.port.in.ChangeEmergencyContactsUseCase;
import org.confide.application.port.in.ChangeNotificationPreferencesUseCase;
import org.confide.application.port.in.ChangeOrganisationPageUseCase;
import org.confide.application.port.in.ChangeOwnPasswordUseCase;
import org.confide.application.port.in.ChangeServiceUseCase;
import org.confide.application.port.in.ChangeStaffUseCase;
import org.confide.application.port.in.ConfirmQuestionnaireSignalsUseCase;
import org.confide.application.port.in.ConfirmTwoFactorUseCase;
import org.confide.application.port.in.CountCasesUseCase;
import org.confide.application.port.in.CreateStaffUseCase;
import org.confide.application.port.in.DeactivateStaffUseCase;
import org.confide.application.port.in.DecideEscalationUseCase;
import org.confide.application.port.in.DeclareConflictUseCase;
import org.confide.application.port.in.EditQuestionnaireDraftUseCase;
import org.confide.application.port.in.EndSessionUseCase;
import org.confide.application.port.in.EnsureFirstAdministratorUseCase;
import org.confide.application.port.in.EnterReportUseCase;
import org.confide.application.port.in.EraseMyReportUseCase;
import org.confide.application.port.in.EscalateCaseUseCase;
import org.confide.application.port.in.ExcludeAdviserUseCase;
import org.confide.application.port.in.ExportCaseUseCase;
import org.confide.application.port.in.ExportReporterDataUseCase;
import org.confide.application.port.in.IdentifyReporterUseCase;
import org.confide.application.port.in.IdentifyStaffUseCase;
import org.confide.application.port.in.LiftExclusionUseCase;
import org.confide.application.port.in.ListAlertsUseCase;
import org.confide.application.port.in.ListCasesUseCase;
import org.confide.application.port.in.ListOpenEscalationsUseCase;
import org.confide.application.port.in.ListOrganisationPagesUseCase;
import org.confide.application.port.in.ListQuestionnairesUseCase;
import org.confide.application.port.in.ListStaffUseCase;
import org.confide.application.port.in.ListTeamNamesUseCase;
import org.confide.application.port.in.LoadQuestionnaireUseCase;
import org.confide.application.port.in.LogInStaffUseCase;
import org.confide.application.port.in.ManageTeamsUseCase;
import org.confide.application.port.in.MarkOverdueCasesUseCase;
import org.confide.application.port.in.MoveCaseUseCase;
import org.confide.application.port.in.OpenAlertUseCase;
import org.confide.application.port.in.OpenReporterSessionUseCase;
import org.confide.application.port.in.OwnSessionsUseCase;
import org.confide.application.port.in.PurgeClosedCasesUseCase;
import org.confide.application.port.in.ReadAuditTrailUseCase;
import org.confide.application.port.in.ReadClosingChoicesUseCase;
import org.confide.application.port.in.ReadDashboardUseCase;
import org.confide.application.port.in.ReadExclusionsUseCase;
import org.confide.application.port.in.ReadMyReportUseCase;
import org.confide.application.port.in.ReadMyThreadUseCase;
import org.confide.application.port.in.ReadNotesUseCase;
import org.confide.application.port.in.ReadNotificationCountsUseCase;
import org.confide.application.port.in.ReadNotificationPreferencesUseCase;
import org.confide.application.port.in.ReadOrganisationContentUseCase;
import org.confide.application.port.in.ReadOrganisationPageUseCase;
import org.confide.application.port.in.ReadQuestionnaireUseCase;
import org.confide.application.port.in.ReadServiceStatusUseCase;
import org.confide.application.port.in.ReadSetUpUseCase;
import org.confide.application.port.in.ReadSettingsUseCase;
import org.confide.application.port.in.ReadTrendsUseCase;
import org.confide.application.port.in.ReadTwoFactorStatusUseCase;
import org.confide.application.port.in.RemindUnacknowledgedEscalationsUseCase;
import org.confide.application.port.in.ReplaceRecoveryCodesUseCase;
import org.confide.application.port.in.ReplaceSettingsUseCase;
import org.confide.application.port.in.ReplyToReporterUseCase;
import org.confide.application.port.in.RequireTwoFactorUseCase;
import org.confide.application.port.in.ResetStaffPasswordUseCase;
import org.confide.application.port.in.ResetTwoFactorUseCase;
import org.confide.application.port.in.RouteReportsUseCase;
import org.confide.application.port.in.SendReporterMessageUseCase;
import org.confide.application.port.in.SetPasswordByLinkUseCase;
import org.confide.application.port.in.ShareContactDetailsUseCase;
import org.confide.application.port.in.SignInWithProviderUseCase;
import org.confide.application.port.in.SubmitReportUseCase;
import org.confide.application.port.in.TakeCaseUseCase;
import org.confide.application.port.in.UseQuestionnaireUseCase;
import org.confide.application.port.in.VerifyAuditTrailUseCase;
import org.confide.application.port.in.ViewCaseUseCase;
import org.confide.application.port.out.PasswordHashing;
import org.confide.domain.session.SessionPolicy;

/**
 * The whole of Confide's behaviour as use cases, ready to be driven by a web adapter, a test or
 * another application. {@link #assemble} wires every use case on a set of {@link Ports}; {@link
 * InMemoryConfide} does so on the in-memory adapters in one call. A component may be any
 * implementation of its use case, so a test of a driving adapter can stand one in with a lambda.
 *
 * @param submitReport a reporter tells us what happened
 * @param openReporterSession an anonymous reporter comes back with their access code
 * @param readMyReport a reporter reads the copy of their report that they were promised
 * @param readMyThread a reporter reads their thread with the case team
 * @param sendReporterMessage a reporter writes to the case team
 * @param shareContactDetails a reporter tells us who they are, or updates their details
 * @param eraseMyReport a reporter exercises their right to erasure, with their access code
 * @param identifyReporter whether a session is a reporter's, before a route reads what they sent
 * @param endSession a reporter or a staff member logs out
 * @param readServiceStatus anyone asks whether reports are read now and how soon one is answered
 * @param readQuestionnaire anyone reads the questionnaire reporters answer
 * @param readOrganisationPage anyone reads one of the organisation's pages or passages
 * @param listOrganisationPages anyone lists the organisation's pages reporters are shown
 * @param signInWithProvider a staff member signs in through the organisation's identity provider
 *     (single sign-on), mapped to an existing, active account by a verified email address
 * @param logInStaff a staff member logs in with email and password, and with a code from their
 *     authenticator app (or a recovery code) once they have set up two-factor sign-in
 * @param identifyStaff who holds a staff session: for a page to show only what its holder may use
 * @param readTwoFactorStatus a staff member looks at where they stand with two-factor sign-in
 * @param beginTwoFactor a staff member begins to set up two-factor sign-in: they are shown a secret
 *     for their authenticator app, to prove with {@link ConfirmTwoFactorUseCase}
 * @param confirmTwoFactor a staff member proves their authenticator app holds the secret they were
 *     shown, and receives recovery codes, shown once
 * @param changeOwnPassword a staff member changes their password, proving the current one
 * @param replaceRecoveryCodes a staff member replaces their recovery codes with a fresh app code
 * @param setPasswordByLink a staff member sets a new password with an administrator's one-time link
 * @param ownSessions a staff member sees their own sessions and ends any of them
 * @param listCases an adviser looks at their work, a page at a time
 * @param viewCase an adviser opens a case
 * @param assignCase an adviser or a safeguarding lead gives a case to an adviser
 * @param takeCase an adviser takes a case for themselves
 * @param changeCaseStatus an adviser opens, closes or reopens a case
 * @param replyToReporter an adviser replies to the reporter in the case's thread
 * @param addNote an adviser adds an internal note to a case, which the reporter can never see
 * @param readNotes an adviser reads the internal notes of a case, oldest first
 * @param escalateCase an adviser raises an escalation on a case by hand, for the safeguarding leads
 * @param moveCase an adviser or a safeguarding lead moves a case to another team, with a reason
 * @param excludeAdviser a safeguarding lead excludes an adviser from a case (conflict of interest)
 * @param declareConflict an adviser declares a conflict of interest on a case, excluding themselves
 * @param readExclusions a safeguarding lead reads who is excluded from a case
 * @param exportCase a staff member exports a case file for a formal process (audited)
 * @param exportReporterData a safeguarding lead or administrator exports everything held about a
 *     named reporter, for their subject access request (audited)
 * @param liftExclusion a safeguarding lead lifts an adviser's exclusion from a case
 * @param listOpenEscalations a safeguarding lead looks at the escalations waiting for a decision
 * @param decideEscalation a safeguarding lead decides escalations
 * @param listAlerts pattern alerts: several reports naming one person or place within the window
 * @param openAlert a safeguarding lead opens the reports behind a pattern alert, to decide on it
 * @param readTrends analysts, safeguarding leads and administrators read counts of reports — purged
 *     and erased ones included — by one dimension or two crossed, over a range of months, with
 *     small counts suppressed
 * @param readDashboard safeguarding leads and administrators read the service dashboard: response
 *     times by month, open and overdue cases per team and adviser, escalations
 * @param createStaff an administrator creates a staff account
 * @param deactivateStaff an administrator deactivates a staff account
 * @param resetTwoFactor an administrator resets a member's two-factor sign-in (a lost phone)
 * @param resetStaffPassword an administrator resets a member's password, with a one-time link
 * @param listStaff an administrator lists the staff accounts
 * @param manageTeams an administrator defines the teams and who belongs to each
 * @param routeReports an administrator reads and changes how new reports are routed to the teams
 * @param readClosingChoices staff read the outcomes and tags cases are closed with
 * @param changeClosingChoices an administrator changes the list of outcomes or of tags
 * @param changeStaff an administrator changes an account's name, roles and whether it is active,
 *     keeping one active administrator
 * @param requireTwoFactor an administrator requires two-factor sign-in of all staff, or stops it
 * @param readSettings an administrator reads the settings in force
 * @param replaceSettings an administrator replaces the settings whole, for an embedder who means to
 * @param changeAnalysis an administrator changes how trends and pattern alerts work
 * @param changeCalendar an administrator changes the working calendar or the service level
 * @param changeEmergencyContacts an administrator sets the organisation's own emergency contacts
 * @param changeService an administrator changes the organisation's name, closed-case retention,
 *     monitoring hours and closure notice
 * @param readSetUp an administrator reads what remains to be set up
 * @param readOrganisationContent an administrator reads every page and passage, to edit them
 * @param changeOrganisationPage an administrator edits one page or passage
 * @param loadQuestionnaire an administrator makes a new questionnaire the one reporters answer
 * @param listQuestionnaires an administrator reads the questionnaire versions and each one
 * @param addQuestionnaire an administrator adds a questionnaire version, not yet in use
 * @param useQuestionnaire an administrator puts a questionnaire version in use
 * @param confirmQuestionnaireSignals a lead confirms a version that drops safeguarding signals
 * @param editQuestionnaireDraft an administrator edits a copy of the current questionnaire
 * @param readAuditTrail an administrator reads the audit trail
 * @param browseAuditTrail an administrator or a lead pages through the audit trail, with filters
 * @param verifyAuditTrail an administrator or a lead checks the audit trail's hash chain is whole
 * @param ensureFirstAdministrator at first start, the configured administrator is created
 * @param purgeClosedCases retention: closed cases are not kept for ever
 * @param markOverdueCases overdue marking: cases whose response target has passed are noticed, once
 *     per due time, in the audit trail
 * @param remindUnacknowledgedEscalations reminders of escalations not acknowledged in time
 * @param countCases the open and overdue cases as numbers only, for a deployment's metrics
 * @param readNotificationCounts an administrator reads how many emails wait, were sent or given up
 * @param readNotificationPreferences a staff member reads how their emails reach them
 * @param changeNotificationPreferences a staff member chooses how each kind of email reaches them
 * @param enterReport an adviser records a disclosure made to them in person, by phone or by email
 * @param listTeamNames staff who work cases read the teams' names, and which teams' cases they see
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
    ReadOrganisationPageUseCase readOrganisationPage,
    ListOrganisationPagesUseCase listOrganisationPages,
    // Staff sign-in and two-factor set-up
    LogInStaffUseCase logInStaff,
    IdentifyStaffUseCase identifyStaff,
    ReadTwoFactorStatusUseCase readTwoFactorStatus,
    BeginTwoFactorUseCase beginTwoFactor,
    ConfirmTwoFactorUseCase confirmTwoFactor,
    SignInWithProviderUseCase signInWithProvider,
    ChangeOwnPasswordUseCase changeOwnPassword,
    ReplaceRecoveryCodesUseCase replaceRecoveryCodes,
    SetPasswordByLinkUseCase setPasswordByLink,
    OwnSessionsUseCase ownSessions,
    // Work on cases
    ListCasesUseCase listCases,
    ViewCaseUseCase viewCase,
    AssignCaseUseCase assignCase,
    TakeCaseUseCase takeCase,
    ChangeCaseStatusUseCase changeCaseStatus,
    ReplyToReporterUseCase replyToReporter,
    AddNoteUseCase addNote,
    ReadNotesUseCase readNotes,
    EscalateCaseUseCase escalateCase,
    MoveCaseUseCase moveCase,
    ExcludeAdviserUseCase excludeAdviser,
    DeclareConflictUseCase declareConflict,
    ReadExclusionsUseCase readExclusions,
    ExportCaseUseCase exportCase,
    ExportReporterDataUseCase exportReporterData,
    LiftExclusionUseCase liftExclusion,
    // Safeguarding and analysis
    ListOpenEscalationsUseCase listOpenEscalations,
    DecideEscalationUseCase decideEscalation,
    ListAlertsUseCase listAlerts,
    OpenAlertUseCase openAlert,
    ReadTrendsUseCase readTrends,
    ReadDashboardUseCase readDashboard,
    // Administration
    CreateStaffUseCase createStaff,
    DeactivateStaffUseCase deactivateStaff,
    ResetTwoFactorUseCase resetTwoFactor,
    ResetStaffPasswordUseCase resetStaffPassword,
    ListStaffUseCase listStaff,
    ManageTeamsUseCase manageTeams,
    RouteReportsUseCase routeReports,
    ReadClosingChoicesUseCase readClosingChoices,
    ChangeClosingChoicesUseCase changeClosingChoices,
    ChangeStaffUseCase changeStaff,
    RequireTwoFactorUseCase requireTwoFactor,
    ReadSettingsUseCase readSettings,
    ReplaceSettingsUseCase replaceSettings,
    ChangeAnalysisUseCase changeAnalysis,
    ChangeCalendarUseCase changeCalendar,
    ChangeEmergencyContactsUseCase changeEmergencyContacts,
    ChangeServiceUseCase changeService,
    ReadSetUpUseCase readSetUp,
    ReadOrganisationContentUseCase readOrganisationContent,
    ChangeOrganisationPageUseCase changeOrganisationPage,
    LoadQuestionnaireUseCase loadQuestionnaire,
    ListQuestionnairesUseCase listQuestionnaires,
    AddQuestionnaireUseCase addQuestionnaire,
    UseQuestionnaireUseCase useQuestionnaire,
    ConfirmQuestionnaireSignalsUseCase confirmQuestionnaireSignals,
    EditQuestionnaireDraftUseCase editQuestionnaireDraft,
    ReadAuditTrailUseCase readAuditTrail,
    BrowseAuditTrailUseCase browseAuditTrail,
    VerifyAuditTrailUseCase verifyAuditTrail,
    // Run by the deployment and the scheduler
    EnsureFirstAdministratorUseCase ensureFirstAdministrator,
    PurgeClosedCasesUseCase purgeClosedCases,
    MarkOverdueCasesUseCase markOverdueCases,
    RemindUnacknowledgedEscalationsUseCase remindUnacknowledgedEscalations,
    CountCasesUseCase countCases,
    ReadNotificationCountsUseCase readNotificationCounts,
    // A member's own emails
    ReadNotificationPreferencesUseCase readNotificationPreferences,
    ChangeNotificationPreferencesUseCase changeNotificationPreferences,
    // An adviser's record of a disclosure made to them
    EnterReportUseCase enterReport,
    // The teams' names, for the case list's team picker and moving a case
    ListTeamNamesUseCase listTeamNames) {

  /**
   * Refuses a missing component.
   *
   * @throws NullPointerException if a component is null
   */
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
    Objects.requireNonNull(readOrganisationPage, "readOrganisationPage");
    Objects.requireNonNull(listOrganisationPages, "listOrganisationPages");
    Objects.requireNonNull(logInStaff, "logInStaff");
    Objects.requireNonNull(identifyStaff, "identifyStaff");
    Objects.requireNonNull(readTwoFactorStatus, "readTwoFactorStatus");
    Objects.requireNonNull(beginTwoFactor, "beginTwoFactor");
    Objects.requireNonNull(confirmTwoFactor, "confirmTwoFactor");
    Objects.requireNonNull(signInWithProvider, "signInWithProvider");
    Objects.requireNonNull(changeOwnPassword, "changeOwnPassword");
    Objects.requireNonNull(replaceRecoveryCodes, "replaceRecoveryCodes");
    Objects.requireNonNull(setPasswordByLink, "setPasswordByLink");
    Objects.requireNonNull(ownSessions, "ownSessions");
    Objects.requireNonNull(listCases, "listCases");
    Objects.requireNonNull(viewCase, "viewCase");
    Objects.requireNonNull(assignCase, "assignCase");
    Objects.requireNonNull(takeCase, "takeCase");
    Objects.requireNonNull(changeCaseStatus, "changeCaseStatus");
    Objects.requireNonNull(replyToReporter, "replyToReporter");
    Objects.requireNonNull(addNote, "addNote");
    Objects.requireNonNull(readNotes, "readNotes");
    Objects.requireNonNull(escalateCase, "escalateCase");
    Objects.requireNonNull(moveCase, "moveCase");
    Objects.requireNonNull(excludeAdviser, "excludeAdviser");
    Objects.requireNonNull(declareConflict, "declareConflict");
    Objects.requireNonNull(readExclusions, "readExclusions");
    Objects.requireNonNull(exportCase, "exportCase");
    Objects.requireNonNull(exportReporterData, "exportReporterData");
    Objects.requireNonNull(liftExclusion, "liftExclusion");
    Objects.requireNonNull(listOpenEscalations, "listOpenEscalations");
    Objects.requireNonNull(decideEscalation, "decideEscalation");
    Objects.requireNonNull(listAlerts, "listAlerts");
    Objects.requireNonNull(openAlert, "openAlert");
    Objects.requireNonNull(readTrends, "readTrends");
    Objects.requireNonNull(readDashboard, "readDashboard");
    Objects.requireNonNull(createStaff, "createStaff");
    Objects.requireNonNull(deactivateStaff, "deactivateStaff");
    Objects.requireNonNull(resetTwoFactor, "resetTwoFactor");
    Objects.requireNonNull(resetStaffPassword, "resetStaffPassword");
    Objects.requireNonNull(listStaff, "listStaff");
    Objects.requireNonNull(manageTeams, "manageTeams");
    Objects.requireNonNull(routeReports, "routeReports");
    Objects.requireNonNull(readClosingChoices, "readClosingChoices");
    Objects.requireNonNull(changeClosingChoices, "changeClosingChoices");
    Objects.requireNonNull(changeStaff, "changeStaff");
    Objects.requireNonNull(requireTwoFactor, "requireTwoFactor");
    Objects.requireNonNull(readSettings, "readSettings");
    Objects.requireNonNull(replaceSettings, "replaceSettings");
    Objects.requireNonNull(changeAnalysis, "changeAnalysis");
    Objects.requireNonNull(changeCalendar, "changeCalendar");
    Objects.requireNonNull(changeEmergencyContacts, "changeEmergencyContacts");
    Objects.requireNonNull(changeService, "changeService");
    Objects.requireNonNull(readSetUp, "readSetUp");
    Objects.requireNonNull(readOrganisationContent, "readOrganisationContent");
    Objects.requireNonNull(changeOrganisationPage, "changeOrganisationPage");
    Objects.requireNonNull(loadQuestionnaire, "loadQuestionnaire");
    Objects.requireNonNull(listQuestionnaires, "listQuestionnaires");
    Objects.requireNonNull(addQuestionnaire, "addQuestionnaire");
    Objects.requireNonNull(useQuestionnaire, "useQuestionnaire");
    Objects.requireNonNull(confirmQuestionnaireSignals, "confirmQuestionnaireSignals");
    Objects.requireNonNull(editQuestionnaireDraft, "editQuestionnaireDraft");
    Objects.requireNonNull(readAuditTrail, "readAuditTrail");
    Objects.requireNonNull(browseAuditTrail, "browseAuditTrail");
    Objects.requireNonNull(verifyAuditTrail, "verifyAuditTrail");
    Objects.requireNonNull(ensureFirstAdministrator, "ensureFirstAdministrator");
    Objects.requireNonNull(purgeClosedCases, "purgeClosedCases");
    Objects.requireNonNull(markOverdueCases, "markOverdueCases");
    Objects.requireNonNull(enterReport, "enterReport");
    Objects.requireNonNull(remindUnacknowledgedEscalations, "remindUnacknowledgedEscalations");
    Objects.requireNonNull(countCases, "countCases");
    Objects.requireNonNull(readNotificationCounts, "readNotificationCounts");
    Objects.requireNonNull(readNotificationPreferences, "readNotificationPreferences");
    Objects.requireNonNull(changeNotificationPreferences, "changeNotificationPreferences");
    Objects.requireNonNull(listTeamNames, "listTeamNames");
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
   * @return the application, every use case wired
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
