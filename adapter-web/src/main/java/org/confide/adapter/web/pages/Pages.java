package org.confide.adapter.web.pages;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.security.SecureRandom;
import java.time.ZoneId;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.confide.adapter.web.ProblemException;
import org.confide.adapter.web.WebSettings;
import org.confide.adapter.web.i18n.AnswerLine;
import org.confide.adapter.web.i18n.ChoiceWords;
import org.confide.adapter.web.i18n.Languages;
import org.confide.adapter.web.i18n.Shown;
import org.confide.adapter.web.i18n.Texts;
import org.confide.adapter.web.pages.view.Frame;
import org.confide.adapter.web.pages.view.MessagePage;
import org.confide.adapter.web.pages.view.Page;
import org.confide.adapter.web.pages.view.StaffNav;
import org.confide.adapter.web.rendering.SafeMarkdown;
import org.confide.adapter.web.security.FormTokens;
import org.confide.adapter.web.security.KnownDevices;
import org.confide.adapter.web.security.Transport;
import org.confide.application.Confide;
import org.confide.application.port.in.ListOrganisationPagesUseCase;
import org.confide.application.port.in.ReadOrganisationPageUseCase;
import org.confide.application.port.in.ReadServiceStatusUseCase;
import org.confide.application.port.in.SessionToken;
import org.confide.application.port.out.Transactions;
import org.confide.domain.content.PageKey;
import org.confide.domain.outcome.ChoiceList;
import org.confide.domain.questionnaire.LabelledAnswer;
import org.confide.domain.shared.Language;
import org.confide.domain.shared.OwnText;

/**
 * What every server-rendered page shares: rendering a precompiled jte template, the frame around
 * it, the cookies that carry page sessions and form tokens, and dates in words.
 *
 * <p>Cookies: {@value #REPORTER_COOKIE} holds a reporter's session token, {@value #STAFF_COOKIE} a
 * staff member's (sent only to {@code /staff} over plain HTTP), and {@value #FORM_COOKIE} a random
 * visit value for browsers without a session. All are {@code HttpOnly}, {@code SameSite=Strict},
 * and last only as long as the browser is open; over TLS they are {@code Secure}, named with the
 * {@code __Host-} prefix, and have {@code Path=/} ({@link #cookieName}). One more, {@value
 * #DEVICE_COOKIE}, lasts longer, on staff browsers only: it marks a browser that has signed in to a
 * staff account before ({@link KnownDevices}), sent only to {@code /staff} over plain HTTP. No
 * reporter's browser is ever given a lasting cookie: it would tell whoever uses the device next
 * that someone there made a report.
 *
 * <p>Every form carries a token ({@link FormTokens}) that the server made for the session the form
 * was rendered for (a staff page's for the staff session, any other page's for the reporter
 * session), or, without a session, for the visit cookie. A cookie alone proves nothing: a sibling
 * site can set one, but cannot make the token that goes with it. Signing in or out replaces the
 * session and the visit value, so no token or id survives it.
 */
public final class Pages {

  static final String REPORTER_COOKIE = "confide_reporter";
  static final String STAFF_COOKIE = "confide_staff";
  static final String FORM_COOKIE = "confide_form";
  static final String DEVICE_COOKIE = "confide_device";
  static final String FORM_FIELD = "csrf";
  static final String HOST_PREFIX = "__Host-";
  // Set on the request when this response starts or ends a session, so that a page rendered in
  // the same response binds its forms to the new state rather than to the cookies that came in.
  private static final String SESSION_NOW = "confide.session-now.";
  private static final String VISIT_NOW = "confide.visit-now";
  private static final String TOKEN_NOW = "confide.form-token";

  private final ReadServiceStatusUseCase serviceStatus;
  private final ListOrganisationPagesUseCase listPages;
  private final ReadOrganisationPageUseCase readPage;
  private final Transport transport;
  private final FormTokens tokens;
  private final SecureRandom random = new SecureRandom();
  private final TemplateEngine engine = TemplateEngine.createPrecompiled(ContentType.Html);
  private final PageLanguages languages;
  private final Languages offered;

  public Pages(Confide confide, WebSettings settings) {
    this.offered = settings.languages();
    this.serviceStatus = confide.readServiceStatus();
    this.listPages = confide.listOrganisationPages();
    this.readPage = confide.readOrganisationPage();
    this.transport = new Transport(settings);
    this.tokens = new FormTokens(settings.formKey(), settings.clock());
    this.languages = new PageLanguages(settings.languages());
  }

  /** {@return every language offered, the first first} */
  Languages offered() {
    return languages.offered();
  }

