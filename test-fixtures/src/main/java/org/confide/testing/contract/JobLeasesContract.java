package org.confide.testing.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.confide.application.port.out.JobLeases;
import org.confide.application.port.out.JobLeases.Acquisition;
import org.confide.testing.Concurrently;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The contract of every {@link JobLeases} adapter: a lease nobody holds is granted; while it runs
 * it is refused to every other holder and renewed for its own; once it has expired (at its expiry
 * instant or later) another holder takes it over; a released lease is free at once, and only its
 * holder can release it. Leases on different jobs are independent. Of holders racing for one free
 * lease exactly one is granted. When a job last ran is recorded only by the lease's holder, and is
 * kept across takeovers and releases.
 *
 * <p>{@link #leases()} must return the same adapter, empty, throughout one test.
 */
public abstract class JobLeasesContract {

  private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");
  private static final Duration MINUTE = Duration.ofMinutes(1);

  /** For a subclass that runs this contract against one adapter. */
  protected JobLeasesContract() {}

  /** {@return the adapter under test, empty at the start of each test} */
  protected abstract JobLeases leases();

  @Nested
  class Acquiring {

    @Test
    void a_lease_nobody_holds_is_granted() {
      assertThat(leases().acquire("purge", "node-a", T0, MINUTE)).isEqualTo(Acquisition.GRANTED);
    }

    @Test
    void a_running_lease_is_refused_to_another_holder() {
      leases().acquire("purge", "node-a", T0, MINUTE);

      assertThat(leases().acquire("purge", "node-b", T0.plusSeconds(59), MINUTE))
          .isEqualTo(Acquisition.HELD_ELSEWHERE);
    }

    @Test
    void its_holder_renews_a_running_lease_and_the_renewal_counts_from_then() {
      leases().acquire("purge", "node-a", T0, MINUTE);

      assertThat(leases().acquire("purge", "node-a", T0.plusSeconds(50), MINUTE))
          .isEqualTo(Acquisition.GRANTED);
      assertThat(leases().acquire("purge", "node-b", T0.plusSeconds(100), MINUTE))
          .isEqualTo(Acquisition.HELD_ELSEWHERE);
      assertThat(leases().acquire("purge", "node-b", T0.plusSeconds(110), MINUTE))
          .isEqualTo(Acquisition.GRANTED);
    }

    @Test
    void an_expired_lease_is_taken_over_and_then_refused_to_its_old_holder() {
      leases().acquire("purge", "node-a", T0, MINUTE);

      assertThat(leases().acquire("purge", "node-b", T0.plus(MINUTE), MINUTE))
          .isEqualTo(Acquisition.GRANTED);
      assertThat(leases().acquire("purge", "node-a", T0.plus(MINUTE).plusSeconds(1), MINUTE))
          .isEqualTo(Acquisition.HELD_ELSEWHERE);
    }

    @Test
    void leases_on_different_jobs_are_independent() {
      leases().acquire("purge", "node-a", T0, MINUTE);

      assertThat(leases().acquire("overdue", "node-b", T0, MINUTE)).isEqualTo(Acquisition.GRANTED);
    }

    @Test
    void a_lease_must_have_a_positive_length() {
      assertThatThrownBy(() -> leases().acquire("purge", "node-a", T0, Duration.ZERO))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Nested
  class Releasing {

    @Test
    void a_released_lease_is_free_at_once() {
      leases().acquire("purge", "node-a", T0, MINUTE);
      leases().release("purge", "node-a");

      assertThat(leases().acquire("purge", "node-b", T0.plusSeconds(1), MINUTE))
          .isEqualTo(Acquisition.GRANTED);
    }

    @Test
    void only_its_holder_can_release_a_lease() {
      leases().acquire("purge", "node-a", T0, MINUTE);
      leases().release("purge", "node-b");

      assertThat(leases().acquire("purge", "node-b", T0.plusSeconds(1), MINUTE))
          .isEqualTo(Acquisition.HELD_ELSEWHERE);
    }

    @Test
    void releasing_a_lease_nobody_holds_changes_nothing() {
      leases().release("purge", "node-a");

      assertThat(leases().acquire("purge", "node-a", T0, MINUTE)).isEqualTo(Acquisition.GRANTED);
    }
  }

  @Nested
  class LastRun {

    @Test
    void a_job_that_never_ran_has_no_last_run() {
      assertThat(leases().lastRun("purge")).isEmpty();
      leases().acquire("purge", "node-a", T0, MINUTE);
      assertThat(leases().lastRun("purge")).isEmpty();
    }

    @Test
    void the_holder_records_a_run_and_every_node_sees_it_after_a_takeover() {
      leases().acquire("purge", "node-a", T0, MINUTE);
      leases().ranAt("purge", "node-a", T0.plusSeconds(5));

      leases().acquire("purge", "node-b", T0.plus(MINUTE), MINUTE);

      assertThat(leases().lastRun("purge")).contains(T0.plusSeconds(5));
    }

    @Test
    void a_node_that_does_not_hold_the_lease_cannot_record_a_run() {
      leases().acquire("purge", "node-a", T0, MINUTE);
      leases().ranAt("purge", "node-a", T0.plusSeconds(5));

      leases().ranAt("purge", "node-b", T0.plusSeconds(9));

      assertThat(leases().lastRun("purge")).contains(T0.plusSeconds(5));
    }

    @Test
    void releasing_keeps_the_last_run() {
      leases().acquire("purge", "node-a", T0, MINUTE);
      leases().ranAt("purge", "node-a", T0.plusSeconds(5));
      leases().release("purge", "node-a");

      assertThat(leases().lastRun("purge")).contains(T0.plusSeconds(5));
    }
  }

  @Nested
  class Racing {

    @Test
    void of_holders_racing_for_a_free_lease_exactly_one_is_granted_each_round() {
      // Round r is a fresh instant past the previous lease's expiry, so every round has a winner.
      for (int round = 0; round < 5; round++) {
        var at = T0.plus(MINUTE.multipliedBy(2L * round));
        var grants =
            Concurrently.run(
                    Concurrently.THREADS,
                    1,
                    (thread, step) -> leases().acquire("purge", "node-" + thread, at, MINUTE))
                .stream()
                .filter(a -> a == Acquisition.GRANTED)
                .count();
        assertThat(grants).as("round %d", round).isEqualTo(1);
      }
    }
  }
}
