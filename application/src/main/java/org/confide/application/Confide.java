package org.confide.application;

import org.confide.application.port.in.AdministerUseCase;
import org.confide.application.port.in.DecideEscalationUseCase;
import org.confide.application.port.in.EndSessionUseCase;
import org.confide.application.port.in.EnsureFirstAdministratorUseCase;
import org.confide.application.port.in.EraseMyReportUseCase;
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
import org.confide.application.service.AdministerService;
import org.confide.application.service.Context;
import org.confide.application.service.DecideEscalationService;
import org.confide.application.service.EndSessionService;
import org.confide.application.service.EnsureFirstAdministratorService;
import org.confide.application.service.EraseMyReportService;
import org.confide.application.service.IdentifyStaffService;
import org.confide.application.service.ListAlertsService;
import org.confide.application.service.ListCasesService;
import org.confide.application.service.LogInStaffService;
import org.confide.application.service.MarkOverdueCasesService;
import org.confide.application.service.OpenAlertService;
import org.confide.application.service.OpenReporterSessionService;
import org.confide.application.service.PurgeClosedCasesService;
import org.confide.application.service.ReadMyReportService;
import org.confide.application.service.ReadMyThreadService;
import org.confide.application.service.ReadQuestionnaireService;
import org.confide.application.service.ReadServiceStatusService;
import org.confide.application.service.ReadTrendsService;
import org.confide.application.service.RemindUnacknowledgedEscalationsService;
import org.confide.application.service.SendReporterMessageService;
import org.confide.application.service.SetUpTwoFactorService;
import org.confide.application.service.ShareContactDetailsService;
import org.confide.application.service.SubmitReportService;
import org.confide.application.service.ViewCaseService;
import org.confide.application.service.WorkCaseService;
import org.confide.domain.safeguarding.SafeguardingPolicy;

/**
 * The whole of Confide's behaviour, wired from one {@link Context}: every use case, ready to be
 * driven by a web adapter, a test or another application. {@link InMemoryConfide} builds one on the
 * in-memory adapters in a single call.
 */
public final class Confide {

  private final SubmitReportUseCase submitReport;
  private final OpenReporterSessionUseCase openReporterSession;
  private final ReadMyReportUseCase readMyReport;
  private final ReadMyThreadUseCase readMyThread;
  private final SendReporterMessageUseCase sendReporterMessage;
  private final ShareContactDetailsUseCase shareContactDetails;
  private final EraseMyReportUseCase eraseMyReport;
  private final EndSessionUseCase endSession;
  private final ReadServiceStatusUseCase readServiceStatus;
  private final ReadQuestionnaireUseCase readQuestionnaire;
  private final LogInStaffUseCase logInStaff;
  private final IdentifyStaffUseCase identifyStaff;
  private final SetUpTwoFactorUseCase setUpTwoFactor;
  private final ListCasesUseCase listCases;
  private final ViewCaseUseCase viewCase;
  private final WorkCaseUseCase workCase;
  private final DecideEscalationUseCase decideEscalation;
  private final AdministerUseCase administer;
  private final EnsureFirstAdministratorUseCase ensureFirstAdministrator;
  private final PurgeClosedCasesUseCase purgeClosedCases;
  private final ReadTrendsUseCase readTrends;
  private final ListAlertsUseCase listAlerts;
  private final OpenAlertUseCase openAlert;
  private final MarkOverdueCasesUseCase markOverdueCases;
  private final RemindUnacknowledgedEscalationsUseCase remindUnacknowledgedEscalations;

  /** Wires every service on {@code context}. */
  public Confide(Context context) {
    this.submitReport = new SubmitReportService(context, SafeguardingPolicy.standard());
    this.openReporterSession = new OpenReporterSessionService(context);
    this.readMyReport = new ReadMyReportService(context);
    this.readMyThread = new ReadMyThreadService(context);
    this.sendReporterMessage = new SendReporterMessageService(context);
    this.shareContactDetails = new ShareContactDetailsService(context);
    this.eraseMyReport = new EraseMyReportService(context);
    this.endSession = new EndSessionService(context);
    this.readServiceStatus = new ReadServiceStatusService(context);
    this.readQuestionnaire = new ReadQuestionnaireService(context);
    this.logInStaff = new LogInStaffService(context);
    this.identifyStaff = new IdentifyStaffService(context);
    this.setUpTwoFactor = new SetUpTwoFactorService(context);
    this.listCases = new ListCasesService(context);
    this.viewCase = new ViewCaseService(context);
    this.workCase = new WorkCaseService(context);
    this.decideEscalation = new DecideEscalationService(context);
    this.administer = new AdministerService(context);
    this.ensureFirstAdministrator = new EnsureFirstAdministratorService(context);
    this.purgeClosedCases = new PurgeClosedCasesService(context);
    this.readTrends = new ReadTrendsService(context);
    this.listAlerts = new ListAlertsService(context);
    this.openAlert = new OpenAlertService(context);
    this.markOverdueCases = new MarkOverdueCasesService(context);
    this.remindUnacknowledgedEscalations = new RemindUnacknowledgedEscalationsService(context);
  }

  public SubmitReportUseCase submitReport() {
    return submitReport;
  }

  public OpenReporterSessionUseCase openReporterSession() {
    return openReporterSession;
  }

  public ReadMyReportUseCase readMyReport() {
    return readMyReport;
  }

  public ReadMyThreadUseCase readMyThread() {
    return readMyThread;
  }

  public SendReporterMessageUseCase sendReporterMessage() {
    return sendReporterMessage;
  }

  public ShareContactDetailsUseCase shareContactDetails() {
    return shareContactDetails;
  }

  public EraseMyReportUseCase eraseMyReport() {
    return eraseMyReport;
  }

  public EndSessionUseCase endSession() {
    return endSession;
  }

  public ReadServiceStatusUseCase readServiceStatus() {
    return readServiceStatus;
  }

  public ReadQuestionnaireUseCase readQuestionnaire() {
    return readQuestionnaire;
  }

  public LogInStaffUseCase logInStaff() {
    return logInStaff;
  }

  public IdentifyStaffUseCase identifyStaff() {
    return identifyStaff;
  }

  public SetUpTwoFactorUseCase setUpTwoFactor() {
    return setUpTwoFactor;
  }

  public ListCasesUseCase listCases() {
    return listCases;
  }

  public ViewCaseUseCase viewCase() {
    return viewCase;
  }

  public WorkCaseUseCase workCase() {
    return workCase;
  }

  public DecideEscalationUseCase decideEscalation() {
    return decideEscalation;
  }

  public AdministerUseCase administer() {
    return administer;
  }

  public EnsureFirstAdministratorUseCase ensureFirstAdministrator() {
    return ensureFirstAdministrator;
  }

  public PurgeClosedCasesUseCase purgeClosedCases() {
    return purgeClosedCases;
  }

  public ReadTrendsUseCase readTrends() {
    return readTrends;
  }

  public ListAlertsUseCase listAlerts() {
    return listAlerts;
  }

  public OpenAlertUseCase openAlert() {
    return openAlert;
  }

  public MarkOverdueCasesUseCase markOverdueCases() {
    return markOverdueCases;
  }

  public RemindUnacknowledgedEscalationsUseCase remindUnacknowledgedEscalations() {
    return remindUnacknowledgedEscalations;
  }
}
