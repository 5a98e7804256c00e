package org.confide.bootstrap.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.function.ToIntFunction;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

/**
 * Sessions on the server, over real HTTP: new ids at every sign-in (and none taken from the
 * browser), sign-out and expiry ending them on the server, each kind of token kept to its own
 * routes, and every state-changing form refused without this browser's form token.
 */
abstract class Sessions extends AgainstTheServer {

  private int reportStatus(String token) {
    return client.get("/api/v1/reporter/report").bearer(token).send().status();
  }

  private int casesStatus(String token) {
    return client.get("/api/v1/staff/cases").bearer(token).send().status();
  }

  @Test
  void every_sign_in_issues_new_ids_and_adopts_none_from_the_browser() {
    var first = StaffLogin.token(client, World.ADVISER_A, RunningConfide.PASSWORD);
    var second = StaffLogin.token(client, World.ADVISER_A, RunningConfide.PASSWORD);
    assertThat(first).isNotEqualTo(second).hasSizeGreaterThanOrEqualTo(43);

    // A session id planted in the browser before sign-in (fixation) is replaced, not adopted.
    var planted = "planted-" + "x".repeat(40);
    var page =
        StaffLogin.logIn(
            client,
            StaffLogin.Via.PAGE,
            World.ADVISER_A,
            RunningConfide.PASSWORD,
            Map.of(Cookies.STAFF, planted, Cookies.FORM, World.VISIT));
    assertThat(page.status()).isEqualTo(303);
    var issued = page.cookies();
    assertThat(issued.get(Cookies.STAFF)).isNotBlank().isNotEqualTo(planted);
    assertThat(issued.get(Cookies.FORM)).isNotBlank().isNotEqualTo(World.VISIT);
    var again =
        StaffLogin.logIn(
            client, StaffLogin.Via.PAGE, World.ADVISER_A, RunningConfide.PASSWORD, Map.of());
    assertThat(again.cookies().get(Cookies.STAFF)).isNotEqualTo(issued.get(Cookies.STAFF));
    assertThat(again.cookies().get(Cookies.FORM)).isNotEqualTo(issued.get(Cookies.FORM));
    assertThat(page.header("Set-Cookie").orElseThrow()).contains("HttpOnly", "SameSite=Strict");

    // The reporter's sign-in page too: a new session and a new form token, whatever was sent.
    var code = world.report("canary-rotation").code();
    var signedIn =
        client
            .post("/sign-in")
            .cookie(Cookies.FORM, World.VISIT)
            .cookie(Cookies.REPORTER, planted)
            .formWithToken(Map.of("code", code))
            .send();
    assertThat(signedIn.location()).isEqualTo("/my-report");
    assertThat(signedIn.cookies().get(Cookies.REPORTER)).isNotBlank().isNotEqualTo(planted);
    assertThat(signedIn.cookies().get(Cookies.FORM)).isNotEqualTo(World.VISIT);
  }

  @Test
  void signing_out_ends_the_session_on_the_server() {
    var reporter = world.report("canary-sign-out").token();
    assertThat(client.call("DELETE", "/api/v1/reporter/session").bearer(reporter).send().status())
        .isEqualTo(204);
    assertThat(reportStatus(reporter)).isEqualTo(401);

    var staff = world.signIn(World.ADVISER_A);
    assertThat(client.call("DELETE", "/api/v1/staff/session").bearer(staff).send().status())
        .isEqualTo(204);
    assertThat(casesStatus(staff)).isEqualTo(401);

    // The pages: the cookie the browser held is dead on the server, for pages and API alike.
    var cookie =
        StaffLogin.logIn(client, StaffLogin.Via.PAGE, World.LEAD, RunningConfide.PASSWORD, Map.of())
            .cookies();
    var out = client.post("/staff/sign-out").cookies(cookie).formWithToken(Map.of()).send();
    assertThat(out.location()).isEqualTo("/staff/sign-in?why=signed-out");
    assertThat(client.get("/staff/cases").cookies(cookie).send().location())
        .isEqualTo("/staff/sign-in?why=expired");
    assertThat(casesStatus(cookie.get(Cookies.STAFF))).isEqualTo(401);

    for (var exit : new String[] {"/sign-out", "/leave"}) {
      var token = world.report("canary-page-sign-out").token();
      var call =
          World.present(client.call(exit.equals("/leave") ? "GET" : "POST", exit), Optional.empty())
              .cookie(Cookies.REPORTER, token);
      (exit.equals("/leave") ? call : call.formWithToken(Map.of())).send();
      assertThat(reportStatus(token)).as(exit).isEqualTo(401);
    }
  }

