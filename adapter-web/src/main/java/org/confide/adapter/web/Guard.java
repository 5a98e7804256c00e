package org.confide.adapter.web;

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
import org.confide.application.port.in.Outcome;

/**
 * Throttles guessing, in memory and without holding an address or an email: access-code tries per
 * client and overall (against a guess spread over many addresses), password tries per account.
 */
final class Guard {

  private static final String EVERYONE = "everyone";

  private final PrivateKeys keys;
  private final TrustedProxies proxies;
  private final Throttle codeTriesPerClient;
  private final Throttle codeFailuresOverall;
  private final Throttle passwordTriesPerAccount;

  Guard(WebSettings settings) {
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
  String clientKey(Context ctx) {
    var forwardedFor =
        proxies.isEmpty()
            ? List.<String>of()
            : Collections.list(ctx.req().getHeaders("X-Forwarded-For"));
    return keys.of("client", proxies.client(String.valueOf(ctx.ip()), forwardedFor));
  }

  /** The throttle key of a staff account, whatever the case the email was typed in. */
  String accountKey(String email) {
    return keys.of("account", email.strip().toLowerCase(Locale.ROOT));
  }

  /**
   * Runs {@code attempt}, a try of an access code by {@code client}, unless the client or everyone
   * together has had too many failures; then the answer is {@link Outcome.Throttled} and nothing is
   * tried. An {@link Outcome.Unauthenticated} answer counts as a failure. The try counts against
   * the limits while it runs, so a burst of simultaneous tries gets no more than the limit.
   */
  <T> Outcome<T> codeTry(String client, Supplier<Outcome<T>> attempt) {
    return attempt(Map.of(codeTriesPerClient, client, codeFailuresOverall, EVERYONE), attempt);
  }

  /** Runs {@code attempt}, a password tried for {@code account}, as {@link #codeTry} does. */
  <T> Outcome<T> passwordTry(String account, Supplier<Outcome<T>> attempt) {
    return attempt(Map.of(passwordTriesPerAccount, account), attempt);
  }

  private static <T> Outcome<T> attempt(
      Map<Throttle, String> limits, Supplier<Outcome<T>> attempt) {
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
      return new Outcome.Throttled<>(wait.get());
    }
    boolean failed = false;
    try {
      var outcome = attempt.get();
      failed = outcome instanceof Outcome.Unauthenticated<T>;
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
