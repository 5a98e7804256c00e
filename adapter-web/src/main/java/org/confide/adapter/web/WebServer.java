package org.confide.adapter.web;

import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpResponseException;
import io.javalin.json.JavalinJackson;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.confide.application.Confide;
import org.confide.application.port.out.Transactions.StoreUnavailable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

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

  private static final Logger LOG = LoggerFactory.getLogger(WebServer.class);

  /** What a client is told to wait when the database cannot be reached. */
  static final String STORE_RETRY_AFTER_SECONDS = "5";

  // One warning per interval while the database is away, not one per refused request.
  private static final long STORE_WARNING_INTERVAL_NANOS = 10_000_000_000L;
  private static final AtomicLong lastStoreWarning =
      new AtomicLong(System.nanoTime() - STORE_WARNING_INTERVAL_NANOS);

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

  /** The Javalin application serving {@code confide}; not yet started. */
  public static Javalin create(Confide confide, WebSettings settings) {
    Objects.requireNonNull(confide, "confide");
    Objects.requireNonNull(settings, "settings");
    var json = new Json();
    var responses = new Responses(json);
    var guard = new Guard(settings);
    var pages = new Pages(confide, settings);
    var staffPages =
        new StaffPages(
            confide, pages, guard, new KnownDevices(settings.formKey(), settings.clock()));
    var routes = new java.util.ArrayList<Route>();
    routes.addAll(
        routes(
            new PublicApi(confide, settings.databaseAnswers(), json),
            new ReporterApi(confide, json, responses, guard),
            new StaffApi(confide, json, responses, guard),
            new TrendsApi(confide, responses, settings.clock()),
            new AdminApi(confide, json, responses)));
    routes.addAll(
        pageRoutes(
            pages,
            new Assets(),
            new ReporterPages(confide, pages, guard, settings),
            staffPages,
            new TwoFactorPages(confide, pages),
            new AdminPages(confide, pages, staffPages),
            new TrendPages(confide, pages, staffPages, settings.clock())));
    return Javalin.create(
        config -> configure(config, settings, json, responses, pages, List.copyOf(routes)));
  }

  /** Every route the server serves; the OpenAPI description lists exactly these. */
  static List<Route> routes(
      PublicApi open, ReporterApi reporter, StaffApi staff, TrendsApi trends, AdminApi admin) {
    return List.of(
        new Route(HandlerType.GET, "/health", open::health),
        new Route(HandlerType.GET, "/api/v1/openapi.json", open::openApi),
        new Route(HandlerType.GET, "/api/v1/questionnaire", open::questionnaire),
        new Route(HandlerType.GET, "/api/v1/service-status", open::serviceStatus),
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
        new Route(HandlerType.GET, "/api/v1/staff/cases", staff::cases),
        new Route(HandlerType.GET, "/api/v1/staff/cases/{reference}", staff::caseFile),
        new Route(HandlerType.POST, "/api/v1/staff/cases/{reference}/messages", staff::reply),
        new Route(HandlerType.POST, "/api/v1/staff/cases/{reference}/assignment", staff::assign),
        new Route(HandlerType.POST, "/api/v1/staff/cases/{reference}/status", staff::changeStatus),
        new Route(HandlerType.POST, "/api/v1/staff/cases/{reference}/escalations", staff::escalate),
        new Route(HandlerType.GET, "/api/v1/staff/escalations", staff::openEscalations),
        new Route(HandlerType.POST, "/api/v1/staff/escalations/{id}/decision", staff::decide),
        new Route(HandlerType.GET, "/api/v1/staff/trends", trends::trends),
        new Route(HandlerType.GET, "/api/v1/staff/trends.csv", trends::trendsCsv),
        new Route(HandlerType.GET, "/api/v1/staff/alerts", trends::alerts),
        new Route(HandlerType.GET, "/api/v1/staff/alerts/{id}", trends::alert),
        new Route(HandlerType.POST, "/api/v1/admin/staff", admin::createStaff),
        new Route(HandlerType.GET, "/api/v1/admin/calendar", admin::calendar),
        new Route(HandlerType.PUT, "/api/v1/admin/calendar", admin::replaceCalendar),
        new Route(HandlerType.GET, "/api/v1/admin/analysis", admin::analysis),
        new Route(HandlerType.PUT, "/api/v1/admin/analysis", admin::replaceAnalysis),
        new Route(HandlerType.GET, "/api/v1/admin/two-factor", admin::twoFactor),
        new Route(HandlerType.PUT, "/api/v1/admin/two-factor", admin::replaceTwoFactor),
        new Route(HandlerType.POST, "/api/v1/admin/two-factor/reset", admin::resetTwoFactor));
  }

  /**
   * Every page the server renders. Each form post runs only when it carries the browser's form
   * token ({@link Pages#form}).
   */
  static List<Route> pageRoutes(
      Pages pages,
      Assets assets,
      ReporterPages reporter,
      StaffPages staff,
      TwoFactorPages twoFactor,
      AdminPages admin,
      TrendPages trends) {
    return List.of(
        new Route(HandlerType.GET, "/assets/{name}", assets::serve),
        new Route(HandlerType.GET, "/", reporter::home),
        new Route(HandlerType.GET, "/report", reporter::startReport),
        new Route(HandlerType.POST, "/report", pages.form(reporter::continueReport)),
        new Route(HandlerType.POST, "/report/saved", pages.form(reporter::codeSaved)),
        new Route(HandlerType.GET, "/sign-in", reporter::signInForm),
        new Route(HandlerType.POST, "/sign-in", pages.form(reporter::signIn)),
        new Route(HandlerType.GET, "/my-report", reporter::myReport),
        new Route(HandlerType.POST, "/my-report/messages", pages.form(reporter::send)),
        new Route(HandlerType.GET, "/my-report/contact", reporter::contactForm),
        new Route(HandlerType.POST, "/my-report/contact", pages.form(reporter::shareContact)),
        new Route(HandlerType.GET, "/my-report/erase", reporter::eraseForm),
        new Route(HandlerType.POST, "/my-report/erase", pages.form(reporter::erase)),
        new Route(HandlerType.POST, "/sign-out", pages.form(reporter::signOut)),
        new Route(HandlerType.GET, "/leave", reporter::leave),
        new Route(HandlerType.GET, "/staff", staff::start),
        new Route(HandlerType.GET, "/staff/sign-in", staff::signInForm),
        new Route(HandlerType.POST, "/staff/sign-in", pages.form(staff::signIn)),
        new Route(HandlerType.POST, "/staff/sign-out", pages.form(staff::signOut)),
        new Route(HandlerType.GET, "/staff/two-factor", twoFactor::show),
        new Route(HandlerType.POST, "/staff/two-factor", pages.form(twoFactor::confirm)),
        new Route(HandlerType.GET, "/staff/cases", staff::cases),
        new Route(HandlerType.GET, "/staff/cases/{reference}", staff::caseFile),
        new Route(HandlerType.POST, "/staff/cases/{reference}/reply", pages.form(staff::reply)),
        new Route(HandlerType.POST, "/staff/cases/{reference}/note", pages.form(staff::note)),
        new Route(HandlerType.POST, "/staff/cases/{reference}/assign", pages.form(staff::assign)),
        new Route(HandlerType.POST, "/staff/cases/{reference}/status", pages.form(staff::status)),
        new Route(
            HandlerType.POST, "/staff/cases/{reference}/escalate", pages.form(staff::escalate)),
        new Route(HandlerType.GET, "/staff/escalations", staff::escalations),
        new Route(HandlerType.GET, "/staff/escalations/{id}", staff::escalation),
        new Route(HandlerType.POST, "/staff/escalations/{id}/decision", pages.form(staff::decide)),
        new Route(HandlerType.GET, "/staff/trends", trends::trends),
        new Route(HandlerType.GET, "/staff/trends.csv", trends::trendsCsv),
        new Route(HandlerType.GET, "/staff/alerts", trends::alerts),
        new Route(HandlerType.GET, "/staff/alerts/{id}", trends::alert),
        new Route(HandlerType.GET, "/staff/admin/staff", admin::staff),
        new Route(HandlerType.POST, "/staff/admin/staff", pages.form(admin::createStaff)),
        new Route(HandlerType.POST, "/staff/admin/staff/deactivate", pages.form(admin::deactivate)),
        new Route(
            HandlerType.POST,
            "/staff/admin/staff/reset-two-factor",
            pages.form(admin::resetTwoFactor)),
        new Route(HandlerType.POST, "/staff/admin/two-factor", pages.form(admin::requireTwoFactor)),
        new Route(HandlerType.GET, "/staff/admin/calendar", admin::calendar),
        new Route(HandlerType.POST, "/staff/admin/calendar", pages.form(admin::updateCalendar)));
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
    config.jetty.modifyServer(
        server -> server.setErrorHandler(new JettyRefusals(reportContent, json)));
    var transport = new Transport(settings);
    var sameOrigin = new SameOrigin(settings, transport);
    config.routes.before(ctx -> {
      var headers = carriesReportContent(ctx.path()) ? reportContent : everyResponse;
      headers.forEach(ctx::header);
      transport.strictTransportSecurity(ctx);
      sameOrigin.check(ctx);
    });

    for (var route : routes) {
      config.routes.addHttpHandler(route.method(), route.path(), route.handler());
    }

    config.routes.exception(
        ProblemException.class, (e, ctx) -> answer(ctx, responses, pages, e.problem()));
    config.routes.exception(
        HttpResponseException.class, (e, ctx) -> answer(ctx, responses, pages, problemFor(e)));
    config.routes.exception(
        StoreUnavailable.class,
        (e, ctx) -> {
          long now = System.nanoTime();
          long last = lastStoreWarning.get();
          if (now - last >= STORE_WARNING_INTERVAL_NANOS
              && lastStoreWarning.compareAndSet(last, now)) {
            // Only our own words: the reason names the kind of failure, never what was written.
            LOG.warn("Answering 503: {}", e.getMessage());
          }
          // The transaction was rolled back or never began, so nothing half-written is kept. Only a
          // connection lost during the commit itself leaves it unknown whether the commit landed;
          // a retry with the same Idempotency-Key then returns the report if it did.
          ctx.header("Retry-After", STORE_RETRY_AFTER_SECONDS);
          answer(
              ctx,
              responses,
              pages,
              Problem.of(
                  503,
                  "Service unavailable",
                  "The service's database cannot answer just now. Please try again in a few"
                      + " seconds."));
        });
    config.routes.exception(
        Exception.class,
        (e, ctx) -> {
          LOG.error(
              "Unexpected {} answering {} {}; at {}",
              e.getClass().getName(),
              ctx.method(),
              matchedPath(ctx),
              where(e));
          answer(
              ctx,
              responses,
              pages,
              Problem.of(
                  500,
                  "Something went wrong",
                  "The server could not answer. Nothing was changed unless you are told so;"
                      + " try again later."));
        });
  }

  /** A problem as the caller expects it: problem+json to the API, a page to a browser. */
  private static void answer(Context ctx, Responses responses, Pages pages, Problem problem) {
    // No error is worth keeping in a cache, wherever it was asked for (a lost asset included).
    ctx.header("Cache-Control", "no-store, max-age=0");
    if (isApi(ctx.path())) {
      responses.problem(ctx, problem);
      return;
    }
    var frame =
        ctx.path().startsWith("/staff")
            ? pages.staffFrame(ctx, java.util.Optional.empty())
            : pages.reporterFrame(ctx);
    var home = ctx.path().startsWith("/staff") ? "/staff/cases" : "/";
    pages.message(
        ctx,
        problem.status(),
        frame,
        problem.status() == 404 ? "Page not found" : problem.title(),
        problem.status() == 404
            ? "There is no page at this address. Check it, or start again from the first page."
            : problem.detail(),
        "Go to the first page",
        home);
  }

  static boolean isApi(String path) {
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
    return REPORT_CONTENT_PREFIXES.stream().anyMatch(path::startsWith);
  }

  private static Map<String, String> headers(Map<String, String> headers, boolean tls) {
    return tls ? SecurityHeaders.overTls(headers) : headers;
  }

  /** Javalin's own refusals (no such route, wrong method, body too large) as problems. */
  private static Problem problemFor(HttpResponseException e) {
    return switch (e.getStatus()) {
      case 404 -> Responses.notFound();
      case 405 -> Problem.of(405, "Method not allowed", "This path does not accept this method.");
      case 413 ->
          Problem.of(413, "Request too large", "The body is larger than this server accepts.");
      case 400 -> Problem.of(400, "Bad request", "The request could not be read.");
      default -> Problem.of(e.getStatus(), "Request refused", "The request was refused.");
    };
  }

  private static String matchedPath(Context ctx) {
    try {
      return ctx.endpoint().path;
    } catch (RuntimeException e) {
      return "(no route)";
    }
  }

  /** The top of the stack, without the exception's message. */
  private static String where(Throwable e) {
    return Arrays.stream(e.getStackTrace())
        .limit(8)
        .map(StackTraceElement::toString)
        .collect(Collectors.joining(" <- "));
  }
}
