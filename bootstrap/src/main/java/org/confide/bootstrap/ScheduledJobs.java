package org.confide.bootstrap;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;
import org.confide.adapter.persistence.Resealing;
import org.confide.application.Confide;
import org.confide.application.port.out.JobLeases;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Confide's scheduled jobs — retention purge, overdue marking, escalation reminders, the sending of
 * notifications and of the daily digests when they are on and, on a database, re-sealing after a
 * key rotation — run on one node at a time however many nodes share the database. Every tick, for
 * each job, this node asks for the job's lease in the database (renewing it if it already holds
 * it); only the holder runs the job, and only when the shared last-run time says it is due. If the
 * holder dies its lease runs out and another node's next tick takes it over. Each node is known by
 * a random id drawn at start, never by its host name or address.
 */
final class ScheduledJobs implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(ScheduledJobs.class);

  /**
   * How often nodes try for leases, how long a lease lasts, how often each job runs, and how many
   * sealed values one run of the re-sealing job re-seals after a key rotation.
   */
  record Schedule(
      Duration tick,
      Duration lease,
      Duration retentionEvery,
      Duration overdueEvery,
      Duration remindersEvery,
      Duration resealingEvery,
      int resealingBatch) {
    Schedule {
      Objects.requireNonNull(tick, "tick");
      Objects.requireNonNull(lease, "lease");
      Objects.requireNonNull(retentionEvery, "retentionEvery");
      Objects.requireNonNull(overdueEvery, "overdueEvery");
      Objects.requireNonNull(remindersEvery, "remindersEvery");
      Objects.requireNonNull(resealingEvery, "resealingEvery");
      if (resealingBatch < 1) {
        throw new IllegalArgumentException("the re-sealing batch must be at least 1");
      }
      // The holder renews at every tick; a lease shorter than two ticks could lapse between them
      // and let a second node in while the first still runs the job.
      if (lease.compareTo(tick.multipliedBy(2)) < 0) {
        throw new IllegalArgumentException("the lease must last at least two ticks");
      }
    }

    /**
     * Ticks every 15 s, leases of 60 s (a dead node's jobs move within about a minute and a
     * quarter), retention every 6 hours, overdue marking every 15 minutes, reminders every 5, and
     * after a key rotation up to 5,000 values re-sealed every 30 seconds (10,000 a minute).
     */
    static Schedule standard() {
      return new Schedule(
          Duration.ofSeconds(15),
          Duration.ofSeconds(60),
          Duration.ofHours(6),
          Duration.ofMinutes(15),
          Duration.ofMinutes(5),
          Duration.ofSeconds(30),
          5_000);
    }
  }

  /** One job: its name in the lease table, how often it runs, and the run (returns changes). */
  record Job(String name, Duration every, IntSupplier run) {}

  /** Told of each run of a job on this node (for metrics); never of the ticks that skip one. */
  @FunctionalInterface
  interface RunObserver {
    RunObserver NONE = (job, succeeded, changed, duration) -> {};

    /** {@code job} ran and {@code succeeded} or threw, changing {@code changed} things. */
    void ran(String job, boolean succeeded, int changed, Duration duration);
  }

  /** The name of the job that sends the notifications' outbox. */
  static final String NOTIFICATIONS = "notifications";

  /** The name of the job that sends the daily digests. */
  static final String DIGESTS = "notification-digests";

  /** How long a stop waits for a running job to finish before interrupting it. */
  static final Duration FINISH_WAIT = Duration.ofSeconds(10);

  private final JobLeases leases;
  private final Clock clock;
  private final Schedule schedule;
  private final List<Job> jobs;
  private final String node = UUID.randomUUID().toString();
  private final ScheduledExecutorService executor;
  private final RunObserver observer;

  private ScheduledJobs(
      JobLeases leases, Clock clock, Schedule schedule, List<Job> jobs, RunObserver observer) {
    this.leases = leases;
    this.observer = observer;
    this.clock = clock;
    this.schedule = schedule;
    this.jobs = jobs;
    this.executor =
        Executors.newSingleThreadScheduledExecutor(runnable -> {
          var thread = new Thread(runnable, "confide-jobs");
          thread.setDaemon(true);
          return thread;
        });
  }

  /**
   * Confide's jobs on {@code schedule}, with the re-sealing job when there is {@code resealing},
   * and the sending of notifications and of the daily digests, each at every tick, when there is a
   * {@code notifier}.
   */
  static List<Job> of(
      Confide confide,
      Optional<Resealing> resealing,
      Optional<Notifying.Senders> notifier,
      Schedule schedule) {
    var jobs = new ArrayList<Job>();
    notifier.ifPresent(senders -> {
      jobs.add(new Job(NOTIFICATIONS, schedule.tick(), senders.outbox()::send));
      jobs.add(new Job(DIGESTS, schedule.tick(), senders.digests()::send));
    });
    jobs.add(
        new Job("retention-purge", schedule.retentionEvery(), confide.purgeClosedCases()::purge));
    jobs.add(new Job("overdue-marking", schedule.overdueEvery(), confide.markOverdueCases()::mark));
    jobs.add(
        new Job(
            "escalation-reminders",
            schedule.remindersEvery(),
            confide.remindUnacknowledgedEscalations()::remind));
    resealing.ifPresent(
        job -> jobs.add(new Job("content-key-resealing", schedule.resealingEvery(), job::run)));
    return List.copyOf(jobs);
  }

  /** Starts ticking through {@code jobs}: the first tick comes one tick after start. */
  static ScheduledJobs start(List<Job> jobs, JobLeases leases, Clock clock, Schedule schedule) {
    return start(jobs, leases, clock, schedule, RunObserver.NONE);
  }

  /** Starts ticking through {@code jobs}, telling {@code observer} of each run. */
  static ScheduledJobs start(
      List<Job> jobs, JobLeases leases, Clock clock, Schedule schedule, RunObserver observer) {
    var scheduled = new ScheduledJobs(leases, clock, schedule, List.copyOf(jobs), observer);
    long tick = schedule.tick().toMillis();
    scheduled.executor.scheduleWithFixedDelay(scheduled::tick, tick, tick, TimeUnit.MILLISECONDS);
    LOG.info("Scheduled jobs started on node {}", scheduled.node);
    return scheduled;
  }

  private void tick() {
    for (var job : jobs) {
      try {
        runIfMine(job);
      } catch (RuntimeException e) {
        // The database may be away; the next tick tries again. The message may quote SQL, so only
        // the exception's class is logged.
        LOG.warn("Job {} could not run: {}", job.name(), e.getClass().getSimpleName());
      }
    }
  }

  private void runIfMine(Job job) {
    var now = clock.instant();
    if (leases.acquire(job.name(), node, now, schedule.lease()) != JobLeases.Acquisition.GRANTED) {
      return;
    }
    var last = leases.lastRun(job.name());
    if (last.isPresent() && now.isBefore(last.get().plus(job.every()))) {
      return;
    }
    long started = System.nanoTime();
    int changed;
    try {
      changed = job.run().getAsInt();
    } catch (RuntimeException e) {
      observer.ran(job.name(), false, 0, Duration.ofNanos(System.nanoTime() - started));
      throw e;
    }
    observer.ran(job.name(), true, changed, Duration.ofNanos(System.nanoTime() - started));
    leases.ranAt(job.name(), node, clock.instant());
    if (changed > 0) {
      LOG.info("Job {} ran on node {}: {} changed", job.name(), node, changed);
    } else {
      LOG.debug("Job {} ran on node {}: nothing to do", job.name(), node);
    }
  }

  /** This node's id in the lease table. */
  String node() {
    return node;
  }

  /** Stops ticking without giving up any lease, as a node that dies would (for tests). */
  void stopWithoutRelease() {
    executor.shutdownNow();
    try {
      executor.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /**
   * Stops ticking and gives up this node's leases, so another node takes over at once. A job that
   * is running is let finish first (up to {@link #FINISH_WAIT}) rather than interrupted: an
   * interrupt in the middle of a database call can leave its connection, or an embedded database's
   * file, unusable, and the release that follows could then not be written.
   */
  @Override
  public void close() {
    executor.shutdown();
    try {
      if (!executor.awaitTermination(FINISH_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
        LOG.warn(
            "A scheduled job was still running {} after the stop; interrupting it", FINISH_WAIT);
        stopWithoutRelease();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      stopWithoutRelease();
    }
    for (var job : jobs) {
      try {
        leases.release(job.name(), node);
      } catch (RuntimeException e) {
        LOG.warn(
            "Could not release the lease of job {}: {}", job.name(), e.getClass().getSimpleName());
      }
    }
  }
}