  @Test
  void a_reporter_session_ends_after_twenty_idle_minutes_or_two_hours_on_the_server() {
    endsOnTheServer(
        () -> world.report("canary-expiry").token(),
        this::reportStatus,
        Duration.ofMinutes(20),
        Duration.ofHours(2));
  }

  @Test
  void a_staff_session_ends_after_thirty_idle_minutes_or_ten_hours_on_the_server() {
    var busy =
        endsOnTheServer(
            () -> world.signIn(World.ADVISER_B),
            this::casesStatus,
            Duration.ofMinutes(30),
            Duration.ofHours(10));
    // And its page cookie sends the browser to sign in again.
    assertThat(client.get("/staff/cases").cookie(Cookies.STAFF, busy).send().location())
        .isEqualTo("/staff/sign-in?why=expired");
  }

  /**
   * Two sessions from {@code signIn}: one left idle ends at {@code idle}, on the server (turning
   * the clock back revives nothing); one kept busy ends at {@code absolute} all the same. Answers
   * the busy one's token.
   */
  private String endsOnTheServer(
      Supplier<String> signIn, ToIntFunction<String> status, Duration idle, Duration absolute) {
    var left = signIn.get();
    var busy = signIn.get();
    var start = confide.clock.instant();
    var justBefore = idle.minusMinutes(1);
    confide.clock.advance(justBefore);
    assertThat(status.applyAsInt(busy)).isEqualTo(200);
    confide.clock.set(start.plus(idle));
    assertThat(status.applyAsInt(left)).isEqualTo(401);
    confide.clock.set(start.plusSeconds(60));
    assertThat(status.applyAsInt(left)).isEqualTo(401);

    var step = idle.minusMinutes(5);
    var at = start.plus(justBefore);
    while (at.plus(step).isBefore(start.plus(absolute))) {
      at = at.plus(step);
      confide.clock.set(at);
      assertThat(status.applyAsInt(busy)).as("busy at %s", at).isEqualTo(200);
    }
    confide.clock.set(start.plus(absolute));
    assertThat(status.applyAsInt(busy)).isEqualTo(401);
    return busy;
  }

  @Test
  void a_token_of_one_kind_opens_nothing_of_the_other_and_keeps_no_session_of_it_alive() {
    var reporter = world.report("canary-kinds").token();
    var staff = world.signIn(World.LEAD);
    assertThat(casesStatus(reporter)).isEqualTo(401);
    assertThat(reportStatus(staff)).isEqualTo(401);
    // Neither sign-out ends a session of the other kind.
    client.call("DELETE", "/api/v1/staff/session").bearer(reporter).send();
    client.call("DELETE", "/api/v1/reporter/session").bearer(staff).send();
    assertThat(reportStatus(reporter)).isEqualTo(200);
    assertThat(casesStatus(staff)).isEqualTo(200);

    // A reporter idle past its 20 minutes is not revived by a staff route's longer limit.
    confide.clock.advance(Duration.ofMinutes(21));
    assertThat(casesStatus(reporter)).isEqualTo(401);
    assertThat(reportStatus(reporter)).isEqualTo(401);
    assertThat(casesStatus(staff)).isEqualTo(200);
  }

  /** Every state-changing page route the server serves, read from its router, with its ids. */
  private List<String> forms() {
    var forms =
        confide.server.routes().stream()
            .filter(route -> !route.startsWith("GET "))
            .filter(route -> !route.contains(" /api/") && !route.endsWith(" /health"))
            .map(route -> route.substring(route.indexOf(' ') + 1))
            .map(path ->
                path.replace("{reference}", world.reportA.reference())
                    .replace("{id}", world.escalationOnC)
                    .replace("{slug}", "support")
                    .replace("{index}", "3")
                    .replace("{version}", "1"))
            .toList();
    assertThat(forms).hasSizeGreaterThanOrEqualTo(21);
    return forms;
  }

  private static final Map<String, String> FIELDS =
      Map.of(
          "body", "canary-csrf",
          "reply", "canary-csrf",
          "note", "canary-csrf",
          "email", "csrf@example.ac.uk",
          "displayName", "Planted",
          "roles", "ADMIN",
          "password", "a planted long password",
          "decision", "ACKNOWLEDGE",
          "rationale", "x");

  private static Map<String, String> fields(String csrf) {
    var fields = new HashMap<>(FIELDS);
    fields.put("csrf", csrf);
    return fields;
  }

