package org.confide.bootstrap;

import io.javalin.Javalin;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.confide.adapter.web.WebServer;
import org.confide.adapter.web.WebSettings;
import org.confide.application.Confide;
import org.confide.application.crypto.Argon2idPasswords;
import org.confide.application.port.in.Outcome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The running server: configuration read, adapters and services built by hand, the first
 * administrator ensured, the web layer started. A start/stop handle, so tests run the real thing.
 */
public final class ConfideServer implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(ConfideServer.class);
  private static final Duration RETENTION_EVERY = Duration.ofHours(6);

  private final Javalin web;
  private final Wiring.Wired wired;
  private final ScheduledExecutorService jobs;

  private ConfideServer(Javalin web, Wiring.Wired wired, ScheduledExecutorService jobs) {
    this.web = web;
    this.wired = wired;
    this.jobs = jobs;
  }

  /** Starts Confide as {@code configuration} says, with production password hashing. */
  public static ConfideServer start(Configuration configuration) {
    return start(configuration, Argon2idPasswords.Parameters.owasp());
  }

  /** Starts Confide with the given password-hashing cost (tests use a cheap one). */
  public static ConfideServer start(
      Configuration configuration, Argon2idPasswords.Parameters passwordCost) {
    return start(configuration, passwordCost, Wiring.systemClock());
  }

  /** Starts Confide on a clock of the caller's, so a test can let sessions expire. */
  public static ConfideServer start(
      Configuration configuration, Argon2idPasswords.Parameters passwordCost, Clock clock) {
    var random = new SecureRandom();
    var keys =
        configuration.store() == Configuration.Store.MEMORY
            ? ServerKeys.random(random)
            : ServerKeys.loadOrCreate(configuration.secretKeyFile(), random);
    var wired = Wiring.wire(configuration, keys, clock, random, passwordCost);
    try {
      configuration.firstAdministrator().ifPresent(admin -> ensure(wired.confide(), admin));
      var web =
          WebServer.create(
                  wired.confide(),
                  WebSettings.defaults(clock, wired.databaseAnswers())
                      .withQuickExitUrl(configuration.quickExitUrl()))
              .start(configuration.port());
      var jobs = scheduleRetention(wired.confide());
      LOG.info(
          "Confide is listening on port {}, storing reports in {}",
          web.port(),
          configuration.store().name().toLowerCase(Locale.ROOT));
      return new ConfideServer(web, wired, jobs);
    } catch (RuntimeException e) {
      closeQuietly(wired.resources());
      throw e;
    }
  }

  private static void ensure(Confide confide, Configuration.FirstAdministrator admin) {
    var outcome =
        confide
            .ensureFirstAdministrator()
            .ensure(admin.email(), "Administrator", admin.password().toCharArray());
    switch (outcome) {
      case Outcome.Done<Boolean> done when done.value() ->
          LOG.info("Created the first administrator account from CONFIDE_ADMIN_EMAIL");
      case Outcome.Done<Boolean> done -> {}
      default ->
          throw new IllegalStateException(
              "The first administrator could not be created: " + outcome);
    }
  }

  // Closed cases are purged on a schedule. With several nodes each runs it; the purge is
  // idempotent, and a database lock so that only one node runs it is still to come.
  private static ScheduledExecutorService scheduleRetention(Confide confide) {
    var jobs =
        Executors.newSingleThreadScheduledExecutor(runnable -> {
          var thread = new Thread(runnable, "confide-retention");
          thread.setDaemon(true);
          return thread;
        });
    jobs.scheduleWithFixedDelay(
        () -> {
          try {
            var purged = confide.purgeClosedCases().purge();
            if (purged > 0) {
              LOG.info("Retention: purged {} closed cases", purged);
            }
          } catch (RuntimeException e) {
            LOG.warn("Retention purge failed: {}", e.getClass().getSimpleName());
          }
        },
        1,
        RETENTION_EVERY.toMinutes(),
        TimeUnit.MINUTES);
    return jobs;
  }

  /** The port the server listens on (useful when started on port 0). */
  public int port() {
    return web.port();
  }

  /** The application behind the server, for tests that set things up directly. */
  public Confide confide() {
    return wired.confide();
  }

  @Override
  public void close() {
    jobs.shutdownNow();
    web.stop();
    closeQuietly(wired.resources());
  }

  private static void closeQuietly(AutoCloseable resource) {
    try {
      resource.close();
    } catch (Exception e) {
      LOG.warn("Closing failed: {}", e.getClass().getSimpleName());
    }
  }
}
