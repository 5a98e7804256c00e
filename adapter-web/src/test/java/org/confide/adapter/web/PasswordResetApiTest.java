package org.confide.adapter.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.confide.domain.audit.AuditAction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * An administrator's password reset over the API, and the page its one-time link opens, over plain
 * HTTP: the link works once, until it expires, and every link that does not work is a kind page.
 */
class PasswordResetApiTest {

  private static final String NEW_PASSWORD = "a brand new long password";

  private final Api api = new Api();
  private final HttpClient client = HttpClient.newHttpClient();

  @AfterEach
  void stop() {
    api.close();
  }

  private String adviserId(String admin) {
    for (var account : api.get("/api/v1/admin/staff", admin).json().get("staff")) {
      if (account.get("email").asText().equals("adviser@example.ac.uk")) {
        return account.get("id").asText();
      }
    }
    throw new AssertionError("no adviser");
  }

  private Api.Reply reset(String admin, String id) {
    return api.post("/api/v1/admin/staff/" + id + "/password-reset", admin, null);
  }

  private String base() {
    return "http://127.0.0.1:" + api.app.port();
  }

  private HttpResponse<String> page(String pathAndQuery) throws Exception {
    return client.send(
        HttpRequest.newBuilder(URI.create(base() + pathAndQuery)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** Opens the link, then posts the form it shows with {@code password}. */
  private HttpResponse<String> setWith(String link, String password) throws Exception {
    var form = page(URI.create(link).getRawPath() + "?" + URI.create(link).getRawQuery());
    assertThat(form.statusCode()).isEqualTo(200);
    var cookie =
        form.headers().allValues("Set-Cookie").stream()
            .map(header -> header.substring(0, header.indexOf(';')))
            .collect(Collectors.joining("; "));
    var csrf = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"").matcher(form.body());
    var token = Pattern.compile("name=\"token\" value=\"([^\"]+)\"").matcher(form.body());
    assertThat(csrf.find()).isTrue();
    assertThat(token.find()).isTrue();
    var body =
        Map.of("csrf", csrf.group(1), "token", token.group(1), "newPassword", password)
            .entrySet()
            .stream()
            .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    return client.send(
        HttpRequest.newBuilder(URI.create(base() + "/staff/set-password"))
            .header("Cookie", cookie)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void a_reset_answers_a_one_time_link_ends_the_members_sessions_and_the_link_sets_a_password()
      throws Exception {
    var admin = api.logIn("admin@example.ac.uk");
    var adviser = api.logIn("adviser@example.ac.uk");

    var reply = reset(admin, adviserId(admin));

    assertThat(reply.status()).isEqualTo(201);
    assertThat(reply.header("Cache-Control")).contains("no-store");
    var link = reply.json().get("link").asText();
    assertThat(link).matches(Pattern.quote(base()) + "/staff/set-password\\?token=[0-9a-f]{64}");
    assertThat(Instant.parse(reply.json().get("expiresAt").asText()))
        .isEqualTo(api.fixture.clock.instant().plus(Duration.ofHours(24)));
    assertThat(api.get("/api/v1/staff/cases", adviser).status()).isEqualTo(401);
    assertThat(
            api.post(
                    "/api/v1/staff/session",
                    null,
                    Map.of("email", "adviser@example.ac.uk", "password", Api.PASSWORD))
                .status())
        .isEqualTo(401);

    var set = setWith(link, NEW_PASSWORD);

    assertThat(set.statusCode()).isEqualTo(303);
    assertThat(set.headers().firstValue("Location")).hasValue("/staff/sign-in?why=password-set");
    assertThat(
            api.post(
                    "/api/v1/staff/session",
                    null,
                    Map.of("email", "adviser@example.ac.uk", "password", NEW_PASSWORD))
                .status())
        .isEqualTo(200);
    assertThat(api.fixture.audited(AuditAction.PASSWORD_RESET_ISSUED)).hasSize(1);
    assertThat(api.fixture.audited(AuditAction.PASSWORD_SET_BY_LINK)).hasSize(1);
  }

  @Test
  void a_used_link_an_unknown_one_and_an_expired_one_each_get_a_kind_page() throws Exception {
    var admin = api.logIn("admin@example.ac.uk");
    var used = reset(admin, adviserId(admin)).json().get("link").asText();
    setWith(used, NEW_PASSWORD);

    var spent = page(URI.create(used).getRawPath() + "?" + URI.create(used).getRawQuery());
    var unknown = page("/staff/set-password?token=" + "0".repeat(64));
    var none = page("/staff/set-password");
    var nonsense = page("/staff/set-password?token=%3Cscript%3E");
    admin = api.logIn("admin@example.ac.uk");
    var later = reset(admin, adviserId(admin)).json().get("link").asText();
    api.fixture.clock.advance(Duration.ofHours(25));
    var expired = page(URI.create(later).getRawPath() + "?" + URI.create(later).getRawQuery());

    for (var gone : java.util.List.of(spent, unknown, none, nonsense)) {
      assertThat(gone.statusCode()).isEqualTo(404);
      assertThat(gone.body()).contains("This link does not work", "ask your administrator");
    }
    assertThat(expired.statusCode()).isEqualTo(410);
    assertThat(expired.body()).contains("This link has expired", "new link");
  }

  @Test
  void a_short_password_shows_the_form_again_naming_the_field_and_the_link_still_works()
      throws Exception {
    var admin = api.logIn("admin@example.ac.uk");
    var link = reset(admin, adviserId(admin)).json().get("link").asText();

    var refused = setWith(link, "too short");

    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.body()).contains("newPassword-error", "at least 12 characters");
    assertThat(setWith(link, NEW_PASSWORD).statusCode()).isEqualTo(303);
  }

  @Test
  void only_an_administrator_resets_and_an_unknown_account_is_404() {
    var admin = api.logIn("admin@example.ac.uk");
    var lead = api.logIn("lead@example.ac.uk");
    var id = adviserId(admin);

    assertThat(reset(lead, id).status()).isEqualTo(403);
    assertThat(reset(null, id).status()).isEqualTo(401);
    assertThat(reset(admin, java.util.UUID.randomUUID().toString()).status()).isEqualTo(404);
    assertThat(reset(admin, "not-an-id").status()).isEqualTo(404);
    assertThat(api.fixture.audited(AuditAction.PASSWORD_RESET_ISSUED)).isEmpty();
  }
}
