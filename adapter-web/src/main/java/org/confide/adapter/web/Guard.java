package org.confide.adapter.web;

import io.javalin.http.Context;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

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

  /** How long the client must wait before trying another code, if it must. */
  Optional<Duration> codeTryBlocked(String client) {
    return longest(codeTriesPerClient.blocked(client), codeFailuresOverall.blocked(EVERYONE));
  }

  void codeTryFailed(String client) {
    codeTriesPerClient.failed(client);
    codeFailuresOverall.failed(EVERYONE);
  }

  /** How long anyone must wait before trying another password for this account, if they must. */
  Optional<Duration> passwordTryBlocked(String account) {
    return passwordTriesPerAccount.blocked(account);
  }

  void passwordTryFailed(String account) {
    passwordTriesPerAccount.failed(account);
  }

  private static Optional<Duration> longest(Optional<Duration> one, Optional<Duration> other) {
    return Stream.concat(one.stream(), other.stream()).max(Duration::compareTo);
  }
}
