package org.confide.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.confide.adapter.persistence.Database;
import org.confide.adapter.persistence.JdbiJobLeases;
import org.confide.application.port.out.JobLeases;
import org.confide.testing.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Two nodes' schedulers on one database: a job runs on one node at a time, and moves to the other
 * when its node dies (lease expiry) or stops (release). Run on H2 and PostgreSQL; the version with
 * two server processes is {@code TwoNodesTest}.
 *
 * <p>The nodes tick in real time, but leases and due times are judged by a clock the test moves: a
 * lease runs out only when the test says so, and each step waits for what it needs to have happened
 * (a run, a node asking for the lease) with a deadline, never for a fixed time.
 */
abstract class ScheduledJobsExclusivity {

  private static final Duration LEASE = Duration.ofMillis(600);
  private static final Duration EVERY = Duration.ofMillis(100);

  private static final ScheduledJobs.Schedule FAST =
      new ScheduledJobs.Schedule(Duration.ofMillis(100), LEASE, EVERY, EVERY, EVERY, EVERY, 10);

  /** A job that counts its runs on one node and notes whether another node's run overlapped. */
  private static final class Probe {
    static final AtomicInteger running = new AtomicInteger();
    static final AtomicInteger overlaps = new AtomicInteger();
    final AtomicInteger runs = new AtomicInteger();

    ScheduledJobs.Job job() {
      return new ScheduledJobs.Job(
          "probe",
          EVERY,
          () -> {
            if (running.incrementAndGet() > 1) {
              overlaps.incrementAndGet();
            }
            try {
              // Long enough for another node's run to overlap, were it allowed to start.
              Thread.sleep(30);
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            } finally {
              running.decrementAndGet();
            }
            runs.incrementAndGet();
            return 0;
          });
    }
  }

  /** A node's view of the lease table that counts how often the node asked for a lease. */
  private record Counted(JobLeases leases, AtomicInteger asked) implements JobLeases {
    @Override
    public Acquisition acquire(String job, String holder, Instant now, Duration length) {
      var acquisition = leases.acquire(job, holder, now, length);
      asked.incrementAndGet();
      return acquisition;
    }

    @Override
    public void release(String job, String holder) {
      leases.release(job, holder);
    }

    @Override
    public void ranAt(String job, String holder, Instant at) {
      leases.ranAt(job, holder, at);
    }

    @Override
    public Optional<Instant> lastRun(String job) {
      return leases.lastRun(job);
    }
  }

  /** One node: its scheduler, its job's runs and its requests for the lease. */
  private record Node(ScheduledJobs jobs, Probe probe, AtomicInteger asked) {
    int runs() {
      return probe.runs.get();
    }
  }

  abstract Database database();

  private final MutableClock clock = new MutableClock(Instant.parse("2026-11-02T10:00:00Z"));
  private ScheduledJobs a;
  private ScheduledJobs b;

  @AfterEach
  void stop() {
    if (a != null) {
      a.close();
      a = null;
    }
    if (b != null) {
      b.close();
      b = null;
    }
  }

  private Node node(Database database) {
    var probe = new Probe();
    var asked = new AtomicInteger();
    var jobs =
        ScheduledJobs.start(
            List.of(probe.job()),
            new Counted(new JdbiJobLeases(database.transactions()), asked),
            clock,
            FAST);
    return new Node(jobs, probe, asked);
  }

  /** Waits until {@code condition} holds, failing after ten seconds. */
  private static void await(String what, BooleanSupplier condition) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (!condition.getAsBoolean()) {
      assertThat(System.nanoTime()).as("waited 10 s for %s", what).isLessThan(deadline);
      Thread.sleep(10);
    }
  }

  /** Waits until {@code node} has asked for the lease {@code times} more times than now. */
  private static void awaitAsking(Node node, int times) throws InterruptedException {
    int from = node.asked().get();
    await("a node to ask for the lease", () -> node.asked().get() >= from + times);
  }

  /** The job falls due; waits until it has run once more on either node. */
  private void runOnceMore(Node one, Node other) throws InterruptedException {
    int before = one.runs() + other.runs();
    clock.advance(EVERY);
    await("the job to run again", () -> one.runs() + other.runs() > before);
  }

  @Test
  void one_node_runs_the_job_and_the_other_takes_over_when_it_dies_or_stops() throws Exception {
    Probe.overlaps.set(0);
    var database = database();
    var nodeA = node(database);
    a = nodeA.jobs();
    var nodeB = node(database);
    b = nodeB.jobs();

    // Five times due, each time after both nodes have asked for the lease: exactly one node ran
    // the job, and never alongside the other.
    for (int i = 0; i < 5; i++) {
      runOnceMore(nodeA, nodeB);
      awaitAsking(nodeA, 2);
      awaitAsking(nodeB, 2);
    }
    assertThat(nodeA.runs() + nodeB.runs()).isGreaterThanOrEqualTo(5);
    assertThat(List.of(nodeA.runs(), nodeB.runs())).containsOnlyOnce(0);
    var holder = nodeA.runs() > 0 ? nodeA : nodeB;
    var other = holder == nodeA ? nodeB : nodeA;

    // The holder dies without a word. While its lease lasts the other node does not run the job,
    // though it is due and the other node asks; once the lease has run out, it takes the job over.
    holder.jobs().stopWithoutRelease();
    int ranBeforeDeath = holder.runs();
    clock.advance(EVERY);
    awaitAsking(other, 3);
    assertThat(other.runs()).isZero();
    clock.advance(LEASE);
    await("the other node to take the job over", () -> other.runs() >= 1);
    runOnceMore(other, holder);
    runOnceMore(other, holder);

    assertThat(holder.runs()).isEqualTo(ranBeforeDeath);
    assertThat(other.runs()).isGreaterThanOrEqualTo(3);
    assertThat(Probe.overlaps.get()).isZero();
  }

  @Test
  void a_node_that_stops_gives_its_job_up_at_once() throws Exception {
    var database = database();
    var nodeA = node(database);
    a = nodeA.jobs();
    await("node A to run the job", () -> nodeA.runs() > 0);
    var nodeB = node(database);
    b = nodeB.jobs();
    runOnceMore(nodeA, nodeB);
    awaitAsking(nodeB, 3);
    assertThat(nodeA.runs()).isPositive();
    assertThat(nodeB.runs()).isZero();

    a.close();
    a = null;
    // The clock stays well inside node A's 600 ms lease: only the release lets node B in.
    clock.advance(EVERY);
    await("node B to run the job after node A released it", () -> nodeB.runs() > 0);
    assertThat(nodeB.runs()).isPositive();
  }
}
