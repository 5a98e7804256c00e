package org.confide.adapter.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.confide.testing.Failures.failedWith;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.confide.adapter.web.WebSettings;
import org.confide.application.port.in.Failure;
import org.confide.application.port.in.Outcome;
import org.confide.application.port.in.SessionDenial;
import org.confide.application.port.in.SignInDenial;
import org.confide.testing.MutableClock;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ThrottleTest {

  private final MutableClock clock = new MutableClock(Instant.parse("2026-11-02T10:00:00Z"));
  private final Throttle throttle = new Throttle(clock, 5, Duration.ofMinutes(1));

  @Nested
  class AKey {

    @Test
    void is_not_blocked_below_the_limit() {
      for (int i = 0; i < 4; i++) {
        throttle.failed("a");
      }
      assertThat(throttle.blocked("a")).isEmpty();
    }

    @Test
    void is_blocked_at_the_limit_until_the_oldest_failure_leaves_the_window() {
      throttle.failed("a");
      clock.advance(Duration.ofSeconds(10));
      for (int i = 0; i < 4; i++) {
        throttle.failed("a");
      }
      assertThat(throttle.blocked("a")).contains(Duration.ofSeconds(50));
      clock.advance(Duration.ofSeconds(49));
      assertThat(throttle.blocked("a")).contains(Duration.ofSeconds(1));
      clock.advance(Duration.ofSeconds(1));
      assertThat(throttle.blocked("a")).isEmpty();
    }

    @Test
    void does_not_block_another_key() {
      for (int i = 0; i < 5; i++) {
        throttle.failed("a");
      }
      assertThat(throttle.blocked("a")).isPresent();
      assertThat(throttle.blocked("b")).isEmpty();
    }

    @Test
    void is_forgotten_once_its_failures_are_old() {
      throttle.failed("a");
      clock.advance(Duration.ofMinutes(2));
      assertThat(throttle.blocked("a")).isEmpty();
      assertThat(throttle.keys()).isZero();
    }
  }

  @Test
  void memory_is_swept_of_stale_keys() {
    for (int i = 0; i < 5000; i++) {
      throttle.failed("key " + i);
    }
    clock.advance(Duration.ofMinutes(2));
    throttle.failed("fresh");
    assertThat(throttle.keys()).isEqualTo(1);
  }

  @Test
  void refuses_nonsense_limits() {
    assertThatThrownBy(() -> new Throttle(clock, 0, Duration.ofMinutes(1)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Throttle(clock, 1, Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Nested
  class TheGuard {

    private final Guard guard =
        new Guard(WebSettings.defaults(clock, () -> true).withCodeFailuresOverall(8));

    @Test
    void over_the_overall_cap_a_wrong_code_is_throttled_and_a_right_one_still_opens() {
      // Four clients, two failures each: none reaches its own limit, together they reach the cap.
      for (int client = 0; client < 4; client++) {
        guard.codeTry("client " + client, ThrottleTest::wrong);
        guard.codeTry("client " + client, ThrottleTest::wrong);
      }
      assertThat(guard.codeTry("a fresh client", ThrottleTest::wrong))
          .isEqualTo(Outcome.failed(new Failure.Throttled(Duration.ofMinutes(1))));
      assertThat(guard.codeTry("another fresh client", () -> Outcome.done("opened")))
          .isEqualTo(Outcome.done("opened"));
      // The per-client limit holds as before: five failures slow the client, right code included.
      for (int i = 0; i < 4; i++) {
        guard.codeTry("a fresh client", ThrottleTest::wrong);
      }
      assertThat(guard.codeTry("a fresh client", () -> Outcome.done("opened")))
          .is(failedWith(Failure.Throttled.class));
    }

    @Test
    void a_known_device_has_a_password_budget_of_its_own() {
      for (int i = 0; i < 5; i++) {
        guard.passwordTry("account", Optional.empty(), ThrottleTest::wrongPassword);
      }
      assertThat(guard.passwordTry("account", Optional.empty(), () -> Outcome.done("right")))
          .is(failedWith(Failure.Throttled.class));
      assertThat(guard.passwordTry("account", Optional.of("device"), () -> Outcome.done("right")))
          .isEqualTo(Outcome.done("right"));
      for (int i = 0; i < 5; i++) {
        guard.passwordTry("account", Optional.of("device"), ThrottleTest::wrongPassword);
      }
      assertThat(guard.passwordTry("account", Optional.of("device"), () -> Outcome.done("right")))
          .is(failedWith(Failure.Throttled.class));
      assertThat(guard.passwordTry("another", Optional.of("device"), () -> Outcome.done("right")))
          .isEqualTo(Outcome.done("right"));
    }

    @Test
    void counts_a_try_while_it_runs_so_that_tries_at_once_get_no_more_than_the_limit() {
      // A try that, while it runs, starts another: each nested try is one more under way.
      var depth = new java.util.concurrent.atomic.AtomicInteger();
      var innermost =
          new java.util.concurrent.atomic.AtomicReference<Outcome<String, SignInDenial>>();
      java.util.function.Supplier<Outcome<String, SignInDenial>> nested =
          new java.util.function.Supplier<>() {
            @Override
            public Outcome<String, SignInDenial> get() {
              if (depth.incrementAndGet() >= 10) {
                return wrongPassword();
              }
              // The innermost try answers first; each try under way then ends without failing.
              innermost.compareAndSet(null, guard.passwordTry("account", Optional.empty(), this));
              return Outcome.done("ran");
            }
          };
      guard.passwordTry("account", Optional.empty(), nested);
      // Five tries ran at once; the sixth was refused before it ran.
      assertThat(depth.get()).isEqualTo(5);
      assertThat(innermost.get()).is(failedWith(Failure.Throttled.class));
      // None of the five failed, so once they ended the account may try again.
      assertThat(guard.passwordTry("account", Optional.empty(), () -> Outcome.done("right")))
          .isEqualTo(Outcome.done("right"));
    }

    @Test
    void a_try_the_use_case_throttles_itself_is_not_counted() {
      for (int i = 0; i < 10; i++) {
        assertThat(
                guard.passwordTry(
                    "account",
                    Optional.empty(),
                    () -> Outcome.failed(new Failure.Throttled(Duration.ofMinutes(2)))))
            .isEqualTo(Outcome.failed(new Failure.Throttled(Duration.ofMinutes(2))));
      }
      assertThat(guard.passwordTry("account", Optional.empty(), () -> Outcome.done("right")))
          .isEqualTo(Outcome.done("right"));
    }

    @Test
    void a_try_that_succeeds_frees_its_place() {
      for (int i = 0; i < 10; i++) {
        assertThat(guard.passwordTry("account", Optional.empty(), () -> Outcome.done("right")))
            .isEqualTo(Outcome.done("right"));
      }
    }

    @Test
    void keys_hold_no_address_and_differ_by_purpose() {
      var account = guard.accountKey("Adviser@Example.ac.uk ");
      assertThat(account).isEqualTo(guard.accountKey("adviser@example.ac.uk"));
      assertThat(account).doesNotContain("adviser").doesNotContain("example");
      var another = new Guard(WebSettings.defaults(clock, () -> true));
      assertThat(another.accountKey("adviser@example.ac.uk")).isNotEqualTo(account);
    }
  }

  /** A wrong password, as the sign-in use case answers it. */
  private static Outcome<String, SignInDenial> wrongPassword() {
    return Outcome.failed(new Failure.Unauthenticated());
  }

  /** A wrong access code, as the use case answers it. */
  private static Outcome<String, SessionDenial> wrong() {
    return Outcome.failed(new Failure.Unauthenticated());
  }
}
