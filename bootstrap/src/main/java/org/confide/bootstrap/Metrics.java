package org.confide.bootstrap;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.confide.adapter.persistence.ContentKeys;
import org.confide.adapter.web.WebSettings;
import org.confide.application.port.in.CountCasesUseCase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Confide's metrics, kept in a Prometheus registry and read at {@code GET /metrics} on the
 * management port: HTTP requests by route template and status, what those say about submissions,
 * messages, sign-ins and escalations, cases open and overdue, the content keys in use, scheduled
 * job runs, the connection pool and the JVM. Every label is drawn from a fixed set Confide chooses
 * (route templates, methods, statuses, job names, outcomes); nothing a caller sends, and so no
 * reference, code, email or report text, becomes a label or a value.
 */
final class Metrics implements AutoCloseable, WebSettings.RequestObserver {

  private static final Logger LOG = LoggerFactory.getLogger(Metrics.class);
  private static final double NaN = Double.NaN;

  /**
   * The requests whose route and status say exactly what happened, counted apart under a name of
   * their own: {@code "METHOD route status"} to the metric and its outcome. Only the JSON API is
   * here: a page's form post answers the same status (a page or a redirect) for several outcomes.
   */
  private static final Map<String, Derived> DERIVED =
      Map.ofEntries(
          Map.entry("POST /api/v1/reports 201", new Derived("confide.reports.submitted", "")),
          Map.entry(
              "POST /api/v1/reporter/messages 201",
              new Derived("confide.messages.sent", "reporter")),
          Map.entry(
              "POST /api/v1/staff/cases/{reference}/messages 201",
              new Derived("confide.messages.sent", "staff")),
          Map.entry(
              "POST /api/v1/reporter/session 200", new Derived("confide.sign.ins", "succeeded")),
          Map.entry(
              "POST /api/v1/reporter/session 401", new Derived("confide.sign.ins", "refused")),
          Map.entry(
              "POST /api/v1/reporter/session 429", new Derived("confide.sign.ins", "throttled")),
          Map.entry("POST /api/v1/staff/session 200", new Derived("confide.sign.ins", "succeeded")),
          Map.entry("POST /api/v1/staff/session 401", new Derived("confide.sign.ins", "refused")),
          Map.entry("POST /api/v1/staff/session 429", new Derived("confide.sign.ins", "throttled")),
          Map.entry(
              "POST /api/v1/staff/cases/{reference}/escalations 201",
              new Derived("confide.escalations.raised", "")),
          Map.entry(
              "POST /api/v1/staff/escalations/{id}/decision 204",
              new Derived("confide.escalations.decided", "")));

  private record Derived(String name, String outcome) {}

  /** What a request was answered: its method, route template and status. */
  private record Answer(String method, String route, int status) {}

  /** The timer of an {@link Answer}, and its {@link #DERIVED} counter, or null when it has none. */
  private record AnswerMeters(Timer timer, Counter derived) {}

  private final PrometheusMeterRegistry registry =
      new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
  private final JvmGcMetrics gc = new JvmGcMetrics();
  private final Map<Answer, AnswerMeters> answers = new ConcurrentHashMap<>();
  // What the gauges read from the store, read once per scrape.
  private final List<Runnable> beforeScrape = new CopyOnWriteArrayList<>();

  Metrics() {
    new ClassLoaderMetrics().bindTo(registry);
    new JvmMemoryMetrics().bindTo(registry);
    gc.bindTo(registry);
    new JvmThreadMetrics().bindTo(registry);
    new ProcessorMetrics().bindTo(registry);
    new UptimeMetrics().bindTo(registry);
  }

  /** The registry, for what records its own metrics (the connection pool). */
  PrometheusMeterRegistry registry() {
    return registry;
  }

  /**
   * Counts the open and overdue cases with {@code counter} at every scrape, as the gauges {@code
   * confide_cases_open} and {@code confide_cases_overdue}: numbers the store counts, the same on
   * every node. While the store does not answer, both read NaN.
   */
  void countCases(CountCasesUseCase counter) {
    var cases = readAtScrape(counter::count);
    Gauge.builder(
            "confide.cases.open", cases, last -> last.get().map(c -> (double) c.open()).orElse(NaN))
        .description("Cases not closed, in the whole store (the same on every node)")
        .register(registry);
    Gauge.builder(
            "confide.cases.overdue",
            cases,
            last -> last.get().map(c -> (double) c.overdue()).orElse(NaN))
        .description("Open cases whose awaited response is past its target now")
        .register(registry);
  }

