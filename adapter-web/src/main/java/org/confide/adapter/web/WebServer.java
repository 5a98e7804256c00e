package org.confide.adapter.web;

import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import io.javalin.json.JavalinJackson;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
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
import org.confide.adapter.web.rendering.ExportDocuments;
import org.confide.adapter.web.security.Guard;
import org.confide.adapter.web.security.JettyRefusals;
import org.confide.adapter.web.security.KnownDevices;
import org.confide.adapter.web.security.PendingSignIns;
import org.confide.adapter.web.security.SameOrigin;
import org.confide.adapter.web.security.SecurityHeaders;
import org.confide.adapter.web.security.Transport;
import org.confide.adapter.web.security.oidc.OpenIdProvider;
import org.confide.application.Confide;
import org.slf4j.MDC;

/**
 * Builds Confide's JSON API on Javalin: every route in {@link #routes one table}, the security
 * headers on every response, and one problem body for every error. The caller starts it ({@code
 * create(confide, settings).start(port)}) and stops it.
 *
 * <p>Nothing here logs a request: no address, user agent, body, code, token or password. The only
 * log line is for an unexpected exception, naming its class and the route, never its message, which
 * might quote what was sent.
 */
public final class WebServer {

  /** The path prefixes whose responses carry report content, messages or contact details. */
  static final List<String> REPORT_CONTENT_PREFIXES =
      List.of("/api/v1/reports", "/api/v1/reporter/", "/api/v1/staff/", "/api/v1/admin/");

  private WebServer() {}

  /** One route of the API: method, path (Javalin's {@code {param}} syntax) and handler. */
  record Route(HandlerType method, String path, Handler handler) {
    Route {
      Objects.requireNonNull(method, "method");
      Objects.requireNonNull(path, "path");
      Objects.requireNonNull(handler, "handler");
    }
  }

  /** The Javalin application serving {@code confide}; not yet started. No single sign-on. */
  public static Javalin create(Confide confide, WebSettings settings) {
    return create(confide, settings, SingleSignOnSettings.off());
  }

  /**
   * The Javalin application serving {@code confide}, with staff single sign-on as {@code sso} says;
   * not yet started.
   */
  public static Javalin create(Confide confide, WebSettings settings, SingleSignOnSettings sso) {
    Objects.requireNonNull(confide, "confide");
    Objects.requireNonNull(settings, "settings");
    Objects.requireNonNull(sso, "sso");
    var json = new Json();
    var responses = new Responses(json, settings.languages());
    var guard = new Guard(settings);
    var pages = new Pages(confide, settings);
    var documents = new ExportDocuments(settings.languages());
    var origin = new SameOrigin(settings, new Transport(settings));
    var provider =
        sso.provider().map(configured -> new OpenIdProvider(configured, settings.clock()));
    var routes = new ArrayList<Route>();
    routes.addAll(
        RouteTables.api(
            new PublicApi(confide, settings.languages(), settings.databaseAnswers(), json),
            new ReporterApi(confide, json, responses, guard),
            new StaffSessionApi(confide, json, responses, guard, sso),
            new CasesApi(confide, json, responses),
            new EscalationsApi(confide, json, responses),
            new TrendsApi(confide, responses, settings.clock()),
            new DashboardApi(confide, responses, settings.clock()),
            new AdminApi(confide, json, responses),
            new AuditApi(confide, responses),
            new StaffAccountsApi(confide, json, responses),
            new ServiceApi(confide, settings.languages(), json, responses),
            new PagesApi(confide, json, responses, settings.languages()),
            new QuestionnairesApi(confide, settings.languages(), json, responses),
            new TeamsApi(confide, json, responses),
            new ConflictsApi(confide, json, responses),
            new ExportsApi(confide, documents, json, responses),
            new OutcomesApi(confide, settings.languages(), json, responses),
            new NotificationsApi(confide, json, responses, settings.languages()),
            new StaffReportsApi(confide, json, responses)));
    routes.addAll(
        RouteTables.pages(
            pages,
            new Assets(documents, settings.languages()),
            new ReportPages(confide, pages, settings, origin),
            new ReporterSignIn(confide, pages, guard, settings),
            new MyReport(confide, pages),
            new ContactSharing(confide, pages),
            new Erasure(confide, pages),
            new StaffSignIn(
                confide,
                pages,
                guard,
                new KnownDevices(settings.formKey(), settings.clock()),
                sso,
                provider,
                origin),
            new TwoFactorPages(confide, pages),
            new CaseList(confide, pages),
            new CaseFile(confide, pages),
            new CaseActions(confide, pages),
            new EscalationPages(confide, pages),
            new TrendPages(confide, pages, settings.clock()),
            new DashboardPages(confide, pages, settings.clock()),
            new StaffAccounts(confide, pages),
            new StaffAccountChanges(confide, pages),
            new OwnPassword(confide, pages),
            new NotificationChoices(confide, pages),
            new CalendarSettings(confide, pages),
            new EmergencyContactsSettings(confide, pages),
            new OrganisationSettings(confide, pages, settings.notificationsOn()),
            new OrganisationContent(confide, pages),
            new AuditPages(confide, pages),
            new QuestionnaireSettings(confide, pages),
            new QuestionEditing(confide, pages),
            new QuestionnaireChanges(confide, pages),
            new TeamSettings(confide, pages),
            new ExportPages(confide, pages, documents, json),
            new ClosingChoicesSettings(confide, pages),
            new StaffReportEntry(confide, pages, settings)));
    routes.addAll(
        RouteTables.identity(
            pages,
            new PasswordResetApi(confide, responses, origin),
            new PasswordResetPages(confide, pages, origin),
            new OwnSessionsApi(confide, responses),
            new OwnSessions(confide, pages)));
    provider.ifPresent(known ->
        routes.addAll(
            RouteTables.provider(
                pages,
                new ProviderSignIn(
                    confide,
                    pages,
                    known,
                    guard,
                    new PendingSignIns(settings.formKey(), settings.clock()),
                    origin))));
    return Javalin.create(
        config -> configure(config, settings, json, responses, pages, List.copyOf(routes)));
  }