  /** Renders {@code page} with its template as the response. */
  void render(Context ctx, int status, Page page) {
    var out = new StringOutput();
    engine.render(page.template(), page, out);
    ctx.status(status).contentType("text/html; charset=utf-8").result(out.toString());
  }

  /** A page with a heading, one paragraph and, if {@code href} is not null, one link. */
  public void message(
      Context ctx, int status, Frame frame, String title, String text, String link, String href) {
    message(ctx, status, frame, title, text, link, href, null);
  }

  /** The same page, with long text the person wrote shown back to copy if {@code unsent} is set. */
  public void message(
      Context ctx,
      int status,
      Frame frame,
      String title,
      String text,
      String link,
      String href,
      String unsent) {
    render(ctx, status, new MessagePage(frame, title, text, link, href, unsent));
  }

  /** The words of the language of {@code ctx}'s page, for text built before its frame. */
  Texts texts(Context ctx) {
    return languages.of(ctx).texts();
  }

  /** {@return the languages offered, and the default questionnaire's texts in each} */
  Languages languages() {
    return offered;
  }

  /**
   * A report's answers in words in the language of {@code frame}: the texts Confide ships in it, an
   * organisation's own as written, marked with their language where it is not the page's.
   */
  List<AnswerLine> answerLines(List<LabelledAnswer> answers, Frame frame) {
    var language = frame.texts().language();
    var separator = frame.t("case.listSeparator");
    return answers.stream()
        .map(answer -> AnswerLine.of(offered.translated(answer), language, separator))
        .toList();
  }

  ReadServiceStatusUseCase.ServiceStatus status() {
    return serviceStatus.status();
  }

  /** The zone the service counts its days in, for dates in words. */
  ZoneId zone() {
    return status().zone();
  }

  /**
   * The frame of a reporter's page. When the database cannot be reached, the page (saying so) is
   * still framed, without the name and closure it could not read.
   */
  public Frame reporterFrame(Context ctx) {
    Optional<ReadServiceStatusUseCase.ServiceStatus> status = readableStatus();
    var language = languages.of(ctx);
    return new Frame(
        false,
        formToken(ctx),
        status.flatMap(Pages::closureNotice),
        Optional.empty(),
        ctx.path(),
        status.flatMap(s -> shownName(s, language.texts())),
        List.of(),
        status.isPresent() ? pageLinks(language.texts()) : List.of(),
        status.isPresent() ? key -> passage(key, language.texts()) : Frame.Passages.none(),
        language.texts(),
        language.asked(),
        languages.links(ctx, language),
        offered.first().language());
  }

  /**
   * The organisation's pages reporters are shown, as the footer links them: a title the
   * organisation has not changed is Confide's default, shown in the page's language; the
   * organisation's own in the page's language if saved in it, else in the first language, marked.
   */
  private List<Frame.PageLink> pageLinks(Texts texts) {
    try {
      return listPages.list(readingOrder(texts), otherwise(texts)).stream()
          .map(link ->
              link.edited()
                  ? new Frame.PageLink(
                      link.title(),
                      "/pages/" + link.key().slug(),
                      Shown.langUnless(link.language(), texts.language()))
                  : new Frame.PageLink(
                      texts.defaultTitle(link.key()), "/pages/" + link.key().slug(), null))
          .toList();
    } catch (Transactions.StoreUnavailable e) {
      return List.of();
    }
  }

  /**
   * {@return the languages to read the organisation's pages in for a reader of {@code texts}: the
   * reader's, then the first offered, whose words the organisation writes first}
   */
  List<Language> readingOrder(Texts texts) {
    return offered.readingOrder(texts.language());
  }

  /**
   * {@return the other languages offered, in order, where a page not shown unedited (the privacy
   * notice) is looked for last before it is hidden}
   */
  List<Language> otherwise(Texts texts) {
    return offered.otherwise(texts.language());
  }

  /**
   * A passage of the organisation's in the page's language, its Markdown made safe HTML; empty when
   * it cannot be read.
   */
  private Optional<Frame.Passage> passage(PageKey key, Texts texts) {
    try {
      return readPage
          .read(key, readingOrder(texts), otherwise(texts))
          .map(texts::shown)
          .map(page ->
              new Frame.Passage(
                  page.title(),
                  SafeMarkdown.html(page.body()),
                  Shown.langUnless(page.language(), texts.language())));
    } catch (Transactions.StoreUnavailable e) {
      return Optional.empty();
    }
  }

  /** The frame of a staff page; {@code staff} is empty on the sign-in page. */
  public Frame staffFrame(Context ctx, Optional<StaffNav> staff) {
    return staffFrame(ctx, staff, List.of());
  }

