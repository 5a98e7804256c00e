package org.confide.adapter.web.security;

import io.javalin.http.Context;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.confide.adapter.web.WebSettings;
import org.confide.application.port.in.Failure;
import org.confide.application.port.in.Outcome;
import org.confide.application.port.in.SessionDenial;
import org.confide.application.port.in.SignInDenial;

/**
 * Throttles guessing, in memory and without holding an address, an email or a device id:
 * access-code tries per client and overall (against a guess spread over many addresses), password
 * tries per account and, for a browser that has signed in to the account before, per known device.
 */
public final class Guard {

  private static final String EVERYONE = "everyone";

  private final PrivateKeys keys;
  private final TrustedProxies proxies;
  private final Throttle codeTriesPerClient;
  private final Throttle codeFailuresOverall;
  private final Throttle passwordTriesPerAccount;

  public Guard(WebSettings settings) {
    this.keys = new PrivateKeys(new SecureRandom());
    this.proxies = settings.trustedProxies();
    var clock = settings.clock();
    var window = settings.throttleWindow();
    this.codeTriesPerClient = new Throttle(clock, settings.codeTriesPerClient(), window);
    this.codeFailuresOverall = new Throttle(clock, settings.codeFailuresOverall(), window);
    this.passwordTriesPerAccount = new Throttle(clock, settings.passwordTriesPerAccount(), window);
  }

  /**
   * The throttle key of the request's client: a keyed digest of its address, never the address.
   * Behind a trusted proxy the address is the one the proxy saw ({@link TrustedProxies}).
   */
  public String clientKey(Context ctx) {
    var forwardedFor =
        proxies.isEmpty()
            ? List.<String>of()
            : Collections.list(ctx.req().getHeaders("X-Forwarded-For"));
    return keys.of("client", proxies.client(String.valueOf(ctx.ip()), forwardedFor));
  }

  /** The throttle key of a staff account, whatever the case the email was typed in. */
  public String accountKey(String email) {
    return keys.of("account", email.strip().toLowerCase(Locale.ROOT));
  }

  /**
   * Runs {@code attempt}, a try of an access code by {@code client}, unless the client has had too
   * many failures; then the answer is {@link Failure.Throttled} and nothing is tried. A failed
   * attempt counts as a failure. The try counts against the client's limit while it runs, so a
   * burst of simultaneous tries gets no more than the limit.
   *
   * <p>When everyone together is over the overall limit, the code is still tried, and a wrong one
   * is answered {@link Failure.Throttled} while a right one opens its session: an 80-bit code
   * cannot be guessed in any number of tries the server will answer, so a flood of wrong codes from
   * many addresses must never keep a reporter from their report. The overall limit slows wrong
   * guesses only; the per-client limit holds as before, right codes included.
   */
  public <T> Outcome<T, SignInDenial> codeTry(
      String client, Supplier<Outcome<T, SessionDenial>> attempt) {
    var blocked = codeTriesPerClient.reserve(client);
    if (blocked.isPresent()) {
      return Outcome.failed(new Failure.Throttled(blocked.get()));
    }
    var overall = codeFailuresOverall.reserve(EVERYONE);
    boolean failed = false;
    try {
      var outcome = attempt.get();
      failed = !outcome.isDone();
      if (failed && overall.isPresent()) {
        codeFailuresOverall.failed(EVERYONE);
        return Outcome.failed(new Failure.Throttled(overall.get()));
      }
      return outcome.mapFailure(SignInDenial::from);
    } finally {
      codeTriesPerClient.release(client, failed);
      if (overall.isEmpty()) {
        codeFailuresOverall.release(EVERYONE, failed);
      }
    }
  }

  /**
   * Runs {@code attempt}, a password tried for {@code account}, unless too many have failed for it
   * lately; then the answer is {@link Failure.Throttled} and nothing is tried. Tries from a {@code
   * knownDevice} of the account (a browser that signed in to it before, see {@link KnownDevices})
   * have a budget of their own; every other try (other browsers, API clients) shares the account's.
   * A flood of wrong passwords from elsewhere so slows every guesser as before, but never the
   * member on their own device. A try the use case throttles itself (the account's code sign-in
   * paused) is not counted: it tried nothing.
   */
  public <T> Outcome<T, SignInDenial> passwordTry(
      String account, Optional<String> knownDevice, Supplier<Outcome<T, SignInDenial>> attempt) {
    var key = knownDevice.map(device -> keys.of("device", account + "\0" + device)).orElse(account);
    return attempt(Map.of(passwordTriesPerAccount, key), attempt);
  }

  private static <T> Outcome<T, SignInDenial> attempt(
      Map<Throttle, String> limits, Supplier<Outcome<T, SignInDenial>> attempt) {
    var reserved = new ArrayList<Map.Entry<Throttle, String>>();
    Optional<Duration> wait = Optional.empty();
    for (var limit : limits.entrySet()) {
      var blocked = limit.getKey().reserve(limit.getValue());
      if (blocked.isPresent()) {
        wait = longest(wait, blocked);
      } else {
        reserved.add(limit);
      }
    }
    if (wait.isPresent()) {
      reserved.forEach(limit -> limit.getKey().release(limit.getValue(), false));
      return Outcome.failed(new Failure.Throttled(wait.get()));
    }
    boolean failed = false;
    try {
      var outcome = attempt.get();
      failed = outcome instanceof Outcome.Failed<T, SignInDenial>(Failure.Unauthenticated wrong);
      return outcome;
    } finally {
      for (var limit : reserved) {
        limit.getKey().release(limit.getValue(), failed);
      }
    }
  }

  private static Optional<Duration> longest(Optional<Duration> one, Optional<Duration> other) {
    return Stream.concat(one.stream(), other.stream()).max(Duration::compareTo);
  }
}
