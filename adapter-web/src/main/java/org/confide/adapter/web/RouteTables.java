package org.confide.adapter.web;

import io.javalin.http.HandlerType;
import java.util.List;
import org.confide.adapter.web.WebServer.Route;
import org.confide.adapter.web.api.AdminApi;
import org.confide.adapter.web.api.AuditApi;
import org.confide.adapter.web.api.CasesApi;
import org.confide.adapter.web.api.ConflictsApi;
import org.confide.adapter.web.api.DashboardApi;
import org.confide.adapter.web.api.EscalationsApi;
import org.confide.adapter.web.api.ExportsApi;
import org.confide.adapter.web.api.NotificationsApi;
import org.confide.adapter.web.api.OutcomesApi;
import org.confide.adapter.web.api.OwnSessionsApi;
import org.confide.adapter.web.api.PagesApi;
import org.confide.adapter.web.api.PasswordResetApi;
import org.confide.adapter.web.api.PublicApi;
import org.confide.adapter.web.api.QuestionnairesApi;
import org.confide.adapter.web.api.ReporterApi;
import org.confide.adapter.web.api.ServiceApi;
import org.confide.adapter.web.api.StaffAccountsApi;
import org.confide.adapter.web.api.StaffReportsApi;
import org.confide.adapter.web.api.StaffSessionApi;
import org.confide.adapter.web.api.TeamsApi;
import org.confide.adapter.web.api.TrendsApi;
import org.confide.adapter.web.pages.Assets;
import org.confide.adapter.web.pages.AuditPages;
import org.confide.adapter.web.pages.CalendarSettings;
import org.confide.adapter.web.pages.CaseActions;
import org.confide.adapter.web.pages.CaseFile;
import org.confide.adapter.web.pages.CaseList;
import org.confide.adapter.web.pages.ClosingChoicesSettings;
import org.confide.adapter.web.pages.ContactSharing;
import org.confide.adapter.web.pages.DashboardPages;
import org.confide.adapter.web.pages.EmergencyContactsSettings;
import org.confide.adapter.web.pages.Erasure;
import org.confide.adapter.web.pages.EscalationPages;
import org.confide.adapter.web.pages.ExportPages;
import org.confide.adapter.web.pages.MyReport;
import org.confide.adapter.web.pages.NotificationChoices;
import org.confide.adapter.web.pages.OrganisationContent;
import org.confide.adapter.web.pages.OrganisationSettings;
import org.confide.adapter.web.pages.OwnPassword;
import org.confide.adapter.web.pages.OwnSessions;
import org.confide.adapter.web.pages.Pages;
import org.confide.adapter.web.pages.PasswordResetPages;
import org.confide.adapter.web.pages.ProviderSignIn;
import org.confide.adapter.web.pages.QuestionEditing;
import org.confide.adapter.web.pages.QuestionnaireChanges;
import org.confide.adapter.web.pages.QuestionnaireSettings;
import org.confide.adapter.web.pages.ReportPages;
import org.confide.adapter.web.pages.ReporterSignIn;
import org.confide.adapter.web.pages.StaffAccountChanges;
import org.confide.adapter.web.pages.StaffAccounts;
import org.confide.adapter.web.pages.StaffReportEntry;
import org.confide.adapter.web.pages.StaffSignIn;
import org.confide.adapter.web.pages.TeamSettings;
import org.confide.adapter.web.pages.TrendPages;
import org.confide.adapter.web.pages.TwoFactorPages;

/**
 * The server's route tables: which handler answers each method and path, for the JSON API, the
 * pages, and staff single sign-on when it is configured. {@link WebServer} serves them.
 */
final class RouteTables {

  private RouteTables() {}

