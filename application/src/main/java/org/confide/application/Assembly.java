package org.confide.application;

import java.time.Clock;
import java.util.random.RandomGenerator;
import org.confide.application.crypto.Secrets;
import org.confide.application.port.out.PasswordHashing;
import org.confide.application.service.AddNoteService;
import org.confide.application.service.AssignCaseService;
import org.confide.application.service.Auditor;
import org.confide.application.service.BeginTwoFactorService;
import org.confide.application.service.BrowseAuditTrailService;
import org.confide.application.service.CaseAccessCheck;
import org.confide.application.service.CaseChanges;
import org.confide.application.service.CaseFiles;
import org.confide.application.service.CaseRemoval;
import org.confide.application.service.ChangeCalendarService;
import org.confide.application.service.ChangeCaseStatusService;
import org.confide.application.service.ChangeOwnPasswordService;
import org.confide.application.service.ChangeStaffService;
import org.confide.application.service.ClosingChoicesService;
import org.confide.application.service.ConfirmTwoFactorService;
import org.confide.application.service.ConflictsService;
import org.confide.application.service.CountCasesService;
import org.confide.application.service.CreateStaffService;
import org.confide.application.service.DeactivateStaffService;
import org.confide.application.service.DecideEscalationService;
import org.confide.application.service.EndSessionService;
import org.confide.application.service.EnsureFirstAdministratorService;
import org.confide.application.service.EnterReportService;
import org.confide.application.service.EraseMyReportService;
import org.confide.application.service.EscalateCaseService;
import org.confide.application.service.ExportCaseService;
import org.confide.application.service.ExportReporterDataService;
import org.confide.application.service.Gate;
import org.confide.application.service.IdentifyReporterService;
import org.confide.application.service.IdentifyStaffService;
import org.confide.application.service.ListAlertsService;
import org.confide.application.service.ListCasesService;
import org.confide.application.service.ListOpenEscalationsService;
import org.confide.application.service.ListStaffService;
import org.confide.application.service.ListTeamNamesService;
import org.confide.application.service.LoadQuestionnaireService;
import org.confide.application.service.LogInStaffService;
import org.confide.application.service.MarkOverdueCasesService;
import org.confide.application.service.MoveCaseService;
import org.confide.application.service.NotificationPreferencesService;
import org.confide.application.service.Notifier;
import org.confide.application.service.OpenAlertService;
import org.confide.application.service.OpenReporterSessionService;
import org.confide.application.service.OrganisationPagesService;
import org.confide.application.service.OrganisationSettingsService;
import org.confide.application.service.OwnSessionsService;
import org.confide.application.service.Patterns;
import org.confide.application.service.PurgeClosedCasesService;
import org.confide.application.service.QuestionnaireDraftService;
import org.confide.application.service.QuestionnaireVersionsService;
import org.confide.application.service.ReadAuditTrailService;
import org.confide.application.service.ReadDashboardService;
import org.confide.application.service.ReadMyReportService;
import org.confide.application.service.ReadMyThreadService;
import org.confide.application.service.ReadNotesService;
import org.confide.application.service.ReadNotificationCountsService;
import org.confide.application.service.ReadQuestionnaireService;
import org.confide.application.service.ReadServiceStatusService;
import org.confide.application.service.ReadTrendsService;
import org.confide.application.service.ReadTwoFactorStatusService;
import org.confide.application.service.Reception;
import org.confide.application.service.RemindUnacknowledgedEscalationsService;
import org.confide.application.service.ReplaceRecoveryCodesService;
import org.confide.application.service.ReplyToReporterService;
import org.confide.application.service.ReporterIndex;
import org.confide.application.service.RequestKeys;
import org.confide.application.service.ResetStaffPasswordService;
import org.confide.application.service.ResetTwoFactorService;
import org.confide.application.service.SendReporterMessageService;
import org.confide.application.service.SessionResolver;
import org.confide.application.service.SetPasswordByLinkService;
import org.confide.application.service.SettingsService;
import org.confide.application.service.ShareContactDetailsService;
import org.confide.application.service.SignInWithProviderService;
import org.confide.application.service.SubmitReportService;
import org.confide.application.service.TeamsService;
import org.confide.application.service.ViewCaseService;
import org.confide.domain.safeguarding.SafeguardingPolicy;
import org.confide.domain.session.SessionPolicy;

/**
 * Wires every service by hand: the shared collaborators once, then each service with only what it
 * uses. The one place that knows which service needs which port.
 */
final class Assembly {

  private final Ports ports;
  private final PasswordHashing passwords;
  private final Secrets secrets;
  private final Clock clock;
  private final RandomGenerator random;
  private final SessionPolicy sessionPolicy;

