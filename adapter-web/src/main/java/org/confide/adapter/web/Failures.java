package org.confide.adapter.web;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.confide.adapter.web.pages.Pages;
import org.confide.adapter.web.security.FormTokens;
import org.confide.application.port.out.Transactions.StoreUnavailable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How the server answers what went wrong: one problem for every error, as problem+json to the API
 * and as a page to a browser, with no cache. The only log line is for an unexpected exception,
 * naming its class and the route, never its message, which might quote what was sent.
 */
final class Failures {

  private static final Logger LOG = LoggerFactory.getLogger(WebServer.class);

  /** What a client is told to wait when the database cannot be reached. */
  static final String STORE_RETRY_AFTER_SECONDS = "5";

  // One warning per interval while the database is away, not one per refused request.
  private static final long STORE_WARNING_INTERVAL_NANOS = 10_000_000_000L;
  private static final AtomicLong lastStoreWarning =
      new AtomicLong(System.nanoTime() - STORE_WARNING_INTERVAL_NANOS);

  private Failures() {}

  /** Registers the answer to each kind of failure with {@code config}. */
  static void answer(JavalinConfig config, Responses responses, Pages pages) {
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
          answer(ctx, responses, pages, Problem.of(503, "storeUnavailable"));
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
          answer(ctx, responses, pages, Problem.of(500, "unexpected"));
        });
  }

  /** A problem as the caller expects it: problem+json to the API, a page to a browser. */
  private static void answer(Context ctx, Responses responses, Pages pages, Problem problem) {
    // No error is worth keeping in a cache, wherever it was asked for (a lost asset included).
    ctx.header("Cache-Control", "no-store, max-age=0");
    if (WebServer.isApi(ctx.path())) {
      responses.problem(ctx, problem);
      return;
    }
    var staff = ctx.path().startsWith("/staff");
    var frame = staff ? pages.staffFrame(ctx, Optional.empty()) : pages.reporterFrame(ctx);
    if (!staff) {
      // A reporter's page says what went wrong in the words of its language.
      var key = reporterMessage(problem);
      pages.message(
          ctx,
          problem.status(),
          frame,
          frame.t(key + ".title"),
          frame.t(key + ".text"),
          frame.t("message.home"),
          frame.href("/"),
          unsent(ctx, problem));
      return;
    }
    var texts = frame.texts();
    // A page's 404 says what a person can do; the API's is for a client.
    var shown = problem.status() == 404 ? Problem.of(404, "pageNotFound") : problem;
    pages.message(
        ctx,
        problem.status(),
        frame,
        shown.title(texts),
        shown.detail(texts),
        texts.text("problem.goToFirstPage"),
        frame.href("/staff/cases"),
        unsent(ctx, problem));
  }

  /** The messages ({@code message.<kind>.title} and {@code .text}) a reporter is shown for it. */
  private static String reporterMessage(Problem problem) {
    return switch (problem.status()) {
      case 404 -> "message.notFound";
      case 403 ->
          problem.name().equals(FormTokens.expired().name())
              ? "message.expired"
              : "message.refused";
      case 503 -> "message.unavailable";
      case 500 -> "message.error";
      default -> "message.refused";
    };
  }

  /**
   * The long text a reporter wrote on a form refused as expired (their account, or a message), to
   * show back to copy: read only for that refusal, never stored or logged.
   */
  private static String unsent(Context ctx, Problem problem) {
    if (problem.status() != 403 || !ctx.method().name().equals("POST")) {
      return null;
    }
    var path = ctx.path();
    var name =
        path.equals("/report") ? "account" : path.equals("/my-report/messages") ? "body" : null;
    return name == null ? null : ctx.formParam(name);
  }

  /** Javalin's own refusals (no such route, wrong method, body too large) as problems. */
  private static Problem problemFor(HttpResponseException e) {
    return switch (e.getStatus()) {
      case 404 -> Responses.notFound();
      case 405 -> Problem.of(405, "methodNotAllowed");
      case 413 -> Problem.of(413, "tooLarge");
      case 400 -> Problem.of(400, "badRequest");
      default -> Problem.of(e.getStatus(), "refused");
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
