package org.confide.adapter.web;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.confide.adapter.web.i18n.Languages;
import org.confide.adapter.web.security.FormKey;
import org.confide.adapter.web.security.SameOrigin;
import org.confide.adapter.web.security.TrustedProxies;

/**
 * How the web adapter runs: whether it is served over TLS, how large a body may be, whether Jetty
 * handles requests on virtual threads, how guessing is throttled, how {@code /health} asks the
 * database, and the clock the throttles read.
 *
 * @param behindTls whether clients reach the server over HTTPS (directly or through a proxy); adds
 *     HSTS to every response
 * @param maxBodyBytes the largest request body accepted; larger ones get 413
 * @param virtualThreads whether Jetty handles each request on a virtual thread
 * @param codeTriesPerClient failed access-code tries one client may make in {@code throttleWindow}
 * @param codeFailuresOverall failed access-code tries all clients together may make in {@code
 *     throttleWindow}, against a guess spread over many addresses
 * @param passwordTriesPerAccount failed password tries for one staff account in {@code
 *     throttleWindow}, from all unknown browsers and API clients together; as many again for each
 *     browser that has signed in to the account before (see {@link KnownDevices})
 * @param throttleWindow the sliding window of the three limits above
 * @param databaseAnswers asked by {@code GET /health}; true when the database answers
 * @param clock the clock the throttles read
 * @param quickExitUrl where the quick exit sends a reporter: an everyday page elsewhere
 * @param trustedProxies the proxies whose {@code X-Forwarded-For} names the client, for throttling
 * @param formKey the secret form tokens are made under; the same on every node
 * @param publicOrigin this server's origin as browsers reach it ({@code https://host[:port]}), when
 *     configured; otherwise each request's {@code Host} header says it (see {@link SameOrigin})
 * @param requestObserver told of every request once it is answered (for metrics)
 * @param notificationsOn whether emails to staff are sent (a mail server is configured), shown on
 *     the administrators' service page
 * @param languages the languages pages are offered in, each with its words
 */