  /** Every route the server serves; the OpenAPI description lists exactly these. */
  static List<Route> api(
      PublicApi open,
      ReporterApi reporter,
      StaffSessionApi staff,
      CasesApi cases,
      EscalationsApi escalations,
      TrendsApi trends,
      DashboardApi dashboard,
      AdminApi admin,
      AuditApi audit,
      StaffAccountsApi accounts,
      ServiceApi service,
      PagesApi content,
      QuestionnairesApi questionnaires,
      TeamsApi teams,
      ConflictsApi conflicts,
      ExportsApi exports,
      OutcomesApi outcomes,
      NotificationsApi notifications,
      StaffReportsApi staffReports) {
    return List.of(
        new Route(HandlerType.GET, "/health", open::health),
        new Route(HandlerType.GET, "/api/v1/openapi.json", open::openApi),
        new Route(HandlerType.GET, "/api/v1/questionnaire", open::questionnaire),
        new Route(HandlerType.GET, "/api/v1/questionnaire-schema.json", open::questionnaireSchema),
        new Route(HandlerType.GET, "/api/v1/service-status", open::serviceStatus),
        new Route(HandlerType.GET, "/api/v1/pages", content::pages),
        new Route(HandlerType.POST, "/api/v1/reports", reporter::submit),
        new Route(HandlerType.POST, "/api/v1/reporter/session", reporter::openSession),
        new Route(HandlerType.DELETE, "/api/v1/reporter/session", reporter::closeSession),
        new Route(HandlerType.GET, "/api/v1/reporter/report", reporter::report),
        new Route(HandlerType.DELETE, "/api/v1/reporter/report", reporter::eraseReport),
        new Route(HandlerType.GET, "/api/v1/reporter/messages", reporter::messages),
        new Route(HandlerType.POST, "/api/v1/reporter/messages", reporter::sendMessage),
        new Route(HandlerType.POST, "/api/v1/reporter/contact", reporter::shareContact),
        new Route(HandlerType.POST, "/api/v1/staff/session", staff::openSession),
        new Route(HandlerType.DELETE, "/api/v1/staff/session", staff::closeSession),
        new Route(HandlerType.GET, "/api/v1/staff/two-factor", staff::twoFactorStatus),
        new Route(HandlerType.POST, "/api/v1/staff/two-factor", staff::beginTwoFactor),
        new Route(
            HandlerType.POST, "/api/v1/staff/two-factor/confirmation", staff::confirmTwoFactor),
        new Route(HandlerType.PUT, "/api/v1/staff/password", accounts::changeOwnPassword),
        new Route(
            HandlerType.POST,
            "/api/v1/staff/two-factor/recovery-codes",
            accounts::replaceRecoveryCodes),
        new Route(
            HandlerType.GET, "/api/v1/staff/notification-preferences", notifications::preferences),
        new Route(
            HandlerType.PUT,
            "/api/v1/staff/notification-preferences",
            notifications::replacePreferences),
        new Route(HandlerType.GET, "/api/v1/staff/cases", cases::cases),
        new Route(HandlerType.POST, "/api/v1/staff/reports", staffReports::enter),
        new Route(HandlerType.GET, "/api/v1/staff/cases/{reference}", cases::caseFile),
        new Route(HandlerType.POST, "/api/v1/staff/cases/{reference}/messages", cases::reply),
        new Route(HandlerType.GET, "/api/v1/staff/cases/{reference}/notes", cases::notes),
        new Route(HandlerType.POST, "/api/v1/staff/cases/{reference}/notes", cases::addNote),
        new Route(HandlerType.POST, "/api/v1/staff/cases/{reference}/assignment", cases::assign),
        new Route(HandlerType.POST, "/api/v1/staff/cases/{reference}/status", cases::changeStatus),
        new Route(HandlerType.POST, "/api/v1/staff/cases/{reference}/escalations", cases::escalate),
        new Route(HandlerType.POST, "/api/v1/staff/cases/{reference}/team", teams::moveCase),
        new Route(HandlerType.GET, "/api/v1/staff/teams", teams::teamNames),
        new Route(
            HandlerType.POST, "/api/v1/staff/cases/{reference}/exclusions", conflicts::exclude),
        new Route(
            HandlerType.GET, "/api/v1/staff/cases/{reference}/exclusions", conflicts::exclusions),
        new Route(
            HandlerType.POST,
            "/api/v1/staff/cases/{reference}/exclusions/lifting",
            conflicts::lift),
        new Route(HandlerType.POST, "/api/v1/staff/cases/{reference}/conflict", conflicts::declare),
        new Route(HandlerType.POST, "/api/v1/staff/cases/{reference}/export", exports::exportCase),
        new Route(HandlerType.POST, "/api/v1/staff/subject-access", exports::exportReporterData),
        new Route(HandlerType.GET, "/api/v1/staff/escalations", escalations::openEscalations),
        new Route(HandlerType.POST, "/api/v1/staff/escalations/{id}/decision", escalations::decide),
        new Route(HandlerType.GET, "/api/v1/staff/trends", trends::trends),
        new Route(HandlerType.GET, "/api/v1/staff/trends.csv", trends::trendsCsv),
        new Route(HandlerType.GET, "/api/v1/staff/alerts", trends::alerts),
        new Route(HandlerType.GET, "/api/v1/staff/dashboard", dashboard::dashboard),
        new Route(HandlerType.GET, "/api/v1/staff/dashboard.csv", dashboard::dashboardCsv),
        new Route(HandlerType.GET, "/api/v1/staff/alerts/{id}", trends::alert),
        new Route(HandlerType.POST, "/api/v1/admin/staff", admin::createStaff),
        new Route(HandlerType.GET, "/api/v1/admin/staff", accounts::staff),
        new Route(HandlerType.PUT, "/api/v1/admin/staff/{id}", accounts::changeStaff),
        new Route(HandlerType.POST, "/api/v1/admin/teams", teams::createTeam),
        new Route(HandlerType.GET, "/api/v1/admin/teams", teams::teams),
        new Route(HandlerType.PUT, "/api/v1/admin/teams/{id}/members", teams::replaceMembers),
        new Route(HandlerType.GET, "/api/v1/admin/routing", teams::routing),
        new Route(HandlerType.PUT, "/api/v1/admin/routing", teams::replaceRouting),
        new Route(HandlerType.GET, "/api/v1/admin/outcomes", outcomes::outcomes),
        new Route(HandlerType.PUT, "/api/v1/admin/outcomes", outcomes::replaceOutcomes),
        new Route(HandlerType.GET, "/api/v1/admin/tags", outcomes::tags),
        new Route(HandlerType.PUT, "/api/v1/admin/tags", outcomes::replaceTags),
        new Route(HandlerType.GET, "/api/v1/admin/calendar", admin::calendar),
        new Route(HandlerType.PUT, "/api/v1/admin/calendar", admin::replaceCalendar),
        new Route(HandlerType.GET, "/api/v1/admin/analysis", admin::analysis),
        new Route(HandlerType.PUT, "/api/v1/admin/analysis", admin::replaceAnalysis),
        new Route(HandlerType.GET, "/api/v1/admin/two-factor", admin::twoFactor),
        new Route(HandlerType.PUT, "/api/v1/admin/two-factor", admin::replaceTwoFactor),
        new Route(HandlerType.POST, "/api/v1/admin/two-factor/reset", admin::resetTwoFactor),
        new Route(HandlerType.GET, "/api/v1/admin/audit", audit::audit),
        new Route(HandlerType.GET, "/api/v1/admin/audit.csv", audit::auditCsv),
        new Route(HandlerType.GET, "/api/v1/admin/audit/verification", audit::verification),
        new Route(HandlerType.GET, "/api/v1/admin/emergency-contacts", service::emergencyContacts),
        new Route(
            HandlerType.PUT, "/api/v1/admin/emergency-contacts", service::replaceEmergencyContacts),
        new Route(HandlerType.GET, "/api/v1/admin/service", service::service),
        new Route(HandlerType.PUT, "/api/v1/admin/service", service::replaceService),
        new Route(HandlerType.GET, "/api/v1/admin/pages", content::adminPages),
        new Route(HandlerType.GET, "/api/v1/admin/pages/{slug}", content::adminPage),
        new Route(HandlerType.PUT, "/api/v1/admin/pages/{slug}", content::replaceAdminPage),
        new Route(HandlerType.GET, "/api/v1/admin/questionnaires", questionnaires::versions),
        new Route(HandlerType.POST, "/api/v1/admin/questionnaires", questionnaires::addVersion),
        new Route(
            HandlerType.PUT, "/api/v1/admin/questionnaires/current", questionnaires::putInUse),
        new Route(
            HandlerType.GET, "/api/v1/admin/questionnaires/{version}", questionnaires::version),
        new Route(
            HandlerType.GET,
            "/api/v1/staff/questionnaire-changes",
            questionnaires::awaitingConfirmation),
        new Route(
            HandlerType.POST,
            "/api/v1/staff/questionnaire-changes/{version}/confirmation",
            questionnaires::confirmSignals));
  }