  Assembly(
      Ports ports,
      PasswordHashing passwords,
      Secrets secrets,
      Clock clock,
      RandomGenerator random,
      SessionPolicy sessionPolicy) {
    this.ports = ports;
    this.passwords = passwords;
    this.secrets = secrets;
    this.clock = clock;
    this.random = random;
    this.sessionPolicy = sessionPolicy;
  }

  Confide confide() {
    var p = ports;
    var resolver =
        new SessionResolver(
            p.sessions(), p.staffDirectory(), p.reports(), sessionPolicy, clock, random);
    var auditor = new Auditor(p.auditTrail(), clock, random);
    var gate = new Gate(p.transactions(), resolver, p.settings(), p.authenticators(), p.reports());
    var caseAccess = new CaseAccessCheck(p.reports(), p.escalations(), p.teams());
    var caseRemoval =
        new CaseRemoval(
            p.sessions(),
            p.threads(),
            p.notes(),
            p.escalations(),
            p.patternKeys(),
            p.deadlineMarks(),
            p.reports(),
            p.teams(),
            p.reporterKeys(),
            p.outcomes());
    var patterns = new Patterns(p.patternKeys(), p.settings(), secrets);
    var notifier = new Notifier(p.notifications(), p.staffDirectory(), p.teams(), random, clock);
    var caseChanges = new CaseChanges(auditor, p.notes(), random, clock);
    var reporterIndex = new ReporterIndex(p.reporterKeys(), p.reports(), secrets);
    var caseFiles =
        new CaseFiles(
            p.settings(),
            p.questionnaires(),
            p.notes(),
            p.escalations(),
            p.staffDirectory(),
            p.outcomes());
    var conflicts =
        new ConflictsService(
            gate, auditor, caseAccess, caseChanges, p.staffDirectory(), p.teams(), clock);
    var assignCase = new AssignCaseService(gate, caseAccess, caseChanges, p.staffDirectory());
    var settingsService = new SettingsService(gate, auditor, p.settings());
    var auditReading = new BrowseAuditTrailService(gate, auditor, p.auditTrail());
    var organisation =
        new OrganisationSettingsService(
            gate, auditor, p.settings(), p.questionnaires(), p.organisationPages());
    var organisationPages =
        new OrganisationPagesService(gate, auditor, p.organisationPages(), clock);
    var closingChoices = new ClosingChoicesService(gate, auditor, p.outcomes());
    var teamsService =
        new TeamsService(gate, auditor, p.teams(), p.staffDirectory(), p.questionnaires(), random);
    var questionnaireVersions =
        new QuestionnaireVersionsService(gate, auditor, p.questionnaires(), clock);
    var preferences =
        new NotificationPreferencesService(gate, auditor, p.notificationChoices(), p.settings());
    // What receiving a report is, shared by a reporter's own submission and a staff-entered one.
    var reception =
        new Reception(
            auditor,
            patterns,
            p.settings(),
            p.questionnaires(),
            p.reports(),
            random,
            p.escalations(),
            p.trendFacts(),
            secrets,
            clock,
            SafeguardingPolicy.standard(),
            p.teams(),
            notifier,
            reporterIndex);
    // The idempotency keys of both ways a report arrives.
    var requestKeys = new RequestKeys(p.submissionKeys(), p.reports(), secrets);
    return new Confide(
        new SubmitReportService(
            reception, p.transactions(), requestKeys, p.reports(), random, secrets),
        new OpenReporterSessionService(resolver, secrets, p.transactions(), p.reports()),
        new ReadMyReportService(gate, p.questionnaires(), p.escalations(), p.threads()),
        new ReadMyThreadService(gate, p.threads(), p.settings(), clock),
        new SendReporterMessageService(
            gate, auditor, random, p.threads(), p.reports(), secrets, clock, notifier),
        new ShareContactDetailsService(gate, auditor, reporterIndex),
        new EraseMyReportService(gate, auditor, caseRemoval, p.escalations(), clock),
        new IdentifyReporterService(gate),
        new EndSessionService(resolver, p.transactions()),
        new ReadServiceStatusService(p.settings(), clock, sessionPolicy),
        new ReadQuestionnaireService(p.questionnaires()),
        organisationPages,
        organisationPages,
        new LogInStaffService(
            auditor,
            resolver,
            passwords,
            p.transactions(),
            p.staffDirectory(),
            p.authenticators(),
            secrets,
            clock),
        new IdentifyStaffService(gate, p.authenticators()),
        new ReadTwoFactorStatusService(gate, p.authenticators(), p.settings()),
        new BeginTwoFactorService(gate, p.authenticators(), random),
        new ConfirmTwoFactorService(
            gate, auditor, resolver, p.authenticators(), random, secrets, clock, notifier),
        new SignInWithProviderService(
            auditor,
            resolver,
            p.transactions(),
            p.staffDirectory(),
            p.authenticators(),
            secrets,
            clock,
            passwords,
            random),
        new ChangeOwnPasswordService(
            gate, auditor, passwords, p.staffDirectory(), p.sessions(), notifier),
        new ReplaceRecoveryCodesService(gate, auditor, p.authenticators(), random, secrets, clock),
        new SetPasswordByLinkService(
            auditor,
            p.transactions(),
            passwords,
            p.staffDirectory(),
            p.passwordResets(),
            p.sessions(),
            notifier,
            clock),
        new OwnSessionsService(gate, auditor, p.sessions(), secrets, sessionPolicy, clock),
        new ListCasesService(
            gate, p.caseLists(), p.settings(), p.staffDirectory(), clock, p.teams(), p.outcomes()),
        new ViewCaseService(gate, auditor, caseAccess, p.threads(), caseFiles, clock),
        assignCase,
        assignCase,
        new ChangeCaseStatusService(
            gate,
            auditor,
            caseAccess,
            caseChanges,
            p.outcomes(),
            p.trendFacts(),
            p.settings(),
            clock),
        new ReplyToReporterService(gate, auditor, caseAccess, p.threads(), random, clock),
        new AddNoteService(gate, caseAccess, caseChanges),
        new ReadNotesService(gate, auditor, caseAccess, p.notes(), p.staffDirectory()),
        new EscalateCaseService(gate, auditor, caseAccess, p.escalations(), random, clock),
        new MoveCaseService(gate, auditor, caseAccess, caseChanges, p.teams()),
        conflicts,
        conflicts,
        conflicts,
        new ExportCaseService(
            gate, auditor, caseAccess, caseChanges, p.threads(), caseFiles, clock),
        new ExportReporterDataService(
            gate, auditor, caseAccess, caseChanges, reporterIndex, p.threads(), caseFiles, clock),
        conflicts,
        new ListOpenEscalationsService(
            gate, p.escalations(), p.settings(), p.deadlineMarks(), clock),
        new DecideEscalationService(gate, auditor, p.escalations(), clock),
        new ListAlertsService(gate, patterns),
        new OpenAlertService(gate, auditor, patterns, p.reports(), p.questionnaires()),
        new ReadTrendsService(
            gate, auditor, p.trendFacts(), p.settings(), p.questionnaires(), p.outcomes()),
        new ReadDashboardService(
            gate, auditor, p.serviceFigures(), p.settings(), p.teams(), p.staffDirectory(), clock),
        new CreateStaffService(gate, auditor, passwords, random, p.staffDirectory()),
        new DeactivateStaffService(gate, auditor, p.staffDirectory(), p.sessions()),
        new ResetTwoFactorService(
            gate, auditor, p.staffDirectory(), p.authenticators(), p.sessions(), notifier),
        new ResetStaffPasswordService(
            gate,
            auditor,
            passwords,
            p.staffDirectory(),
            p.passwordResets(),
            p.sessions(),
            notifier,
            secrets,
            sessionPolicy,
            random,
            clock),
        new ListStaffService(gate, p.staffDirectory(), p.authenticators()),
        teamsService,
        teamsService,
        closingChoices,
        closingChoices,
        new ChangeStaffService(gate, auditor, p.staffDirectory(), p.sessions()),
        settingsService,
        settingsService,
        settingsService,
        settingsService,
        new ChangeCalendarService(gate, auditor, p.settings()),
        organisation,
        organisation,
        organisation,
        organisationPages,
        organisationPages,
        new LoadQuestionnaireService(gate, auditor, p.questionnaires(), clock),
        questionnaireVersions,
        questionnaireVersions,
        questionnaireVersions,
        questionnaireVersions,
        new QuestionnaireDraftService(gate, auditor, p.questionnaires(), clock),
        new ReadAuditTrailService(gate, p.auditTrail()),
        auditReading,
        auditReading,
        new EnsureFirstAdministratorService(
            auditor, p.transactions(), p.staffDirectory(), passwords, random),
        new PurgeClosedCasesService(
            auditor,
            caseRemoval,
            p.settings(),
            p.transactions(),
            p.reports(),
            p.escalations(),
            sessionPolicy,
            p.sessions(),
            p.submissionKeys(),
            clock),
        new MarkOverdueCasesService(
            auditor,
            p.settings(),
            p.caseLists(),
            p.transactions(),
            p.deadlineMarks(),
            clock,
            notifier),
        new RemindUnacknowledgedEscalationsService(
            auditor,
            p.settings(),
            p.escalations(),
            p.transactions(),
            p.deadlineMarks(),
            clock,
            notifier),
        new CountCasesService(p.settings(), p.caseLists(), clock),
        new ReadNotificationCountsService(gate, p.notifications()),
        preferences,
        preferences,
        new EnterReportService(gate, reception, requestKeys, auditor, random),
        new ListTeamNamesService(gate, caseAccess, p.teams()));
  }
}