  /**
   * Every state-changing page route (read from the router, so a new one cannot be missed), posted
   * by a signed-in reporter, lead and administrator without a form token, with a made-up one, with
   * the cookie alone, with a token and visit cookie a sibling site chose together (what the outside
   * test did: any double-submitted pair was accepted), with a real token this server made for
   * another visit or another session of the same person, and with the browser's own token but sent
   * from a page of another origin or site: 403 each time, and the database exactly as it was.
   */
  @Test
  void every_state_changing_form_is_refused_without_this_browsers_form_token() {
    var forms = forms();
    var reporter = world.report("canary-csrf-reporter").token();
    var lead = world.signIn(World.LEAD);
    var admin = world.signIn(RunningConfide.ADMIN);
    var otherAdmin = world.signIn(RunningConfide.ADMIN);
    // A sibling site's own visit: a real visit cookie and the token the server made for it.
    var chosenVisit = "sibling-chosen-visit-0123456789a";
    var siblingToken = client.formToken("/", Map.of(Cookies.FORM, chosenVisit));
    var before = confide.tables();
    var soft = new SoftAssertions();
    for (var path : forms) {
      var staffSide = path.startsWith("/staff");
      for (var token : new String[] {reporter, lead, admin}) {
        var replies = new LinkedHashMap<String, Client.Reply>();
        replies.put(
            "missing", World.present(client.post(path), Optional.of(token)).form(FIELDS).send());
        replies.put(
            "made up",
            World.present(client.post(path), Optional.of(token))
                .form(fields("another-browsers-form-token-0000"))
                .send());
        replies.put(
            "cookie only",
            client
                .post(path)
                .cookie(Cookies.REPORTER, token)
                .cookie(Cookies.STAFF, token)
                .form(fields(World.VISIT))
                .send());
        replies.put(
            "a pair chosen together",
            World.present(client.post(path), Optional.of(token))
                .cookie(Cookies.FORM, World.VISIT)
                .form(fields(World.VISIT))
                .send());
        replies.put(
            "a sibling's visit token",
            World.present(client.post(path), Optional.of(token))
                .cookie(Cookies.FORM, chosenVisit)
                .form(fields(siblingToken))
                .send());
        var anotherSession =
            client.formToken(
                path,
                Map.of(
                    staffSide ? Cookies.STAFF : Cookies.REPORTER,
                    token.equals(admin) ? otherAdmin : admin,
                    Cookies.FORM,
                    World.VISIT));
        replies.put(
            "another session's token",
            World.present(client.post(path), Optional.of(token))
                .form(fields(anotherSession))
                .send());
        for (var elsewhere :
            List.of(
                Map.of("Origin", "http://b.confide.localhost"),
                Map.of("Origin", "null"),
                Map.of("Sec-Fetch-Site", "same-site"),
                Map.of("Sec-Fetch-Site", "cross-site"),
                Map.of("Origin", client.base().replace("http:", "https:")))) {
          var call = World.present(client.post(path), Optional.of(token));
          elsewhere.forEach(call::header);
          replies.put("from " + elsewhere, call.form(fields(call.formToken())).send());
        }
        replies.forEach((how, reply) -> {
          soft.assertThat(reply.status()).as("%s, %s: %s", path, how, reply).isEqualTo(403);
          soft.assertThat(reply.text()).as("%s, %s", path, how).contains("This form has expired");
        });
      }
    }
    soft.assertThat(confide.tables()).as("the database after refused forms").isEqualTo(before);
    soft.assertAll();
  }

  /**
   * A form posted as a browser posts it, with this origin and {@code Sec-Fetch-Site: same-origin},
   * is accepted: the checks refuse only what came from elsewhere. So is an API call from a client
   * that is no browser (no Origin, no Sec-Fetch-Site), while the same call from another origin is
   * refused.
   */
  @Test
  void a_form_from_this_origin_is_accepted_and_an_api_call_from_another_is_not() {
    var page =
        StaffLogin.logIn(client, StaffLogin.Via.PAGE, World.LEAD, RunningConfide.PASSWORD, Map.of())
            .cookies();
    var out =
        client
            .post("/staff/sign-out")
            .cookies(page)
            .header("Origin", client.base())
            .header("Sec-Fetch-Site", "same-origin")
            .formWithToken(Map.of())
            .send();
    assertThat(out.location()).isEqualTo("/staff/sign-in?why=signed-out");

    var session = world.signIn(World.LEAD);
    var refused =
        client
            .call("DELETE", "/api/v1/staff/session")
            .bearer(session)
            .header("Origin", "http://b.confide.localhost")
            .send();
    assertThat(refused.status()).isEqualTo(403);
    assertThat(refused.contentType()).isEqualTo("application/problem+json");
    assertThat(casesStatus(session)).isEqualTo(200);
    assertThat(client.call("DELETE", "/api/v1/staff/session").bearer(session).send().status())
        .isEqualTo(204);
  }
}