  /**
   * Reads the content keys at every scrape, as the gauges {@code confide_content_key_current} (the
   * number of the key new values are sealed under) and {@code confide_content_keys_in_use} (keys
   * some value may still be sealed under: 1 once a rotation's re-sealing is done).
   */
  void countContentKeys(ContentKeys keys) {
    var read = readAtScrape(keys::keys);
    Gauge.builder(
            "confide.content.key.current",
            read,
            last -> last.get().map(all -> all.isEmpty() ? 1.0 : all.getLast().id()).orElse(NaN))
        .description("The number of the content key new values are sealed under")
        .register(registry);
    Gauge.builder(
            "confide.content.keys.in.use",
            read,
            last ->
                last.get()
                    .map(all -> (double) all.stream().filter(k -> k.retiredAt().isEmpty()).count())
                    .orElse(NaN))
        .description("Content keys that sealed values may still be under (1 when none is retiring)")
        .register(registry);
  }

  /**
   * What {@code read} answers, read again before each scrape (once, for every gauge drawn from it),
   * or empty while it fails (the store away): the gauges then read NaN.
   */
  private <T> AtomicReference<Optional<T>> readAtScrape(Supplier<T> read) {
    var last = new AtomicReference<Optional<T>>(Optional.empty());
    beforeScrape.add(() -> {
      try {
        last.set(Optional.of(read.get()));
      } catch (RuntimeException e) {
        last.set(Optional.empty());
        LOG.debug("A metric could not be read: {}", e.getClass().getSimpleName());
      }
    });
    return last;
  }

  /** Every metric in the Prometheus text format. */
  String scrape() {
    beforeScrape.forEach(Runnable::run);
    return registry.scrape();
  }

  @Override
  public void answered(String method, String route, int status, Duration duration) {
    var meters = answers.get(new Answer(method, route, status));
    if (meters == null) {
      // Built once for each method, route template and status: these are a fixed set (the
      // routes' templates, never a path), and building a timer on every request cost more than
      // recording in it.
      meters = answers.computeIfAbsent(new Answer(method, route, status), this::meters);
    }
    meters.timer().record(duration);
    if (meters.derived() != null) {
      meters.derived().increment();
    }
  }

  private AnswerMeters meters(Answer answer) {
    var timer =
        Timer.builder("confide.http.requests")
            .description("HTTP requests answered, by method, route template and status")
            .tag("method", answer.method())
            .tag("route", answer.route())
            .tag("status", Integer.toString(answer.status()))
            .serviceLevelObjectives(
                Duration.ofMillis(10),
                Duration.ofMillis(25),
                Duration.ofMillis(50),
                Duration.ofMillis(100),
                Duration.ofMillis(250),
                Duration.ofMillis(500),
                Duration.ofSeconds(1),
                Duration.ofMillis(2500),
                Duration.ofSeconds(5),
                Duration.ofSeconds(10))
            .register(registry);
    return new AnswerMeters(
        timer, derived(answer.method(), answer.route(), answer.status()).orElse(null));
  }

  private Optional<Counter> derived(String method, String route, int status) {
    var derived = DERIVED.get(method + " " + route + " " + status);
    if (derived == null) {
      return Optional.empty();
    }
    var counter = Counter.builder(derived.name());
    if (derived.name().equals("confide.sign.ins")) {
      counter
          .tag("kind", route.startsWith("/api/v1/reporter/") ? "code" : "password")
          .tag("outcome", derived.outcome());
    } else if (derived.name().equals("confide.messages.sent")) {
      counter.tag("side", derived.outcome());
    }
    return Optional.of(counter.register(registry));
  }

  /** Records one run of a scheduled job, successful or not, with how long it took. */
  void jobRan(String job, boolean succeeded, int changed, Duration duration) {
    Timer.builder("confide.jobs.runs")
        .description("Scheduled job runs on this node, by job and outcome")
        .tag("name", job)
        .tag("outcome", succeeded ? "succeeded" : "failed")
        .register(registry)
        .record(duration);
    if (changed > 0) {
      Counter.builder("confide.jobs.changes")
          .description("What scheduled jobs changed (cases purged, marked overdue, reminders)")
          .tag("name", job)
          .register(registry)
          .increment(changed);
    }
  }

  @Override
  public void close() {
    gc.close();
    registry.close();
  }
}
