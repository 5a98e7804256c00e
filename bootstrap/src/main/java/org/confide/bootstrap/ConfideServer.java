package org.confide.bootstrap;

import io.javalin.Javalin;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.confide.adapter.web.WebServer;
import org.confide.adapter.web.WebSettings;
import org.confide.adapter.web.security.FormKey;
import org.confide.application.Confide;
import org.confide.application.crypto.Argon2idPasswords;
import org.confide.application.port.in.EnsureFirstAdministratorUseCase;
import org.confide.application.port.in.EnsureFirstAdministratorUseCase.Ensured;
import org.confide.application.port.in.Failure;
import org.confide.application.port.in.Outcome;
import org.confide.domain.notification.RetryPolicy;
import org.confide.domain.staff.EmailAddress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The running server: configuration read, adapters and services built by hand, the first
 * administrator ensured, the web layer started. A start/stop handle, so tests run the real thing.
 */
public final class ConfideServer implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(ConfideServer.class);

  private final Javalin web;
  private final Wiring.Wired wired;
  private final ScheduledJobs jobs;
  private final Optional<Management> management;
  private final Metrics metrics;

  private ConfideServer(
      Javalin web,
      Wiring.Wired wired,
      ScheduledJobs jobs,
      Optional<Management> management,
      Metrics metrics) {
    this.web = web;
    this.wired = wired;
    this.jobs = jobs;
    this.management = management;
    this.metrics = metrics;
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
    return start(configuration, passwordCost, clock, ScheduledJobs.Schedule.standard());
  }

  /** Starts Confide with its scheduled jobs on {@code schedule} (tests use a fast one). */
  static ConfideServer start(
      Configuration configuration,
      Argon2idPasswords.Parameters passwordCost,
      Clock clock,
      ScheduledJobs.Schedule schedule) {
    return start(configuration, passwordCost, clock, schedule, RetryPolicy.standard());
  }

  /**
   * Starts Confide with its scheduled jobs on {@code schedule} and failed notifications retried as
   * {@code retry} says (tests use fast ones).
   */
  static ConfideServer start(
      Configuration configuration,
      Argon2idPasswords.Parameters passwordCost,
      Clock clock,
      ScheduledJobs.Schedule schedule,
      RetryPolicy retry) {
    Logs.use(configuration.logFormat());
    var random = new SecureRandom();
    var keys =
        configuration.store() == Configuration.Store.MEMORY
            ? ServerKeys.random(random)
            : ServerKeys.loadOrCreate(configuration.secretKeyFile(), random);
    var wired = Wiring.wire(configuration, keys, clock, random, passwordCost);
    var metrics = new Metrics();
    Optional<Management> management = Optional.empty();
    try {
      wired.database().ifPresent(database -> database.recordPoolMetrics(metrics.registry()));
      metrics.countCases(wired.confide().countCases());
      wired.sealing().ifPresent(sealing -> metrics.countContentKeys(sealing.keys()));
      configuration.firstAdministrator().ifPresent(admin -> ensure(wired.confide(), admin));
      // Before the service's port: a management port that cannot be had stops the start-up
      // before anyone is served.
      management =
          Management.start(
              configuration,
              keys,
              wired.database(),
              wired.sealing().map(Wiring.Sealing::keys),
              clock,
              metrics);
      var web =
          WebServer.create(
                  wired.confide(),
                  WebSettings.defaults(clock, wired.databaseAnswers())
                      .withQuickExitUrl(configuration.quickExitUrl())
                      .withTrustedProxies(configuration.trustedProxies())
                      .withBehindTls(configuration.behindTls())
                      .withFormKey(FormKey.of(keys.formKey()))
                      .withPublicOrigin(configuration.publicOrigin())
                      .withNotificationsOn(configuration.mail().isPresent())
                      .withLanguages(configuration.languages())
                      .withRequestObserver(metrics),
                  configuration.singleSignOn())
              .start(configuration.port());
      var jobs =
          ScheduledJobs.start(
              ScheduledJobs.of(
                  wired.confide(),
                  wired
                      .sealing()
                      .map(sealing -> sealing.resealing(clock, schedule.resealingBatch())),
                  Notifying.notifier(configuration, wired, clock, retry),
                  schedule),
              wired.jobLeases(),
              clock,
              schedule,
              metrics::jobRan);
      LOG.info(
          "Confide is listening on port {}, storing reports in {}",
          web.port(),
          configuration.store().name().toLowerCase(Locale.ROOT));
      warnWhileContactsAreNotSet(wired.confide());
      return new ConfideServer(web, wired, jobs, management, metrics);
    } catch (RuntimeException e) {
      management.ifPresent(Management::close);
      closeQuietly(wired.resources());
      metrics.close();
      throw e;
    }
  }

  /**
   * One line at start while the organisation has not set its own emergency contacts: reporters are
   * shown the national ones meanwhile, which is safe, but not yet the organisation's own service.
   * The line names no contact and no person.
   */
  private static void warnWhileContactsAreNotSet(Confide confide) {
    if (!confide.readServiceStatus().status().ownEmergencyContacts()) {
      LOG.warn(
          "The organisation's own emergency contacts are not set: reporters are shown the national"
              + " ones (999, NHS 111, Samaritans) until an administrator sets them at"
              + " /staff/admin/emergency-contacts or PUT /api/v1/admin/emergency-contacts");
    }
  }

  private static void ensure(Confide confide, Configuration.FirstAdministrator admin) {
    if (!EmailAddress.isValid(admin.email())) {
      throw new IllegalStateException(
          "The first administrator could not be created: CONFIDE_ADMIN_EMAIL must be an email"
              + " address");
    }
    var outcome =
        confide
            .ensureFirstAdministrator()
            .ensure(
                new EnsureFirstAdministratorUseCase.Command(
                    EmailAddress.of(admin.email()),
                    "Administrator",
                    admin.password().toCharArray()));
    switch (outcome) {
      case Outcome.Done(Ensured.Created created) ->
          LOG.info("Created the first administrator account from CONFIDE_ADMIN_EMAIL");
      case Outcome.Done(Ensured.AlreadyStaffed alreadyStaffed) -> {}
      case Outcome.Failed(Failure.Invalid invalid) ->
          throw new IllegalStateException(
              "The first administrator could not be created: "
                  + invalid.problems().stream()
                      .map(problem -> variable(problem.field()) + " " + problem.message())
                      .collect(Collectors.joining("; ")));
    }
  }

  /** The environment variable a field of the first administrator is configured in. */
  private static String variable(String field) {
    return "CONFIDE_ADMIN_" + field.toUpperCase(Locale.ROOT);
  }

  /** The port the server listens on (useful when started on port 0). */
  public int port() {
    return web.port();
  }

  /**
   * Every route the server answers, as {@code "METHOD /path"} with Javalin's {@code {param}} syntax
   * (API and pages alike), read from the router itself: for tests that must cover each one.
   */
  public List<String> routes() {
    return web.unsafe.internalRouter.allHttpHandlers().stream()
        .map(parsed -> parsed.endpoint)
        .filter(endpoint -> endpoint.method.isHttpMethod())
        .map(endpoint -> endpoint.method.name() + " " + endpoint.path)
        .sorted()
        .toList();
  }

  /** This node's id in the job lease table. */
  String node() {
    return jobs.node();
  }

  /** The outbox of notifications to staff, for tests that wait for it to empty. */
  org.confide.application.port.out.Notifications notifications() {
    return wired.ports().notifications();
  }

  /** The application behind the server, for tests that set things up directly. */
  public Confide confide() {
    return wired.confide();
  }

  /**
   * Stops the server: the scheduled jobs first, which give up their leases while the database is
   * still open, then the web layer, then the database pools.
   */
  @Override
  public void close() {
    management.ifPresent(Management::close);
    jobs.close();
    web.stop();
    closeQuietly(wired.resources());
    metrics.close();
  }

  private static void closeQuietly(AutoCloseable resource) {
    try {
      resource.close();
    } catch (Exception e) {
      LOG.warn("Closing failed: {}", e.getClass().getSimpleName());
    }
  }
}