  /**
   * Every page the server renders. Each form post runs only when it carries the browser's form
   * token ({@link Pages#form}).
   */
  static List<Route> pages(
      Pages pages,
      Assets assets,
      ReportPages report,
      ReporterSignIn reporter,
      MyReport myReport,
      ContactSharing contact,
      Erasure erasure,
      StaffSignIn staff,
      TwoFactorPages twoFactor,
      CaseList caseList,
      CaseFile caseFile,
      CaseActions caseActions,
      EscalationPages escalations,
      TrendPages trends,
      DashboardPages dashboard,
      StaffAccounts accounts,
      StaffAccountChanges accountChanges,
      OwnPassword password,
      NotificationChoices notifications,
      CalendarSettings calendar,
      EmergencyContactsSettings contacts,
      OrganisationSettings service,
      OrganisationContent content,
      AuditPages audit,
      QuestionnaireSettings questionnaire,
      QuestionEditing question,
      QuestionnaireChanges changes,
      TeamSettings teams,
      ExportPages exports,
      ClosingChoicesSettings outcomes,
      StaffReportEntry entry) {
    return List.of(
        new Route(HandlerType.GET, "/assets/{name}", assets::serve),
        new Route(HandlerType.GET, "/", report::home),
        new Route(HandlerType.GET, "/report", report::startReport),
        new Route(HandlerType.POST, "/report", pages.form(report::continueReport)),
        new Route(HandlerType.POST, "/report/saved", pages.form(report::codeSaved)),
        new Route(HandlerType.GET, "/sign-in", reporter::signInForm),
        new Route(HandlerType.POST, "/sign-in", pages.form(reporter::signIn)),
        new Route(HandlerType.GET, "/my-report", myReport::myReport),
        new Route(HandlerType.POST, "/my-report/messages", pages.form(myReport::send)),
        new Route(HandlerType.GET, "/my-report/contact", contact::contactForm),
        new Route(HandlerType.POST, "/my-report/contact", pages.form(contact::shareContact)),
        new Route(HandlerType.GET, "/my-report/erase", erasure::eraseForm),
        new Route(HandlerType.POST, "/my-report/erase", pages.form(erasure::erase)),
        new Route(HandlerType.POST, "/sign-out", pages.form(reporter::signOut)),
        new Route(HandlerType.GET, "/leave", reporter::leave),
        new Route(HandlerType.GET, "/pages/{slug}", content::page),
        new Route(HandlerType.GET, "/staff", staff::start),
        new Route(HandlerType.GET, "/staff/sign-in", staff::signInForm),
        new Route(HandlerType.POST, "/staff/sign-in", pages.form(staff::signIn)),
        new Route(HandlerType.POST, "/staff/sign-out", pages.form(staff::signOut)),
        new Route(HandlerType.GET, "/staff/two-factor", twoFactor::show),
        new Route(HandlerType.POST, "/staff/two-factor", pages.form(twoFactor::confirm)),
        new Route(HandlerType.GET, "/staff/cases", caseList::cases),
        new Route(HandlerType.GET, "/staff/reports/new", entry::form),
        new Route(HandlerType.POST, "/staff/reports/new", pages.form(entry::enter)),
        new Route(HandlerType.GET, "/staff/cases/{reference}", caseFile::caseFile),
        new Route(
            HandlerType.POST, "/staff/cases/{reference}/reply", pages.form(caseActions::reply)),
        new Route(HandlerType.POST, "/staff/cases/{reference}/note", pages.form(caseActions::note)),
        new Route(
            HandlerType.POST, "/staff/cases/{reference}/assign", pages.form(caseActions::assign)),
        new Route(
            HandlerType.POST, "/staff/cases/{reference}/status", pages.form(caseActions::status)),
        new Route(
            HandlerType.POST,
            "/staff/cases/{reference}/escalate",
            pages.form(caseActions::escalate)),
        new Route(
            HandlerType.POST, "/staff/cases/{reference}/exclude", pages.form(caseActions::exclude)),
        new Route(HandlerType.POST, "/staff/cases/{reference}/lift", pages.form(caseActions::lift)),
        new Route(HandlerType.POST, "/staff/cases/{reference}/move", pages.form(caseActions::move)),
        new Route(
            HandlerType.POST,
            "/staff/cases/{reference}/conflict",
            pages.form(caseActions::conflict)),
        new Route(
            HandlerType.POST, "/staff/cases/{reference}/export", pages.form(exports::exportCase)),
        new Route(HandlerType.GET, "/staff/subject-access", exports::subjectAccess),
        new Route(
            HandlerType.POST, "/staff/subject-access", pages.form(exports::exportReporterData)),
        new Route(HandlerType.GET, "/staff/escalations", escalations::escalations),
        new Route(HandlerType.GET, "/staff/escalations/{id}", escalations::escalation),
        new Route(
            HandlerType.POST, "/staff/escalations/{id}/decision", pages.form(escalations::decide)),
        new Route(
            HandlerType.POST,
            "/staff/two-factor/recovery-codes",
            pages.form(twoFactor::replaceCodes)),
        new Route(HandlerType.GET, "/staff/password", password::show),
        new Route(HandlerType.POST, "/staff/password", pages.form(password::change)),
        new Route(HandlerType.GET, "/staff/notifications", notifications::show),
        new Route(HandlerType.POST, "/staff/notifications", pages.form(notifications::save)),
        new Route(HandlerType.GET, "/staff/trends", trends::trends),
        new Route(HandlerType.GET, "/staff/trends.csv", trends::trendsCsv),
        new Route(HandlerType.GET, "/staff/alerts", trends::alerts),
        new Route(HandlerType.GET, "/staff/dashboard", dashboard::dashboard),
        new Route(HandlerType.GET, "/staff/dashboard.csv", dashboard::dashboardCsv),
        new Route(HandlerType.GET, "/staff/alerts/{id}", trends::alert),
        new Route(HandlerType.GET, "/staff/admin/staff", accounts::staff),
        new Route(HandlerType.POST, "/staff/admin/staff", pages.form(accounts::createStaff)),
        new Route(
            HandlerType.POST, "/staff/admin/staff/deactivate", pages.form(accounts::deactivate)),
        new Route(
            HandlerType.POST,
            "/staff/admin/staff/reset-two-factor",
            pages.form(accounts::resetTwoFactor)),
        new Route(
            HandlerType.POST, "/staff/admin/two-factor", pages.form(accounts::requireTwoFactor)),
        // After the account pages' fixed paths, which "{id}" would match too.
        new Route(HandlerType.GET, "/staff/admin/staff/{id}", accountChanges::account),
        new Route(HandlerType.POST, "/staff/admin/staff/{id}", pages.form(accountChanges::change)),
        new Route(HandlerType.GET, "/staff/admin/teams", teams::teams),
        new Route(HandlerType.POST, "/staff/admin/teams", pages.form(teams::createTeam)),
        new Route(HandlerType.POST, "/staff/admin/teams/members", pages.form(teams::changeMembers)),
        new Route(HandlerType.GET, "/staff/admin/routing", teams::routing),
        new Route(HandlerType.POST, "/staff/admin/routing", pages.form(teams::saveRouting)),
        new Route(HandlerType.GET, "/staff/admin/outcomes", outcomes::outcomes),
        new Route(HandlerType.POST, "/staff/admin/outcomes", pages.form(outcomes::save)),
        new Route(HandlerType.GET, "/staff/admin/calendar", calendar::calendar),
        new Route(HandlerType.POST, "/staff/admin/calendar", pages.form(calendar::updateCalendar)),
        new Route(HandlerType.GET, "/staff/admin/emergency-contacts", contacts::contacts),
        new Route(
            HandlerType.POST,
            "/staff/admin/emergency-contacts",
            pages.form(contacts::saveContacts)),
        new Route(HandlerType.GET, "/staff/admin/service", service::service),
        new Route(HandlerType.POST, "/staff/admin/service", pages.form(service::saveService)),
        new Route(HandlerType.GET, "/staff/admin/pages", content::list),
        new Route(HandlerType.GET, "/staff/admin/pages/{slug}", content::edit),
        new Route(HandlerType.POST, "/staff/admin/pages/{slug}", pages.form(content::save)),
        new Route(HandlerType.GET, "/staff/admin/audit", audit::audit),
        new Route(HandlerType.GET, "/staff/admin/audit.csv", audit::auditCsv),
        new Route(HandlerType.GET, "/staff/admin/audit/verification", audit::verification),
        new Route(HandlerType.GET, "/staff/admin/questionnaire", questionnaire::questionnaire),
        new Route(
            HandlerType.GET, "/staff/admin/questionnaire/questions/{index}", question::question),
        new Route(
            HandlerType.POST,
            "/staff/admin/questionnaire/questions/{index}",
            pages.form(question::saveQuestion)),
        new Route(HandlerType.GET, "/staff/admin/questionnaire/preview", questionnaire::preview),
        new Route(
            HandlerType.POST,
            "/staff/admin/questionnaire/publish",
            pages.form(questionnaire::publish)),
        new Route(
            HandlerType.POST,
            "/staff/admin/questionnaire/discard",
            pages.form(questionnaire::discard)),
        new Route(
            HandlerType.POST,
            "/staff/admin/questionnaire/current",
            pages.form(questionnaire::makeCurrent)),
        new Route(HandlerType.GET, "/staff/questionnaire-changes", changes::changes),
        new Route(
            HandlerType.POST,
            "/staff/questionnaire-changes/{version}/confirm",
            pages.form(changes::confirm)));
  }