public record WebSettings(
    boolean behindTls,
    long maxBodyBytes,
    boolean virtualThreads,
    int codeTriesPerClient,
    int codeFailuresOverall,
    int passwordTriesPerAccount,
    Duration throttleWindow,
    BooleanSupplier databaseAnswers,
    Clock clock,
    String quickExitUrl,
    TrustedProxies trustedProxies,
    FormKey formKey,
    Optional<String> publicOrigin,
    RequestObserver requestObserver,
    boolean notificationsOn,
    Languages languages) {

  /** 256 KiB: room for the longest account and every answer, with margin. */
  public static final long DEFAULT_MAX_BODY_BYTES = 256 * 1024;

  /** A weather forecast: a page anyone might be reading, that says nothing about why. */
  public static final String DEFAULT_QUICK_EXIT_URL = "https://www.bbc.co.uk/weather";

  public WebSettings {
    if (maxBodyBytes < 1024) {
      throw new IllegalArgumentException("maxBodyBytes must be at least 1024, was " + maxBodyBytes);
    }
    if (codeTriesPerClient < 1 || codeFailuresOverall < 1 || passwordTriesPerAccount < 1) {
      throw new IllegalArgumentException("throttle limits must be at least 1");
    }
    Objects.requireNonNull(throttleWindow, "throttleWindow must not be null");
    if (throttleWindow.isNegative() || throttleWindow.isZero()) {
      throw new IllegalArgumentException("throttleWindow must be positive");
    }
    Objects.requireNonNull(databaseAnswers, "databaseAnswers must not be null");
    Objects.requireNonNull(clock, "clock must not be null");
    Objects.requireNonNull(quickExitUrl, "quickExitUrl must not be null");
    if (!quickExitUrl.startsWith("https://") && !quickExitUrl.startsWith("http://")) {
      throw new IllegalArgumentException("quickExitUrl must be an http or https address");
    }
    Objects.requireNonNull(trustedProxies, "trustedProxies must not be null");
    Objects.requireNonNull(formKey, "formKey must not be null");
    Objects.requireNonNull(publicOrigin, "publicOrigin must be Optional, not null");
    Objects.requireNonNull(requestObserver, "requestObserver must not be null");
    Objects.requireNonNull(languages, "languages must not be null");
    publicOrigin.ifPresent(origin -> {
      if (!SameOrigin.normalised(origin).equals(Optional.of(origin))) {
        throw new IllegalArgumentException(
            "publicOrigin must be an origin such as https://confide.example.ac.uk, in lower case,"
                + " without a path or a default port");
      }
    });
  }

  /**
   * Plain HTTP, 256 KiB bodies, virtual threads, 5 code tries a minute per client and 100 overall,
   * 5 password tries a minute per account, no trusted proxy, a form key made for this process, and
   * each request's own {@code Host} as this server's origin.
   */
  public static WebSettings defaults(Clock clock, BooleanSupplier databaseAnswers) {
    return new WebSettings(
        false,
        DEFAULT_MAX_BODY_BYTES,
        true,
        5,
        100,
        5,
        Duration.ofMinutes(1),
        databaseAnswers,
        clock,
        DEFAULT_QUICK_EXIT_URL,
        TrustedProxies.none(),
        FormKey.random(new SecureRandom()),
        Optional.empty(),
        RequestObserver.NONE,
        false,
        Languages.shipped());
  }

  /**
   * {@code address} as an origin ({@code scheme://host[:port]}, lower case, no default port), if it
   * is an http or https address with no path, query or user name.
   */
  public static Optional<String> origin(String address) {
    return SameOrigin.normalised(address);
  }

  /** These settings, served over TLS or not. */
  public WebSettings withBehindTls(boolean tls) {
    return new WebSettings(
        tls,
        maxBodyBytes,
        virtualThreads,
        codeTriesPerClient,
        codeFailuresOverall,
        passwordTriesPerAccount,
        throttleWindow,
        databaseAnswers,
        clock,
        quickExitUrl,
        trustedProxies,
        formKey,
        publicOrigin,
        requestObserver,
        notificationsOn,
        languages);
  }

  /** These settings with another overall limit on failed access-code tries. */
  public WebSettings withCodeFailuresOverall(int limit) {
    return new WebSettings(
        behindTls,
        maxBodyBytes,
        virtualThreads,
        codeTriesPerClient,
        limit,
        passwordTriesPerAccount,
        throttleWindow,
        databaseAnswers,
        clock,
        quickExitUrl,
        trustedProxies,
        formKey,
        publicOrigin,
        requestObserver,
        notificationsOn,
        languages);
  }

  /** These settings with the quick exit sending reporters to {@code url}. */
  public WebSettings withQuickExitUrl(String url) {
    return new WebSettings(
        behindTls,
        maxBodyBytes,
        virtualThreads,
        codeTriesPerClient,
        codeFailuresOverall,
        passwordTriesPerAccount,
        throttleWindow,
        databaseAnswers,
        clock,
        url,
        trustedProxies,
        formKey,
        publicOrigin,
        requestObserver,
        notificationsOn,
        languages);
  }

  /** These settings, believing {@code X-Forwarded-For} from {@code proxies}. */
  public WebSettings withTrustedProxies(TrustedProxies proxies) {
    return new WebSettings(
        behindTls,
        maxBodyBytes,
        virtualThreads,
        codeTriesPerClient,
        codeFailuresOverall,
        passwordTriesPerAccount,
        throttleWindow,
        databaseAnswers,
        clock,
        quickExitUrl,
        proxies,
        formKey,
        publicOrigin,
        requestObserver,
        notificationsOn,
        languages);
  }

  /** These settings, making form tokens under {@code key}. */
  public WebSettings withFormKey(FormKey key) {
    return new WebSettings(
        behindTls,
        maxBodyBytes,
        virtualThreads,
        codeTriesPerClient,
        codeFailuresOverall,
        passwordTriesPerAccount,
        throttleWindow,
        databaseAnswers,
        clock,
        quickExitUrl,
        trustedProxies,
        key,
        publicOrigin,
        requestObserver,
        notificationsOn,
        languages);
  }

  /**
   * These settings, with {@code origin} as this server's origin, or each request's Host if empty.
   */
  public WebSettings withPublicOrigin(Optional<String> origin) {
    return new WebSettings(
        behindTls,
        maxBodyBytes,
        virtualThreads,
        codeTriesPerClient,
        codeFailuresOverall,
        passwordTriesPerAccount,
        throttleWindow,
        databaseAnswers,
        clock,
        quickExitUrl,
        trustedProxies,
        formKey,
        origin,
        requestObserver,
        notificationsOn,
        languages);
  }

  /** These settings, telling {@code observer} of every request once it is answered. */
  public WebSettings withRequestObserver(RequestObserver observer) {
    return new WebSettings(
        behindTls,
        maxBodyBytes,
        virtualThreads,
        codeTriesPerClient,
        codeFailuresOverall,
        passwordTriesPerAccount,
        throttleWindow,
        databaseAnswers,
        clock,
        quickExitUrl,
        trustedProxies,
        formKey,
        publicOrigin,
        observer,
        notificationsOn,
        languages);
  }

  /** These settings, saying whether emails to staff are sent (for the administrators' page). */
  public WebSettings withNotificationsOn(boolean on) {
    return new WebSettings(
        behindTls,
        maxBodyBytes,
        virtualThreads,
        codeTriesPerClient,
        codeFailuresOverall,
        passwordTriesPerAccount,
        throttleWindow,
        databaseAnswers,
        clock,
        quickExitUrl,
        trustedProxies,
        formKey,
        publicOrigin,
        requestObserver,
        on,
        languages);
  }

  /** These settings, offering pages in {@code offered}. */
  public WebSettings withLanguages(Languages offered) {
    return new WebSettings(
        behindTls,
        maxBodyBytes,
        virtualThreads,
        codeTriesPerClient,
        codeFailuresOverall,
        passwordTriesPerAccount,
        throttleWindow,
        databaseAnswers,
        clock,
        quickExitUrl,
        trustedProxies,
        formKey,
        publicOrigin,
        requestObserver,
        notificationsOn,
        offered);
  }

  /**
   * Told of every request the server answers, after the response is written: what metrics are made
   * of. It is given the route <em>template</em> the request matched ({@code
   * /api/v1/staff/cases/{reference}}), never the path that was asked for, so nothing it receives
   * can hold a reference, an id, a code or any text a reporter sent.
   */
  @FunctionalInterface
  public interface RequestObserver {

    /** The route given for a request that matched no route (a 404, or a refusal before routing). */
    String UNMATCHED = "unmatched";

    /** Tells nobody. */
    RequestObserver NONE = (method, route, status, duration) -> {};

    /**
     * A request was answered.
     *
     * @param method the HTTP method, upper case ({@code GET})
     * @param route the route template that answered, or {@link #UNMATCHED}
     * @param status the response's status code
     * @param duration how long the request took to answer
     */
    void answered(String method, String route, int status, Duration duration);
  }
}