  /** The frame of a staff page showing {@code setUp}, what remains to set up. */
  Frame staffFrame(Context ctx, Optional<StaffNav> staff, List<Frame.SetUpLine> setUp) {
    var language = languages.of(ctx);
    return new Frame(
        true,
        formToken(ctx),
        Optional.empty(),
        staff,
        ctx.path(),
        readableStatus().flatMap(s -> shownName(s, language.texts())),
        setUp,
        List.of(),
        Frame.Passages.none(),
        language.texts(),
        language.asked(),
        languages.links(ctx, language),
        offered.first().language());
  }

  /** The organisation's name, once set, as a reader of {@code texts} is shown it. */
  private Optional<Shown> shownName(ReadServiceStatusUseCase.ServiceStatus status, Texts texts) {
    return status.organisationName().map(name -> shown(name, texts));
  }

  /**
   * {@return the organisation's own words {@code text} for a reader of {@code texts}: in their
   * language if written in it, else in the first language's, else as first written}
   */
  String own(OwnText text, Texts texts) {
    return shown(text, texts).text();
  }

  /**
   * {@return the organisation's own words {@code text} as a reader of {@code texts} is shown them,
   * marked with their {@code lang} when not in the reader's language}
   */
  Shown shown(OwnText text, Texts texts) {
    return Shown.own(text, texts.language(), offered.first().language());
  }

  /**
   * {@return the entry {@code choice} of {@code list} for a reader of {@code texts}: a default
   * Confide ships, unchanged, in their language; the organisation's own as {@link #own} shows it}
   */
  String entry(ChoiceList list, org.confide.domain.outcome.Choice choice, Texts texts) {
    return shownEntry(list, choice, texts).text();
  }

  /**
   * {@return the entry {@code choice} of {@code list} as {@link #entry} words it, marked with its
   * {@code lang} when not in the reader's language}
   */
  Shown shownEntry(ChoiceList list, org.confide.domain.outcome.Choice choice, Texts texts) {
    return Shown.of(
        ChoiceWords.shown(list, choice, texts, offered.first().language()), texts.language());
  }

  private Optional<ReadServiceStatusUseCase.ServiceStatus> readableStatus() {
    try {
      return Optional.of(status());
    } catch (Transactions.StoreUnavailable e) {
      return Optional.empty();
    }
  }

  private static Optional<Frame.ClosureNotice> closureNotice(
      ReadServiceStatusUseCase.ServiceStatus status) {
    return status
        .closure()
        .map(closure ->
            new Frame.ClosureNotice(
                closure.firstDay(),
                closure.lastDay(),
                SafeMarkdown.html(closure.notice()),
                status.closureNotice().isPresent()));
  }

  /** The form token for the forms of this page, bound to its session or to the visit. */
  String formToken(Context ctx) {
    if (ctx.attribute(TOKEN_NOW) instanceof String token) {
      return token;
    }
    var token = tokens.issue(binding(ctx, true));
    ctx.attribute(TOKEN_NOW, token);
    return token;
  }

  /**
   * {@code handler}, run only when the form carries a token this server made for the session (or
   * visit) of this browser; otherwise 403.
   */
  public Handler form(Handler handler) {
    return ctx -> {
      var sent = ctx.formParam(FORM_FIELD);
      if (sent == null || !tokens.accepts(binding(ctx, false), sent)) {
        throw new ProblemException(FormTokens.expired());
      }
      handler.handle(ctx);
    };
  }

  /**
   * What the forms of {@code ctx}'s page are bound to: the session of the side the page is on, if
   * the browser holds one, else its visit cookie; a visit cookie is made when {@code create}.
   */
  private FormTokens.Binding binding(Context ctx, boolean create) {
    var cookie = isStaffPath(ctx.path()) ? STAFF_COOKIE : REPORTER_COOKIE;
    var now = ctx.attribute(SESSION_NOW + cookie);
    var session =
        now instanceof String token
            ? Optional.of(token).filter(t -> !t.isEmpty())
            : session(ctx, cookie).map(SessionToken::value);
    if (session.isPresent()) {
      return new FormTokens.Binding.Session(cookie, session.get());
    }
    if (ctx.attribute(VISIT_NOW) instanceof String visit) {
      return new FormTokens.Binding.Visit(visit);
    }
    var visit =
        Optional.ofNullable(ctx.cookie(cookieName(ctx, FORM_COOKIE))).filter(Pages::wellFormed);
    if (visit.isPresent() || !create) {
      // Without a cookie, nothing can match: a fresh random value stands in.
      return new FormTokens.Binding.Visit(visit.orElseGet(this::newToken));
    }
    return new FormTokens.Binding.Visit(newVisit(ctx));
  }

  private String newVisit(Context ctx) {
    var visit = newToken();
    setCookie(ctx, FORM_COOKIE, visit);
    ctx.attribute(VISIT_NOW, visit);
    return visit;
  }

