package org.confide.adapter.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.confide.adapter.web.WebServer;
import org.confide.adapter.web.WebSettings;
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

  @AfterEach
  void stop() {
    app.stop();
  }

  static final List<String> PUBLIC_PAGES = List.of("/", "/report", "/sign-in", "/staff/sign-in");

  @ParameterizedTest
  @ValueSource(strings = {"/", "/report", "/sign-in", "/staff/sign-in"})
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

  /** A browser's first visit: the visit cookie the first page set, and its forms' token. */
  private record Visit(String cookie, String token) {
    Map<String, String> cookies() {
      return Map.of(Pages.FORM_COOKIE, cookie);
    }
  }

  private Visit visit() throws Exception {
    var page = get("/sign-in", Map.of());
    return new Visit(cookies(page).get(Pages.FORM_COOKIE), formToken(page.body()));
  }

  private static String formToken(String html) {
    var found = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"").matcher(html);
    assertThat(found.find()).as("a form token on the page").isTrue();
    return found.group(1);
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
    var cookies = new LinkedHashMap<String, String>();
    for (var header : reply.headers().allValues("Set-Cookie")) {
      var pair = header.substring(0, header.indexOf(';'));
      cookies.put(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
    }
    return cookies;
  }

  private HttpResponse<String> get(String path, Map<String, String> cookies) throws Exception {
    var request = HttpRequest.newBuilder(URI.create(base + path)).GET();
    if (!cookies.isEmpty()) {
      request.header("Cookie", cookieHeader(cookies));
    }
    return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> post(
      String path, Map<String, String> cookies, Map<String, String> form) throws Exception {
    var body =
        form.entrySet().stream()
            .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    var request =
        HttpRequest.newBuilder(URI.create(base + path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body));
    if (!cookies.isEmpty()) {
      request.header("Cookie", cookieHeader(cookies));
    }
    return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static String cookieHeader(Map<String, String> cookies) {
    return cookies.entrySet().stream()
        .map(e -> e.getKey() + "=" + e.getValue())
        .collect(Collectors.joining("; "));
  }
}
