package org.confide.bootstrap.security;

import java.util.Map;

/**
 * The one way this suite signs a staff member in, through the API or the sign-in page. Every staff
 * login of the suite goes through {@link #logIn}, so a change to how staff sign in (a second
 * factor, say) is made here once.
 */
final class StaffLogin {

  /** Through the JSON API (a bearer token) or the sign-in page (a session cookie). */
  enum Via {
    API,
    PAGE
  }

  private StaffLogin() {}

  /**
   * Signs {@code email} in with {@code password} and answers the server's last reply: through the
   * API, {@code 200 {token, expiresAt}}; through the page, {@code 303} with the session and form
   * cookies. A refused login answers as the server refused it. {@code browser} are the cookies the
   * browser already holds (sent on the page's requests).
   */
  static Client.Reply logIn(
      Client client, Via via, String email, String password, Map<String, String> browser) {
    return switch (via) {
      case API ->
          client
              .post("/api/v1/staff/session")
              .json(
                  "{\"email\": %s, \"password\": %s}"
                      .formatted(Client.quote(email), Client.quote(password)))
              .send();
      case PAGE -> {
        // The form token the page sets, or the one this browser already holds.
        var form =
            client
                .get("/staff/sign-in")
                .cookies(browser)
                .send()
                .cookies()
                .getOrDefault(Cookies.FORM, browser.get(Cookies.FORM));
        yield client
            .post("/staff/sign-in")
            .cookies(browser)
            .cookie(Cookies.FORM, form)
            .form(Map.of("csrf", form, "email", email, "password", password))
            .send();
      }
    };
  }

  /** A bearer token for {@code email}, who must be able to sign in. */
  static String token(Client client, String email, String password) {
    var reply = logIn(client, Via.API, email, password, Map.of());
    if (reply.status() != 200) {
      throw new IllegalStateException("staff login answered " + reply);
    }
    return reply.json().get("token").asText();
  }
}
