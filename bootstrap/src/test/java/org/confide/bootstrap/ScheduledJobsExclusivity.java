package org.confide.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.confide.adapter.persistence.Database;
import org.confide.adapter.persistence.JdbiJobLeases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Two nodes' schedulers on one database: a job runs on one node at a time, and moves to the other
 * when its node dies (lease expiry) or stops (release). Run on H2 and PostgreSQL; the version with
 * two server processes is {@code TwoNodesTest}.
 */
abstract class ScheduledJobsExclusivity {

  private static final ScheduledJobs.Schedule FAST =
      new ScheduledJobs.Schedule(
          Duration.ofMillis(100),
          Duration.ofMillis(600),
          Duration.ofMillis(100),
          Duration.ofMillis(100),
          Duration.ofMillis(100));

  /** A job that counts its runs on one node and notes whether another node's run overlapped. */
  private static final class Probe {
    static final AtomicInteger running = new AtomicInteger();
    static final AtomicInteger overlaps = new AtomicInteger();
    final AtomicInteger runs = new AtomicInteger();

    ScheduledJobs.Job job() {
      return new ScheduledJobs.Job(
          "probe",
          Duration.ofMillis(100),
          () -> {
            if (running.incrementAndGet() > 1) {
              overlaps.incrementAndGet();
            }
            try {
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

  abstract Database database();

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

  private ScheduledJobs node(Database database, Probe probe) {
    return ScheduledJobs.start(
        List.of(probe.job()), new JdbiJobLeases(database.transactions()), Clock.systemUTC(), FAST);
  }

  @Test
  void one_node_runs_the_job_and_the_other_takes_over_when_it_dies_or_stops() throws Exception {
    Probe.overlaps.set(0);
    var database = database();
    var probeA = new Probe();
    var probeB = new Probe();
    a = node(database, probeA);
    b = node(database, probeB);

    Thread.sleep(1_500);
    // Exactly one node ran the job, several times, and never alongside the other.
    assertThat(probeA.runs.get() + probeB.runs.get()).isGreaterThanOrEqualTo(5);
    assertThat(List.of(probeA.runs.get(), probeB.runs.get())).containsOnlyOnce(0);
    var holder = probeA.runs.get() > 0 ? a : b;
    var holderProbe = holder == a ? probeA : probeB;
    var other = holder == a ? probeB : probeA;

    // The holder dies without a word: its lease runs out and the other node takes the job over.
    holder.stopWithoutRelease();
    int ranBeforeDeath = holderProbe.runs.get();
    Thread.sleep(1_500);
    assertThat(holderProbe.runs.get()).isEqualTo(ranBeforeDeath);
    assertThat(other.runs.get()).isGreaterThanOrEqualTo(3);
    assertThat(Probe.overlaps.get()).isZero();
  }

  @Test
  void a_node_that_stops_gives_its_job_up_at_once() throws Exception {
    var database = database();
    var probeA = new Probe();
    var probeB = new Probe();
    a = node(database, probeA);
    Thread.sleep(400);
    b = node(database, probeB);
    Thread.sleep(400);
    assertThat(probeA.runs.get()).isPositive();
    assertThat(probeB.runs.get()).isZero();

    a.close();
    a = null;
    // Well inside the 600 ms lease: only a release lets node B in this soon.
    Thread.sleep(350);

    assertThat(probeB.runs.get()).isPositive();
  }
}
