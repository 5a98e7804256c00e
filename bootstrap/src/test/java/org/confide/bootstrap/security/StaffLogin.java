package org.confide.bootstrap.security;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.WeakHashMap;
import org.confide.application.crypto.Totp;
import org.confide.domain.staff.RecoveryCode;
import org.confide.testing.MutableClock;

/**
 * The one way this suite signs a staff member in, through the API or the sign-in page. Every staff
 * login of the suite goes through {@link #logIn}.
 *
 * <p>The servers run as a new deployment does, with two-factor sign-in required of all staff, so
 * this is also the suite's authenticator app: a member's first sign-in sets it up through the API,
 * and every later one sends a code — the app's code for the server's clock, or, once the codes of
 * this moment are used (the test clock stands still), one of the member's recovery codes, and after
 * those the next code, the test clock moved on as a person would wait for it.
 */
final class StaffLogin {

  /** Through the JSON API (a bearer token) or the sign-in page (a session cookie). */
  enum Via {
    API,
    PAGE
  }

  /** What each member set up, per server (client). */
  private static final Map<Client, Map<String, App>> APPS =
      Collections.synchronizedMap(new WeakHashMap<>());

  private StaffLogin() {}

  /** A member's authenticator app and the recovery codes they kept. */
  private static final class App {
    private final byte[] secret;
    private final Deque<String> recoveryCodes = new ArrayDeque<>();
    private long lastStep;
    private int inFlight;

    App(byte[] secret, long lastStep) {
      this.secret = secret;
      this.lastStep = lastStep;
    }

    /**
     * A code the server has not accepted before: the app's, else a recovery code. When both are
     * used up at this moment of the test clock, the clock moves on 30 seconds, as a person would
     * wait for their app's next code.
     */
    synchronized String nextCode(Client client) {
      var now = Totp.step(client.clock().instant());
      // The server accepts one step either side of now, each once.
      var step = Math.max(now - 1, lastStep + 1);
      if (step <= now + 1) {
        lastStep = step;
        inFlight++;
        return Totp.code(secret, step);
      }
      if (!recoveryCodes.isEmpty()) {
        inFlight++;
        return recoveryCodes.pop();
      }
      // Only when no sign-in is under way: a burst of wrong passwords gives its codes back, and
      // moving the clock under it would move the throttle's window too.
      if (inFlight == 0 && client.clock() instanceof MutableClock clock) {
        clock.advance(Duration.ofSeconds(Totp.STEP_SECONDS));
        return nextCode(client);
      }
      return "";
    }

    /**
     * Settles a code once the server has answered: one it did not accept (a wrong password is
     * refused before the code is looked at) is taken back.
     */
    synchronized void settle(String code, boolean accepted) {
      if (code.isEmpty()) {
        return;
      }
      inFlight--;
      if (accepted) {
        return;
      }
      if (RecoveryCode.parse(code).isPresent()) {
        recoveryCodes.push(code);
      } else if (code.equals(Totp.code(secret, lastStep))) {
        lastStep--;
      }
    }
  }

  /**
   * Signs {@code email} in with {@code password} (and a code, once they have set up two-factor
   * sign-in) and answers the server's last reply: through the API, {@code 200 {token, ...}} (for a
   * first sign-in, the reply that set up two-factor sign-in, which holds the new token); through
   * the page, {@code 303} with the session and visit cookies. A refused login answers as the server
   * refused it. {@code browser} are the cookies the browser already holds (sent on the page's
   * requests).
   */
  static Client.Reply logIn(
      Client client, Via via, String email, String password, Map<String, String> browser) {
    var apps =
        APPS.computeIfAbsent(client.root(), c -> Collections.synchronizedMap(new HashMap<>()));
    var member = email.toLowerCase(Locale.ROOT);
    if (via == Via.PAGE && !apps.containsKey(member)) {
      // The page cannot set up an app; a first sign-in does that through the API.
      logIn(client, Via.API, email, password, Map.of());
    }
    var app = apps.get(member);
    var code = app == null ? "" : app.nextCode(client);
    var reply = send(client, via, email, password, code, browser);
    if (app != null) {
      app.settle(code, reply.status() == 200 || reply.status() == 303);
    }
    return reply.status() == 200
            && via == Via.API
            && reply.json().get("twoFactorSetUpRequired").asBoolean()
        ? setUp(client, apps, member, reply.json().get("token").asText())
        : reply;
  }

  private static Client.Reply send(
      Client client,
      Via via,
      String email,
      String password,
      String code,
      Map<String, String> browser) {
    return switch (via) {
      case API ->
          client
              .post("/api/v1/staff/session")
              .json(
                  "{\"email\": %s, \"password\": %s, \"code\": %s}"
                      .formatted(Client.quote(email), Client.quote(password), Client.quote(code)))
              .send();
      case PAGE -> {
        // The sign-in page, as this browser sees it: its form token, and the visit cookie it set
        // (or the one the browser already holds).
        var page = client.get("/staff/sign-in").cookies(browser).send();
        var cookies = new LinkedHashMap<>(browser);
        cookies.putAll(page.cookies());
        var fields = new LinkedHashMap<String, String>();
        fields.put("csrf", page.formToken());
        fields.put("email", email);
        fields.put("password", password);
        fields.put("code", code);
        yield client.post("/staff/sign-in").cookies(cookies).form(fields).send();
      }
    };
  }

  /** Sets up two-factor sign-in with the session of a first sign-in; the confirming reply. */
  private static Client.Reply setUp(
      Client client, Map<String, App> apps, String email, String token) {
    var enrolment = client.post("/api/v1/staff/two-factor").bearer(token).json("{}").send();
    if (enrolment.status() != 200) {
      throw new IllegalStateException("starting two-factor set-up answered " + enrolment);
    }
    var secret = Totp.fromBase32(enrolment.json().get("secret").asText());
    var step = Totp.step(client.clock().instant());
    var confirmed =
        client
            .post("/api/v1/staff/two-factor/confirmation")
            .bearer(token)
            .json("{\"code\": %s}".formatted(Client.quote(Totp.code(secret, step))))
            .send();
    if (confirmed.status() != 200) {
      throw new IllegalStateException("confirming two-factor set-up answered " + confirmed);
    }
    var app = new App(secret, step);
    confirmed.json().get("recoveryCodes").forEach(c -> app.recoveryCodes.add(c.asText()));
    apps.put(email, app);
    return confirmed;
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
