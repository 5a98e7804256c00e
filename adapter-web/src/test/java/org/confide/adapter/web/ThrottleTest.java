package org.confide.adapter.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.confide.application.MutableClock;
import org.confide.application.port.in.Outcome;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ThrottleTest {

  private final MutableClock clock = new MutableClock(Instant.parse("2026-11-02T10:00:00Z"));
  private final Throttle throttle = new Throttle(clock, 5, Duration.ofMinutes(1));

  @Nested
  class AKey {

    @Test
    void isNotBlockedBelowTheLimit() {
      for (int i = 0; i < 4; i++) {
        throttle.failed("a");
      }
      assertThat(throttle.blocked("a")).isEmpty();
    }

    @Test
    void isBlockedAtTheLimitUntilTheOldestFailureLeavesTheWindow() {
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
    void doesNotBlockAnotherKey() {
      for (int i = 0; i < 5; i++) {
        throttle.failed("a");
      }
      assertThat(throttle.blocked("a")).isPresent();
      assertThat(throttle.blocked("b")).isEmpty();
    }

    @Test
    void isForgottenOnceItsFailuresAreOld() {
      throttle.failed("a");
      clock.advance(Duration.ofMinutes(2));
      assertThat(throttle.blocked("a")).isEmpty();
      assertThat(throttle.keys()).isZero();
    }
  }

  @Test
  void memoryIsSweptOfStaleKeys() {
    for (int i = 0; i < 5000; i++) {
      throttle.failed("key " + i);
    }
    clock.advance(Duration.ofMinutes(2));
    throttle.failed("fresh");
    assertThat(throttle.keys()).isEqualTo(1);
  }

  @Test
  void refusesNonsenseLimits() {
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
    void capsFailedCodesAcrossAllClients() {
      // Four clients, two failures each: none reaches its own limit, together they reach the cap.
      for (int client = 0; client < 4; client++) {
        guard.codeTry("client " + client, Outcome.Unauthenticated::new);
        guard.codeTry("client " + client, Outcome.Unauthenticated::new);
      }
      assertThat(guard.codeTry("a fresh client", () -> Outcome.done("opened")))
          .isEqualTo(new Outcome.Throttled<String>(Duration.ofMinutes(1)));
    }

    @Test
    void countsATryWhileItRunsSoThatTriesAtOnceGetNoMoreThanTheLimit() {
      // A try that, while it runs, starts another: each nested try is one more under way.
      var depth = new java.util.concurrent.atomic.AtomicInteger();
      java.util.function.Supplier<Outcome<String>> nested =
          new java.util.function.Supplier<>() {
            @Override
            public Outcome<String> get() {
              return depth.incrementAndGet() < 10
                  ? guard.passwordTry("account", this)
                  : new Outcome.Unauthenticated<>();
            }
          };
      var outcome = guard.passwordTry("account", nested);
      // Five tries ran at once; the sixth was refused before it ran.
      assertThat(depth.get()).isEqualTo(5);
      assertThat(outcome).isInstanceOf(Outcome.Throttled.class);
      // None of the five failed, so once they ended the account may try again.
      assertThat(guard.passwordTry("account", () -> Outcome.done("right")))
          .isEqualTo(Outcome.done("right"));
    }

    @Test
    void aTryThatSucceedsFreesItsPlace() {
      for (int i = 0; i < 10; i++) {
        assertThat(guard.passwordTry("account", () -> Outcome.done("right")))
            .isEqualTo(Outcome.done("right"));
      }
    }

    @Test
    void keysHoldNoAddressAndDifferByPurpose() {
      var account = guard.accountKey("Adviser@Example.ac.uk ");
      assertThat(account).isEqualTo(guard.accountKey("adviser@example.ac.uk"));
      assertThat(account).doesNotContain("adviser").doesNotContain("example");
      var another = new Guard(WebSettings.defaults(clock, () -> true));
      assertThat(another.accountKey("adviser@example.ac.uk")).isNotEqualTo(account);
    }
  }
}
