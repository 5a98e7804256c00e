package org.confide.adapter.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.confide.adapter.web.page.Frame;
import org.confide.adapter.web.page.StaffNav;
import org.confide.application.Confide;
import org.confide.application.port.in.ReadServiceStatusUseCase;
import org.confide.application.port.in.SessionToken;
import org.confide.application.port.out.Transactions;

/**
 * What every server-rendered page shares: rendering a precompiled jte template, the frame around
 * it, the cookies that carry page sessions and the form token, and dates in words.
 *
 * <p>Cookies: {@value #REPORTER_COOKIE} holds a reporter's session token, {@value #STAFF_COOKIE} a
 * staff member's (sent only to {@code /staff}), and {@value #FORM_COOKIE} a random token that every
 * form must carry back (a double-submit token; with {@code SameSite=Strict} no other site can post
 * a form here). All three are {@code HttpOnly}, {@code SameSite=Strict}, {@code Secure} behind TLS,
 * and last only as long as the browser is open. Signing in replaces the form token and issues a new
 * session token, so no id survives a sign-in.
 */
final class Pages {

  static final String REPORTER_COOKIE = "confide_reporter";
  static final String STAFF_COOKIE = "confide_staff";
  static final String FORM_COOKIE = "confide_form";
  static final String FORM_FIELD = "csrf";

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);
  private static final DateTimeFormatter MOMENT =
      DateTimeFormatter.ofPattern("d MMMM yyyy 'at' HH:mm", Locale.UK);
  private static final DateTimeFormatter SHORT_DAY =
      DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.UK);

  private final TemplateEngine engine = TemplateEngine.createPrecompiled(ContentType.Html);
  private final ReadServiceStatusUseCase serviceStatus;
  private final WebSettings settings;
  private final SecureRandom random = new SecureRandom();

  Pages(Confide confide, WebSettings settings) {
    this.serviceStatus = confide.readServiceStatus();
    this.settings = settings;
  }

  /** Renders {@code template} with {@code params} (the frame is added) as the response. */
  void render(Context ctx, int status, Frame frame, String template, Map<String, Object> params) {
    var all = new LinkedHashMap<String, Object>(params);
    all.put("frame", frame);
    var out = new StringOutput();
    engine.render(template, all, out);
    ctx.status(status).contentType("text/html; charset=utf-8").result(out.toString());
  }

  /** A page with a heading, one paragraph and, if {@code href} is not null, one link. */
  void message(
      Context ctx, int status, Frame frame, String title, String text, String link, String href) {
    var params = new LinkedHashMap<String, Object>();
    params.put("title", title);
    params.put("text", text);
    params.put("linkText", link);
    params.put("linkHref", href);
    render(ctx, status, frame, "message.jte", params);
  }

  ReadServiceStatusUseCase.ServiceStatus status() {
    return serviceStatus.status();
  }

  /**
   * The frame of a reporter's page. When the database cannot be reached, the page (saying so) is
   * still framed, without the closure notice it could not read.
   */
  Frame reporterFrame(Context ctx) {
    Optional<String> notice;
    try {
      notice = status().closureNotice();
    } catch (Transactions.StoreUnavailable e) {
      notice = Optional.empty();
    }
    return new Frame(false, formToken(ctx), notice, Optional.empty(), ctx.path());
  }

  /** The frame of a staff page; {@code staff} is empty on the sign-in page. */
  Frame staffFrame(Context ctx, Optional<StaffNav> staff) {
    return new Frame(true, formToken(ctx), Optional.empty(), staff, ctx.path());
  }

  /** The form token of this browser, set in a cookie on its first page. */
  String formToken(Context ctx) {
    var existing = ctx.attribute(FORM_COOKIE);
    if (existing instanceof String token) {
      return token;
    }
    var token = ctx.cookie(FORM_COOKIE);
    if (token == null || !wellFormed(token)) {
      token = newToken();
      setCookie(ctx, FORM_COOKIE, token, "/");
    }
    ctx.attribute(FORM_COOKIE, token);
    return token;
  }

  /** {@code handler}, run only when the form carries this browser's token; otherwise 403. */
  Handler form(Handler handler) {
    return ctx -> {
      var cookie = ctx.cookie(FORM_COOKIE);
      var sent = ctx.formParam(FORM_FIELD);
      if (cookie == null || sent == null || !wellFormed(cookie) || !same(cookie, sent)) {
        throw new ProblemException(
            Problem.of(
                403,
                "This form has expired",
                "For your safety, forms stop working after you sign in or out, or when cookies"
                    + " are cleared. Go back, reload the page and try again."));
      }
      handler.handle(ctx);
    };
  }

  /** The session token in {@code cookie}, if one is there and well formed. */
  Optional<SessionToken> session(Context ctx, String cookie) {
    return Optional.ofNullable(ctx.cookie(cookie))
        .filter(SessionToken::isWellFormed)
        .map(SessionToken::new);
  }

  /** Starts a page session: the token in its cookie, and a new form token. */
  void startSession(Context ctx, String cookie, SessionToken token) {
    setCookie(ctx, cookie, token.value(), pathOf(cookie));
    var form = newToken();
    setCookie(ctx, FORM_COOKIE, form, "/");
    ctx.attribute(FORM_COOKIE, form);
  }

  /** Ends a page session in the browser: its cookie and the form token are cleared. */
  void endSession(Context ctx, String cookie) {
    clearCookie(ctx, cookie, pathOf(cookie));
    clearCookie(ctx, FORM_COOKIE, "/");
  }

  /** Answers 303 See Other: after a form, the browser fetches {@code location} with GET. */
  static void seeOther(Context ctx, String location) {
    ctx.status(303).header("Location", location);
  }

  /** A day in words, in {@code zone}: "Thursday 26 November 2026". */
  static String day(Instant instant, ZoneId zone) {
    return DAY.format(instant.atZone(zone));
  }

  /** A day in words: "Thursday 26 November 2026". */
  static String day(LocalDate date) {
    return DAY.format(date);
  }

  /** A short day, for tables: "Thu 26 Nov 2026". */
  static String shortDay(Instant instant, ZoneId zone) {
    return SHORT_DAY.format(instant.atZone(zone));
  }

  /** A moment in words, in {@code zone}: "26 November 2026 at 14:05". */
  static String moment(Instant instant, ZoneId zone) {
    return MOMENT.format(instant.atZone(zone));
  }

  private static String pathOf(String cookie) {
    return STAFF_COOKIE.equals(cookie) ? "/staff" : "/";
  }

  private void setCookie(Context ctx, String name, String value, String path) {
    ctx.res()
        .addHeader(
            "Set-Cookie",
            name
                + "="
                + value
                + "; Path="
                + path
                + "; HttpOnly; SameSite=Strict"
                + (settings.behindTls() ? "; Secure" : ""));
  }

  private void clearCookie(Context ctx, String name, String path) {
    ctx.res()
        .addHeader(
            "Set-Cookie",
            name
                + "=; Path="
                + path
                + "; Max-Age=0; Expires=Thu, 01 Jan 1970 00:00:00 GMT; HttpOnly; SameSite=Strict"
                + (settings.behindTls() ? "; Secure" : ""));
  }

  private String newToken() {
    var bytes = new byte[24];
    random.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  private static boolean wellFormed(String token) {
    return token.length() == 32 && token.chars().allMatch(Pages::base64url);
  }

  private static boolean base64url(int c) {
    return (c >= 'A' && c <= 'Z')
        || (c >= 'a' && c <= 'z')
        || (c >= '0' && c <= '9')
        || c == '-'
        || c == '_';
  }

  private static boolean same(String one, String other) {
    return MessageDigest.isEqual(
        one.getBytes(java.nio.charset.StandardCharsets.UTF_8),
        other.getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }
}