  private static void configure(
      JavalinConfig config,
      WebSettings settings,
      Json json,
      Responses responses,
      Pages pages,
      List<Route> routes) {
    config.startup.showJavalinBanner = false;
    config.startup.showOldJavalinVersionWarning = false;
    // Jetty's request handling runs on virtual threads: blocking JDBC costs no platform thread.
    config.concurrency.useVirtualThreads = settings.virtualThreads();
    config.http.maxRequestSize = settings.maxBodyBytes();
    config.http.prefer405over404 = true;
    config.http.generateEtags = false;
    config.jsonMapper(new JavalinJackson(json.mapper(), settings.virtualThreads()));
    config.jetty.modifyHttpConfiguration(http -> {
      http.setSendServerVersion(false);
      http.setSendXPoweredBy(false);
    });

    var everyResponse = headers(SecurityHeaders.forEveryResponse(), settings.behindTls());
    var reportContent = headers(SecurityHeaders.forReportContent(), settings.behindTls());
    config.jetty.modifyServer(server ->
        server.setErrorHandler(new JettyRefusals(reportContent, json, settings.languages())));
    var transport = new Transport(settings);
    var sameOrigin = new SameOrigin(settings, transport);
    config.routes.before(ctx -> {
      // Every line logged while this request is served carries its id (the JSON log's "request"
      // field): a random number, tied to no one, so that the lines of one request can be found.
      MDC.put(REQUEST_ID, HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong()));
      var headers = carriesReportContent(ctx.path()) ? reportContent : everyResponse;
      // Added, not set: no header is there yet, and setting one first looks for others of its name.
      var response = ctx.res();
      headers.forEach(response::addHeader);
      transport.strictTransportSecurity(ctx);
      refuseContentCodings(ctx);
      sameOrigin.check(ctx);
    });

    for (var route : routes) {
      config.routes.addHttpHandler(route.method(), route.path(), route.handler());
    }

    Failures.answer(config, responses, pages);
    config.routes.after(ctx -> {
      if (ctx.statusCode() == 204 || ctx.method() == HandlerType.HEAD) {
        // An answer without a body has no media type (Javalin labels every answer text/plain).
        ctx.res().setContentType(null);
      }
      MDC.remove(REQUEST_ID);
    });
    var observer = settings.requestObserver();
    config.requestLogger.http((ctx, millis) ->
        observer.answered(
            ctx.method().name(),
            routeTemplate(ctx),
            ctx.statusCode(),
            Duration.ofNanos(Math.round(millis * 1_000_000d))));
  }

  /**
   * Refuses a body sent with a content coding ({@code gzip}, {@code br}...): the server decodes
   * none, and reading compressed bytes as JSON or a form would only fail later, less clearly, or
   * accept a body labelled compressed that is not. {@code identity} is no coding at all.
   */
  private static void refuseContentCodings(Context ctx) {
    for (var coding : Collections.list(ctx.req().getHeaders("Content-Encoding"))) {
      for (var one : coding.split(",")) {
        if (!one.isBlank() && !one.strip().equalsIgnoreCase("identity")) {
          ctx.header("Accept-Encoding", "identity");
          throw new ProblemException(Problem.of(415, "contentCoding"));
        }
      }
    }
  }

  /**
   * The route template {@code ctx} matched ({@code /api/v1/staff/cases/{reference}}), never its
   * path: a path may hold a case reference or an escalation id, which must not reach a metric.
   */
  static String routeTemplate(Context ctx) {
    try {
      var endpoint = ctx.endpoints().matchedHttpEndpoint();
      return endpoint == null ? WebSettings.RequestObserver.UNMATCHED : endpoint.path;
    } catch (RuntimeException noEndpoint) {
      // Javalin answers a request that matched no route without an endpoint to name.
      return WebSettings.RequestObserver.UNMATCHED;
    }
  }

  /** The name of the request id in the logging context. */
  static final String REQUEST_ID = "request";

  /** Whether {@code path} is the API's (answered with problem+json) rather than a page's. */
  public static boolean isApi(String path) {
    return path.startsWith("/api/") || path.equals("/health");
  }

  /**
   * Whether the response may carry report content and so must never be cached: the API calls that
   * do, and every page (a reporter's pages are never cached, whatever they show).
   */
  static boolean carriesReportContent(String path) {
    if (!isApi(path)) {
      return !path.startsWith("/assets/");
    }
    for (var prefix : REPORT_CONTENT_PREFIXES) {
      if (path.startsWith(prefix)) {
        return true;
      }
    }
    return false;
  }

  private static Map<String, String> headers(Map<String, String> headers, boolean tls) {
    return tls ? SecurityHeaders.overTls(headers) : headers;
  }
}
