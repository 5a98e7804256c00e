package org.confide.adapter.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.confide.adapter.web.WebServer;
import org.confide.adapter.web.WebSettings;
import org.confide.adapter.web.pages.PageClient.Visit;
import org.confide.adapter.web.security.SecurityHeaders;
import org.confide.application.port.in.ListCasesUseCase;
import org.confide.domain.staff.EmailAddress;
import org.confide.testing.Fixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The pages over plain HTTP, without a browser: every form needs this browser's form token, page
 * sessions live in strict cookies that change at every sign-in, no page is cached or carries inline
 * script or style, and a lost page is a page, not JSON.
 */
class PagesTest {

  private final Fixture fixture = new Fixture();
  private final Javalin app =
      WebServer.create(fixture.confide, WebSettings.defaults(fixture.clock, () -> true))
          .start("127.0.0.1", 0);
  private final HttpClient client = HttpClient.newHttpClient();
  private final String base = "http://127.0.0.1:" + app.port();
  private final PageClient http = new PageClient(base);

  @AfterEach
  void stop() {
    app.stop();
  }

  static final List<String> PUBLIC_PAGES = List.of("/", "/report", "/sign-in", "/staff/sign-in");

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/",
        "/report",
        "/sign-in",
        "/staff/sign-in",
        "/pages/what-happens-next",
        "/pages/support",
        "/pages/covering-your-tracks",
        "/pages/accessibility"
      })
  void every_page_is_never_cached_and_carries_the_strict_headers(String path) throws Exception {
    var page = get(path, Map.of());
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.headers().firstValue("Content-Type")).hasValue("text/html;charset=utf-8");
    assertThat(page.headers().firstValue("Cache-Control")).hasValue("no-store, max-age=0");
    assertThat(page.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
    assertThat(page.headers().firstValue("Content-Security-Policy"))
        .hasValue(SecurityHeaders.CONTENT_SECURITY_POLICY);
    assertThat(page.headers().firstValue("X-Frame-Options")).hasValue("DENY");
  }

  @ParameterizedTest
  @ValueSource(strings = {"/", "/report", "/sign-in", "/staff/sign-in"})
  void no_page_has_inline_script_or_style_or_loads_anything_from_elsewhere(String path)
      throws Exception {
    var html = get(path, Map.of()).body();
    assertThat(Pattern.compile("<script(?![^>]*\\bsrc=\"/assets/)").matcher(html).find())
        .as("inline script")
        .isFalse();
    assertThat(Pattern.compile("\\sstyle=").matcher(html).find()).as("style attribute").isFalse();
    assertThat(Pattern.compile("<style").matcher(html).find()).as("style element").isFalse();
    assertThat(Pattern.compile("\\son[a-z]+=").matcher(html).find()).as("event handler").isFalse();
    assertThat(Pattern.compile("(src|href)=\"(https?:)?//").matcher(html).find())
        .as("a resource or link to another origin")
        .isFalse();
  }

  /**
   * The organisation's pages may link to other sites (support services, the regulator), but only in
   * the organisation's text, only as a link that leaves with no referrer, and nothing is loaded
   * from elsewhere; the rest of the page is held to the rule above.
   */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "/pages/what-happens-next",
        "/pages/support",
        "/pages/covering-your-tracks",
        "/pages/accessibility"
      })
  void an_organisation_page_links_elsewhere_only_in_its_text_with_no_referrer(String path)
      throws Exception {
    var html = get(path, Map.of()).body();
    assertThat(Pattern.compile("<script(?![^>]*\\bsrc=\"/assets/)").matcher(html).find())
        .as("inline script")
        .isFalse();
    assertThat(Pattern.compile("\\sstyle=").matcher(html).find()).as("style attribute").isFalse();
    assertThat(Pattern.compile("\\son[a-z]+=").matcher(html).find()).as("event handler").isFalse();
    assertThat(Pattern.compile("src=\"(https?:)?//").matcher(html).find())
        .as("a resource from another origin")
        .isFalse();
    var start = html.indexOf("<div class=\"organisation-text\">");
    // CommonMark makes no div: the organisation's text ends at the first close after it starts.
    var end = html.indexOf("</div>", start);
    assertThat(start).isPositive();
    var outside = html.substring(0, start) + html.substring(end);
    assertThat(Pattern.compile("href=\"(https?:)?//").matcher(outside).find())
        .as("a link to another origin outside the organisation's text")
        .isFalse();
    var links = Pattern.compile("<a ([^>]*)>").matcher(html.substring(start, end));
    while (links.find()) {
      assertThat(links.group(1))
          .matches(
              "href=\"(https://|http://|mailto:|tel:|/(?!/)|#)[^\"]*\" rel=\"noreferrer noopener\"");
    }
  }

  @Test
  void the_first_page_sets_a_strict_form_cookie_that_lasts_only_while_the_browser_is_open()
      throws Exception {
    var cookie = get("/", Map.of()).headers().firstValue("Set-Cookie").orElseThrow();
    assertThat(cookie)
        .startsWith(Pages.FORM_COOKIE + "=")
        .contains("; Path=/")
        .contains("; HttpOnly")
        .contains("; SameSite=Strict")
        .doesNotContain("Max-Age")
        .doesNotContain("Expires");
  }

  /** Every state-changing page route, read from the router: a new form cannot be missed. */
  private List<String> formPaths() {
    return app.unsafe.internalRouter.allHttpHandlers().stream()
        .map(parsed -> parsed.endpoint)
        .filter(endpoint -> endpoint.method.isHttpMethod())
        .filter(endpoint -> endpoint.method != io.javalin.http.HandlerType.GET)
        .filter(endpoint -> !WebServer.isApi(endpoint.path))
        .map(endpoint ->
            endpoint
                .path
                .replace("{reference}", "AAAA-BBBB")
                .replace("{id}", "x")
                .replace("{slug}", "support")
                .replace("{index}", "3")
                .replace("{version}", "2"))
        .sorted()
        .toList();
  }

  @Test
  void every_form_is_refused_without_this_browsers_form_token() throws Exception {
    var paths = formPaths();
    assertThat(paths).hasSizeGreaterThanOrEqualTo(18).contains("/report", "/staff/sign-in");
    for (var path : paths) {
      var visit = visit();
      var missing = post(path, visit.cookies(), Map.of("body", "x"));
      assertThat(missing.statusCode()).as(path).isEqualTo(403);
      assertThat(missing.body()).as(path).contains("This form has expired");
      var wrong = post(path, visit.cookies(), Map.of("csrf", "A".repeat(32), "body", "x"));
      assertThat(wrong.statusCode()).as(path).isEqualTo(403);
      var noCookie = post(path, Map.of(), Map.of("csrf", visit.token()));
      assertThat(noCookie.statusCode()).as(path).isEqualTo(403);
      // The old double submit: a cookie and a field of the sender's choosing, equal.
      var chosen = "B".repeat(32);
      var pair = post(path, Map.of(Pages.FORM_COOKIE, chosen), Map.of("csrf", chosen));
      assertThat(pair.statusCode()).as(path).isEqualTo(403);
      var otherVisit = post(path, visit().cookies(), Map.of("csrf", visit.token()));
      assertThat(otherVisit.statusCode()).as(path).isEqualTo(403);
    }
  }

  @Test
  void a_report_posted_straight_to_send_is_still_checked_for_every_choice() throws Exception {
    var visit = visit();
    var fields = new LinkedHashMap<String, String>();
    fields.put("csrf", visit.token());
    fields.put("step", "99");
    fields.put("go", "send");
    Fixture.calmAnswers()
        .forEach((id, answer) ->
            fields.put(
                "answers." + id,
                answer instanceof org.confide.domain.questionnaire.RawAnswer.Single single
                    ? single.value()
                    : String.join(
                        ",", ((org.confide.domain.questionnaire.RawAnswer.Many) answer).values())));
    fields.put("anonymity", "neither");
    var reply = post("/report", visit.cookies(), fields);
    assertThat(reply.statusCode()).isEqualTo(400);
    assertThat(reply.body()).contains("Choose whether to tell us anonymously or with your details");
    assertThat(
            fixture
                .confide
                .listCases()
                .list(
                    fixture.adviser,
                    ListCasesUseCase.Command.firstPage(ListCasesUseCase.View.QUEUE))
                .orElseThrow()
                .cases())
        .isEmpty();
  }

  @Test
  void staff_sign_in_issues_a_new_session_and_form_token_every_time() throws Exception {
    var first = staffSignIn();
    var second = staffSignIn();
    assertThat(first.get(Pages.STAFF_COOKIE)).isNotEqualTo(second.get(Pages.STAFF_COOKIE));
    assertThat(first.get(Pages.FORM_COOKIE)).isNotEqualTo(second.get(Pages.FORM_COOKIE));

    var cases = get("/staff/cases", Map.of(Pages.STAFF_COOKIE, second.get(Pages.STAFF_COOKIE)));
    assertThat(cases.statusCode()).isEqualTo(200);
    assertThat(cases.body()).contains("<h1>Cases</h1>");

    // Signing out ends the session on the server, not only in the browser.
    var out = post("/staff/sign-out", second, Map.of("csrf", formToken(cases.body())));
    assertThat(out.statusCode()).isEqualTo(303);
    var after = get("/staff/cases", Map.of(Pages.STAFF_COOKIE, second.get(Pages.STAFF_COOKIE)));
    assertThat(after.statusCode()).isEqualTo(303);
    assertThat(after.headers().firstValue("Location")).hasValue("/staff/sign-in?why=expired");
  }

  @Test
  void the_take_button_gives_a_queued_case_to_the_adviser_who_presses_it() throws Exception {
    var reference = fixture.submit(Fixture.anonymous("Something happened.")).reference();
    var staff = staffSignIn();
    var path = "/staff/cases/" + reference.display();
    var token = formToken(get(path, staff).body());

    var taken = post(path + "/assign", staff, Map.of("csrf", token, "take", "me"));

    assertThat(taken.statusCode()).isEqualTo(303);
    assertThat(taken.headers().firstValue("Location")).hasValue(path + "?done=assigned");
    var adviser =
        fixture
            .ports
            .staffDirectory()
            .findByEmail(EmailAddress.of("adviser@example.ac.uk"))
            .orElseThrow();
    assertThat(fixture.ports.reports().find(reference).orElseThrow().assignee())
        .contains(adviser.id());
  }

  @Test
  void an_assignee_that_is_no_email_address_is_told_beside_the_field() throws Exception {
    var reference = fixture.submit(Fixture.anonymous("Something happened.")).reference();
    var staff = staffSignIn();
    var path = "/staff/cases/" + reference.display();
    var token = formToken(get(path, staff).body());

    var refused =
        post(path + "/assign", staff, Map.of("csrf", token, "assignee", "not an address"));

    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.body()).contains("Choose an active adviser's email address");
    assertThat(fixture.ports.reports().find(reference).orElseThrow().assignee()).isEmpty();
  }

  @Test
  void a_long_case_list_has_next_and_previous_page_links_that_work_without_javascript()
      throws Exception {
    for (int i = 0; i < ListCasesUseCase.PAGE_SIZE + 5; i++) {
      fixture.submit(Fixture.anonymous("Report " + i));
    }
    var staff = Map.of(Pages.STAFF_COOKIE, staffSignIn().get(Pages.STAFF_COOKIE));

    var first = get("/staff/cases?view=queue", staff);
    assertThat(first.body())
        .contains("50 cases on this page")
        .contains(">Next page</a>")
        .doesNotContain(">Previous page</a>");
    var second = get(link(first.body(), "next"), staff);
    assertThat(second.body())
        .contains("5 cases on this page")
        .contains(">Previous page</a>")
        .doesNotContain(">Next page</a>");
    var backAgain = get(link(second.body(), "prev"), staff);
    assertThat(backAgain.body()).contains("50 cases on this page").contains(">Next page</a>");

    // A page link that is not one the list gave leads to the list's first page.
    var stale = get("/staff/cases?view=queue&after=nonsense", staff);
    assertThat(stale.statusCode()).isEqualTo(303);
    assertThat(stale.headers().firstValue("Location")).hasValue("/staff/cases?view=queue");
  }

  /** The target of the page's link with this {@code rel}, unescaped. */
  private static String link(String html, String rel) {
    var match = Pattern.compile("<a href=\"([^\"]+)\" rel=\"" + rel + "\">").matcher(html);
    assertThat(match.find()).as("a link with rel=" + rel).isTrue();
    return match.group(1).replace("&amp;", "&");
  }

  @Test
  void a_reporter_token_opens_no_staff_page() throws Exception {
    var receipt = fixture.submit(Fixture.anonymous("An account"));
    var reporter = fixture.reporterSessionFor(receipt);
    var page = get("/staff/cases", Map.of(Pages.STAFF_COOKIE, reporter.value()));
    assertThat(page.statusCode()).isEqualTo(303);
    assertThat(page.headers().firstValue("Location")).hasValue("/staff/sign-in?why=expired");
  }

  @Test
  void a_stored_script_shows_as_text_on_the_staff_case_page() throws Exception {
    var receipt = fixture.submit(Fixture.anonymous("<script>alert(1)</script>"));
    var session = staffSignIn("adviser@example.ac.uk");
    var page =
        get(
            "/staff/cases/" + receipt.reference().display(),
            Map.of(Pages.STAFF_COOKIE, session.get(Pages.STAFF_COOKIE)));
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body())
        .contains("&lt;script&gt;alert(1)&lt;/script&gt;")
        .doesNotContain("<script>alert(1)</script>");
  }

  @Test
  void the_trends_page_offers_its_table_as_csv_with_the_same_suppression() throws Exception {
    fixture.submit(Fixture.anonymous("One report"));
    var analyst = staffSignIn("analyst@example.ac.uk");
    var csv =
        get(
            "/staff/trends.csv?from=2026-01&to=2026-12&by=where",
            Map.of(Pages.STAFF_COOKIE, analyst.get(Pages.STAFF_COOKIE)));
    assertThat(csv.statusCode()).isEqualTo(200);
    assertThat(csv.headers().firstValue("Content-Type")).hasValue("text/csv; charset=utf-8");
    assertThat(csv.body()).contains("fewer than 5").doesNotContain("One report");
    var adviser = staffSignIn("adviser@example.ac.uk");
    var refused =
        get(
            "/staff/trends.csv?by=where",
            Map.of(Pages.STAFF_COOKIE, adviser.get(Pages.STAFF_COOKIE)));
    assertThat(refused.statusCode()).isEqualTo(403);
  }

  @Test
  void an_unknown_page_is_a_page_saying_so_and_the_api_still_answers_in_json() throws Exception {
    var page = get("/nothing-here", Map.of());
    assertThat(page.statusCode()).isEqualTo(404);
    assertThat(page.headers().firstValue("Content-Type")).hasValue("text/html;charset=utf-8");
    assertThat(page.body()).contains("Page not found");
    var api = get("/api/v1/nothing-here", Map.of());
    assertThat(api.statusCode()).isEqualTo(404);
    assertThat(api.headers().firstValue("Content-Type")).hasValue("application/problem+json");
  }

  @Test
  void the_quick_exit_clears_the_site_and_leaves_for_an_everyday_page() throws Exception {
    var exit = get("/leave", Map.of());
    assertThat(exit.statusCode()).isEqualTo(303);
    assertThat(exit.headers().firstValue("Location")).hasValue(WebSettings.DEFAULT_QUICK_EXIT_URL);
    assertThat(exit.headers().firstValue("Clear-Site-Data"))
        .hasValue("\"cache\", \"cookies\", \"storage\"");
    assertThat(exit.headers().allValues("Set-Cookie"))
        .anySatisfy(
            c -> assertThat(c).startsWith(Pages.REPORTER_COOKIE + "=;").contains("Max-Age=0"));
  }

  /**
   * Issue 27, informational: Javalin answers {@code HEAD} on every GET route itself, with 200, the
   * security headers and no body, without running the route (no session is read, nothing is looked
   * up), so it tells only that the route exists, as the OpenAPI file does.
   */
  @Test
  void head_on_a_get_route_answers_an_empty_200_without_running_the_route() throws Exception {
    for (var path :
        List.of("/", "/my-report", "/staff/cases", "/api/v1/staff/cases", "/assets/confide.css")) {
      var head =
          client.send(
              HttpRequest.newBuilder(URI.create(base + path))
                  .method("HEAD", HttpRequest.BodyPublishers.noBody())
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(head.statusCode()).as(path).isEqualTo(200);
      assertThat(head.body()).as(path).isEmpty();
      assertThat(head.headers().firstValue("Location")).as(path).isEmpty();
      assertThat(head.headers().firstValue("Set-Cookie")).as(path).isEmpty();
      assertThat(head.headers().firstValue("Content-Security-Policy"))
          .as(path)
          .hasValue(SecurityHeaders.CONTENT_SECURITY_POLICY);
    }
  }

  @Test
  void assets_are_served_from_this_server_and_may_be_cached() throws Exception {
    var css = get("/assets/confide.css", Map.of());
    assertThat(css.statusCode()).isEqualTo(200);
    assertThat(css.headers().firstValue("Content-Type")).hasValue("text/css; charset=utf-8");
    assertThat(css.headers().firstValue("Cache-Control")).hasValue("public, max-age=3600");
    assertThat(get("/assets/other.js", Map.of()).statusCode()).isEqualTo(404);
  }

  @Test
  void every_page_names_an_icon_this_server_serves_so_browsers_ask_for_no_missing_favicon()
      throws Exception {
    var home = get("/", Map.of());
    assertThat(home.body())
        .contains("<link rel=\"icon\" href=\"/assets/favicon.svg\" type=\"image/svg+xml\">");
    var icon = get("/assets/favicon.svg", Map.of());
    assertThat(icon.statusCode()).isEqualTo(200);
    assertThat(icon.headers().firstValue("Content-Type")).hasValue("image/svg+xml");
    assertThat(icon.body()).startsWith("<svg ");
  }

  @Test
  void every_phone_number_a_page_shows_is_a_tel_link_with_its_text_unchanged() throws Exception {
    // The national contacts, on the first page.
    var home = get("/", Map.of()).body();
    var national =
        org.confide.domain.safeguarding.EmergencyContacts.national().stream()
            .flatMap(c -> c.phone().stream())
            .toList();
    assertThat(national).isNotEmpty();
    assertThat(telLinks(home)).containsAll(national.stream().map(n -> telLink(n)).toList());

    // The organisation's own contacts, once set, on the first page too.
    fixture
        .confide
        .changeEmergencyContacts()
        .change(
            fixture.admin,
            new org.confide.application.port.in.ChangeEmergencyContactsUseCase.Command(
                List.of(
                    new org.confide.domain.safeguarding.EmergencyContacts.Entry(
                        "Campus security", "+44 (0)161 306 9966", null, "Day and night"))))
        .orElseThrow();
    // (The footer's 999 is a link too.)
    assertThat(telLinks(get("/", Map.of()).body()))
        .contains("<a href=\"tel:+4401613069966\">+44 (0)161 306 9966</a>");

    // A named reporter's number, on the case page.
    var receipt =
        fixture.submit(
            org.confide.testing.AReport.named().contact("Sam", "", "07700 900123").build());
    var staff = staffSignIn();
    var casePage = get("/staff/cases/" + receipt.reference().display(), staff).body();
    assertThat(telLinks(casePage)).containsExactly("<a href=\"tel:07700900123\">07700 900123</a>");
  }

  private static String telLink(String number) {
    return "<a href=\""
        + org.confide.adapter.web.pages.view.Phone.href(number)
        + "\">"
        + number
        + "</a>";
  }

  private static List<String> telLinks(String html) {
    return Pattern.compile("<a href=\"tel:[^\"]*\">[^<]*</a>")
        .matcher(html)
        .results()
        .map(java.util.regex.MatchResult::group)
        .toList();
  }

  @Test
  void a_tel_link_keeps_the_digits_and_a_leading_plus_and_nothing_else() {
    assertThat(org.confide.adapter.web.pages.view.Phone.href("999")).isEqualTo("tel:999");
    assertThat(org.confide.adapter.web.pages.view.Phone.href("116 123")).isEqualTo("tel:116123");
    assertThat(org.confide.adapter.web.pages.view.Phone.href(" +44 (0)20 7946-0000 "))
        .isEqualTo("tel:+4402079460000");
    assertThat(org.confide.adapter.web.pages.view.Phone.href("0800 111 (freephone)"))
        .isEqualTo("tel:0800111");
  }

  @Test
  void an_account_or_a_message_over_its_limit_is_kept_whole_and_refused_naming_the_limit()
      throws Exception {
    // The account, on its step: the limit beside the box, which cuts nothing.
    var visit = visit();
    var account = "w".repeat(19_990) + "\r\n" + "z".repeat(11);
    var fields = new LinkedHashMap<String, String>();
    fields.put("csrf", visit.token());
    fields.put("step", "7");
    fields.put("go", "next");
    fields.put("account", account);
    var refused = post("/report", visit.cookies(), fields);
    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.body())
        .contains("Your account can be up to 20,000 characters: it has 20,002")
        .contains("Up to 20,000 characters.")
        .contains("w".repeat(19_990) + "\nzzzzzzzzzzz</textarea>")
        .doesNotContain("maxlength=\"20000\"");
    // A line break counts as one character, as the count beside the box says.
    fields.put("account", "w".repeat(19_990) + "\r\n" + "z".repeat(9));
    assertThat(post("/report", visit.cookies(), fields).body()).contains("Step 8 of");

    // A message: kept in its box, refused naming the limit.
    var receipt = fixture.submit(Fixture.anonymous("Something happened."));
    var reporter = reporterSignIn(visit, receipt);
    var page = get("/my-report", reporter).body();
    assertThat(page).contains("Up to 5,000 characters.").doesNotContain("maxlength=\"5000\"");
    var message = "m".repeat(5_001);
    var sent =
        post("/my-report/messages", reporter, Map.of("csrf", formToken(page), "body", message));
    assertThat(sent.statusCode()).isEqualTo(400);
    assertThat(sent.body())
        .contains("Your message can be up to 5,000 characters: it has 5,001")
        .contains(message + "</textarea>");
  }

  @Test
  void the_receipt_and_the_page_after_it_name_the_public_address_to_come_back_to()
      throws Exception {
    var settings =
        WebSettings.defaults(fixture.clock, () -> true)
            .withPublicOrigin(java.util.Optional.of("https://report.example.ac.uk"));
    var publicApp = WebServer.create(fixture.confide, settings).start("127.0.0.1", 0);
    try {
      var publicBase = "http://127.0.0.1:" + publicApp.port();
      var first =
          client.send(
              HttpRequest.newBuilder(URI.create(publicBase + "/sign-in")).build(),
              HttpResponse.BodyHandlers.ofString());
      var cookie = Pages.FORM_COOKIE + "=" + cookies(first).get(Pages.FORM_COOKIE);
      var token = formToken(first.body());
      for (var saved : List.of("", "yes")) {
        var page =
            client.send(
                HttpRequest.newBuilder(URI.create(publicBase + "/report/saved"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .header("Origin", "https://report.example.ac.uk")
                    .header("Cookie", cookie)
                    .POST(
                        HttpRequest.BodyPublishers.ofString(
                            "csrf="
                                + token
                                + "&code=ABCD-EFGH-JKMN-PQRS&due=Friday&saved="
                                + saved))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.body())
            .as("saved=" + saved)
            .contains("<strong class=\"address\">https://report.example.ac.uk/sign-in</strong>");
      }
    } finally {
      publicApp.stop();
    }
  }

  @Test
  void words_sent_after_a_session_or_a_form_has_ended_come_back_to_copy_and_are_not_kept()
      throws Exception {
    var visit = visit();
    var receipt = fixture.submit(Fixture.anonymous("Something happened."));
    var reporter = reporterSignIn(visit, receipt);
    var page = get("/my-report", reporter).body();
    assertThat(page).contains("You are signed out after 20 minutes without using this page");
    fixture.advance(java.time.Duration.ofMinutes(21));
    var late =
        post(
            "/my-report/messages",
            reporter,
            Map.of("csrf", formToken(page), "body", "It happened <again> today."));
    assertThat(late.statusCode()).isEqualTo(401);
    assertThat(late.body())
        .contains("<h1>Sign in with your access code</h1>")
        .contains("What you wrote was not sent")
        .contains(">It happened &lt;again&gt; today.</textarea>");

    // The report form's page, expired: the account comes back to copy.
    var form = visit();
    fixture.advance(java.time.Duration.ofHours(3));
    var expired =
        post(
            "/report",
            form.cookies(),
            Map.of("csrf", form.token(), "step", "7", "go", "next", "account", "All of it."));
    assertThat(expired.statusCode()).isEqualTo(403);
    assertThat(expired.body()).contains("This form has expired").contains(">All of it.</textarea>");
  }

  /** The cookies of a reporter signed in on the pages with the code of {@code receipt}. */
  private Map<String, String> reporterSignIn(
      Visit visit, org.confide.application.port.in.SubmitReportUseCase.Receipt receipt)
      throws Exception {
    return http.reporterSignIn(visit, receipt.accessCode().orElseThrow().display());
  }

  private Visit visit() throws Exception {
    return http.visit();
  }

  private static String formToken(String html) {
    return PageClient.formToken(html);
  }

  private Map<String, String> staffSignIn() throws Exception {
    return staffSignIn("adviser@example.ac.uk");
  }

  private Map<String, String> staffSignIn(String email) throws Exception {
    var visit = visit();
    var reply =
        post(
            "/staff/sign-in",
            visit.cookies(),
            Map.of("csrf", visit.token(), "email", email, "password", Fixture.PASSWORD));
    assertThat(reply.statusCode()).isEqualTo(303);
    return cookies(reply);
  }

  private static Map<String, String> cookies(HttpResponse<String> reply) {
    return PageClient.cookies(reply);
  }

  private HttpResponse<String> get(String path, Map<String, String> cookies) throws Exception {
    return http.get(path, cookies);
  }

  private HttpResponse<String> post(
      String path, Map<String, String> cookies, Map<String, String> form) throws Exception {
    return http.post(path, cookies, form);
  }
}
