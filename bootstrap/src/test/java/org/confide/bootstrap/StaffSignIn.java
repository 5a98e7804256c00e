package org.confide.bootstrap;

import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.confide.application.crypto.Totp;

/**
 * Signs staff in over the API as a person with an authenticator app would: on a new deployment
 * (two-factor sign-in required) the first sign-in sets it up, and every later one sends a code —
 * the app's code of the moment, or, when that step's code was already used (two sign-ins within 30
 * seconds), one of the member's recovery codes. Every staff sign-in of the end-to-end tests goes
 * through here.
 */
final class StaffSignIn {

  private final Http http;
  private final Clock clock;
  private final Map<String, Authenticator> authenticators = new HashMap<>();

  /**
   * @param clock the server's clock, which the codes must follow
   */
  StaffSignIn(int port, Clock clock) {
    this.http = new Http(port);
    this.clock = clock;
  }

  /** What a member set up: their secret, the recovery codes not yet used, the last step used. */
  private static final class Authenticator {
    final byte[] secret;
    final Deque<String> recoveryCodes = new ArrayDeque<>();
    long lastStep;

    Authenticator(byte[] secret, long lastStep) {
      this.secret = secret;
      this.lastStep = lastStep;
    }

    String nextCode(Clock clock) {
      var step = Totp.step(clock.instant());
      if (step > lastStep) {
        lastStep = step;
        return Totp.code(secret, step);
      }
      return recoveryCodes.pop();
    }
  }

  /** Signs {@code email} in, setting up two-factor sign-in first if it is required; the token. */
  synchronized String logIn(String email, String password) {
    var known = authenticators.get(email);
    var code = known == null ? null : known.nextCode(clock);
    var login =
        http.post(
            "/api/v1/staff/session",
            Optional.empty(),
            "{\"email\": %s, \"password\": %s, \"code\": %s}"
                .formatted(
                    Http.quote(email),
                    Http.quote(password),
                    code == null ? "null" : Http.quote(code)));
    if (login.status() != 200) {
      throw new IllegalStateException("staff login answered " + login.status());
    }
    var token = login.body().get("token").asText();
    return login.body().get("twoFactorSetUpRequired").asBoolean() ? setUp(email, token) : token;
  }

  private String setUp(String email, String token) {
    var enrolment = http.post("/api/v1/staff/two-factor", Optional.of(token), "{}");
    if (enrolment.status() != 200) {
      throw new IllegalStateException("starting two-factor set-up answered " + enrolment.status());
    }
    var secret = Totp.fromBase32(enrolment.body().get("secret").asText());
    var step = Totp.step(clock.instant());
    var confirmed =
        http.post(
            "/api/v1/staff/two-factor/confirmation",
            Optional.of(token),
            "{\"code\": %s}".formatted(Http.quote(Totp.code(secret, step))));
    if (confirmed.status() != 200) {
      throw new IllegalStateException(
          "confirming two-factor set-up answered " + confirmed.status());
    }
    var authenticator = new Authenticator(secret, step);
    confirmed.body().get("recoveryCodes").forEach(c -> authenticator.recoveryCodes.add(c.asText()));
    authenticators.put(email, authenticator);
    return confirmed.body().get("token").asText();
  }
}