  /** The session token in {@code cookie}, if one is there and well formed. */
  Optional<SessionToken> session(Context ctx, String cookie) {
    return Optional.ofNullable(ctx.cookie(cookieName(ctx, cookie)))
        .filter(SessionToken::isWellFormed)
        .map(SessionToken::new);
  }

  /** Starts a page session: the token in its cookie, and a new visit value. */
  void startSession(Context ctx, String cookie, SessionToken token) {
    setCookie(ctx, cookie, token.value());
    ctx.attribute(SESSION_NOW + cookie, token.value());
    newVisit(ctx);
    ctx.attribute(TOKEN_NOW, null);
  }

  /** Ends a page session in the browser: its cookie and the visit value are cleared. */
  void endSession(Context ctx, String cookie) {
    clearCookie(ctx, cookie);
    clearCookie(ctx, FORM_COOKIE);
    ctx.attribute(SESSION_NOW + cookie, "");
    ctx.attribute(VISIT_NOW, null);
    ctx.attribute(TOKEN_NOW, null);
  }

  /**
   * Answers 303 See Other: after a form, the browser fetches {@code location} with GET, in the
   * language the form was in.
   */
  static void seeOther(Context ctx, String location) {
    ctx.status(303).header("Location", PageLanguages.keepLanguage(ctx, location));
  }

  private static boolean isStaffPath(String path) {
    return path.equals("/staff") || path.startsWith("/staff/");
  }

  /**
   * The name of {@code cookie} for the request of {@code ctx}: over TLS with the {@code __Host-}
   * prefix, which browsers accept only from this host, {@code Secure}, with {@code Path=/} and no
   * {@code Domain}, so no sibling site can set or replace it. Over TLS only prefixed cookies are
   * read.
   */
  String cookieName(Context ctx, String cookie) {
    return transport.overTls(ctx) ? HOST_PREFIX + cookie : cookie;
  }

  /** {@code /staff} for the staff cookies over plain HTTP; {@code /} for all else. */
  private String pathOf(Context ctx, String cookie) {
    return (STAFF_COOKIE.equals(cookie) || DEVICE_COOKIE.equals(cookie)) && !transport.overTls(ctx)
        ? "/staff"
        : "/";
  }

  /** The value of {@code cookie} as this request sent it (by its name for this transport). */
  Optional<String> cookie(Context ctx, String cookie) {
    return Optional.ofNullable(ctx.cookie(cookieName(ctx, cookie)));
  }

  /** Sets {@code cookie}, like the others but kept by the browser for {@code lifetime}. */
  void setLastingCookie(Context ctx, String cookie, String value, java.time.Duration lifetime) {
    ctx.res()
        .addHeader(
            "Set-Cookie",
            cookieName(ctx, cookie)
                + "="
                + value
                + "; Path="
                + pathOf(ctx, cookie)
                + "; Max-Age="
                + lifetime.toSeconds()
                + "; HttpOnly; SameSite=Strict"
                + (transport.overTls(ctx) ? "; Secure" : ""));
  }

  /**
   * Sets {@code cookie} for {@code lifetime} with {@code SameSite=Lax}: the one cookie that must
   * come back on a navigation from another site, the organisation's identity provider sending the
   * browser back (single sign-on). It holds only what checks that return, never a session.
   */
  void setCrossSiteReturnCookie(
      Context ctx, String cookie, String value, java.time.Duration lifetime) {
    ctx.res()
        .addHeader(
            "Set-Cookie",
            cookieName(ctx, cookie)
                + "="
                + value
                + "; Path=/; Max-Age="
                + lifetime.toSeconds()
                + "; HttpOnly; SameSite=Lax"
                + (transport.overTls(ctx) ? "; Secure" : ""));
  }

  /** Clears {@code cookie} in the browser. */
  void forgetCookie(Context ctx, String cookie) {
    clearCookie(ctx, cookie);
  }

  private void setCookie(Context ctx, String name, String value) {
    ctx.res()
        .addHeader(
            "Set-Cookie",
            cookieName(ctx, name)
                + "="
                + value
                + "; Path="
                + pathOf(ctx, name)
                + "; HttpOnly; SameSite=Strict"
                + (transport.overTls(ctx) ? "; Secure" : ""));
  }

  private void clearCookie(Context ctx, String name) {
    ctx.res()
        .addHeader(
            "Set-Cookie",
            cookieName(ctx, name)
                + "=; Path="
                + pathOf(ctx, name)
                + "; Max-Age=0; Expires=Thu, 01 Jan 1970 00:00:00 GMT; HttpOnly; SameSite=Strict"
                + (transport.overTls(ctx) ? "; Secure" : ""));
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
}
