package org.confide.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.confide.application.memory.InMemoryJobLeases;
import org.confide.application.memory.InMemoryTransactions;
import org.junit.jupiter.api.Test;

/** The scheduler tells its observer of each run, a run that throws as failed (for metrics). */
class ScheduledJobsObserverTest {

  record Run(String job, boolean succeeded, int changed) {}

  @Test
  void runs_that_return_and_runs_that_throw_are_observed_as_succeeded_and_failed()
      throws InterruptedException {
    var runs = new CopyOnWriteArrayList<Run>();
    var every = Duration.ofMillis(1);
    var schedule =
        new ScheduledJobs.Schedule(
            Duration.ofMillis(20), Duration.ofSeconds(1), every, every, every, every, 10);
    var jobs =
        List.of(
            new ScheduledJobs.Job("changes-two", every, () -> 2),
            new ScheduledJobs.Job(
                "breaks",
                every,
                () -> {
                  throw new IllegalStateException("the database is away");
                }));
    try (var scheduled =
        ScheduledJobs.start(
            jobs,
            new InMemoryJobLeases(new InMemoryTransactions()),
            Clock.systemUTC(),
            schedule,
            (job, succeeded, changed, duration) -> runs.add(new Run(job, succeeded, changed)))) {
      long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
      while (runs.stream().map(Run::job).distinct().count() < 2 && System.nanoTime() < deadline) {
        Thread.sleep(20);
      }
    }

    assertThat(runs)
        .contains(new Run("changes-two", true, 2), new Run("breaks", false, 0))
        .allSatisfy(run -> assertThat(run.succeeded()).isEqualTo(run.job().equals("changes-two")));
  }
}