  /**
   * The routes of the staff account lifecycle added with issue 21's rest: an administrator's
   * password reset (API and page) and the page its one-time link opens; a member's own sessions
   * (API and page).
   */
  static List<Route> identity(
      Pages pages,
      PasswordResetApi resetApi,
      PasswordResetPages reset,
      OwnSessionsApi sessionsApi,
      OwnSessions sessions) {
    return List.of(
        new Route(HandlerType.GET, "/api/v1/staff/sessions", sessionsApi::sessions),
        new Route(HandlerType.DELETE, "/api/v1/staff/sessions/{id}", sessionsApi::end),
        new Route(HandlerType.GET, "/staff/sessions", sessions::show),
        new Route(HandlerType.POST, "/staff/sessions/{id}/end", pages.form(sessions::end)),
        new Route(
            HandlerType.POST, "/api/v1/admin/staff/{id}/password-reset", resetApi::resetPassword),
        new Route(
            HandlerType.POST, "/staff/admin/staff/{id}/password-reset", pages.form(reset::reset)),
        new Route(HandlerType.GET, "/staff/set-password", reset::form),
        new Route(HandlerType.POST, "/staff/set-password", pages.form(reset::set)));
  }

  /** The routes of staff single sign-on, served only when it is configured. */
  static List<Route> provider(Pages pages, ProviderSignIn sso) {
    return List.of(
        new Route(HandlerType.GET, "/staff/sign-in/sso", sso::start),
        new Route(HandlerType.GET, ProviderSignIn.CALLBACK, sso::callback),
        new Route(HandlerType.POST, "/staff/sign-in/sso/code", pages.form(sso::code)));
  }
}
