package org.confide.testing.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.confide.testing.TestData.aClaim;
import static org.confide.testing.TestData.aKeyDigest;

import java.time.Instant;
import java.util.Optional;
import org.confide.application.port.out.SubmissionKeys;
import org.confide.testing.Concurrently;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The contract of every {@link SubmissionKeys} adapter: the first claim of a key is stored and
 * answered with empty; a later claim of the same key stores nothing and is answered with the first
 * claim, whole. {@code forgetBefore} forgets claims made strictly before an instant and counts
 * them, after which their keys can be claimed anew. Of claims racing for one key exactly one wins,
 * and every loser is told the winner's claim.
 *
 * <p>{@link #keys()} must return the same adapter, empty, throughout one test.
 */
public abstract class SubmissionKeysContract {

  private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");

  /** For a subclass that runs this contract against one adapter. */
  protected SubmissionKeysContract() {}

  /** {@return the adapter under test, empty at the start of each test} */
  protected abstract SubmissionKeys keys();

  @Nested
  class Claiming {

    @Test
    void the_first_claim_of_a_key_is_stored() {
      assertThat(keys().claim(aClaim(aKeyDigest(), T0))).isEmpty();
    }

    @Test
    void a_second_claim_of_a_key_is_answered_with_the_first() {
      var key = aKeyDigest();
      var first = aClaim(key, T0);
      keys().claim(first);

      assertThat(keys().claim(aClaim(key, T0.plusSeconds(5)))).contains(first);
      assertThat(keys().claim(aClaim(key, T0.plusSeconds(9)))).contains(first);
    }

    @Test
    void different_keys_are_claimed_independently() {
      keys().claim(aClaim(aKeyDigest(), T0));

      assertThat(keys().claim(aClaim(aKeyDigest(), T0))).isEmpty();
    }
  }

  @Nested
  class Forgetting {

    @Test
    void claims_made_before_the_cutoff_are_forgotten_and_counted() {
      var old = aClaim(aKeyDigest(), T0.minusSeconds(1));
      var atCutoff = aClaim(aKeyDigest(), T0);
      keys().claim(old);
      keys().claim(atCutoff);
      keys().claim(aClaim(aKeyDigest(), T0.minusSeconds(3600)));

      assertThat(keys().forgetBefore(T0)).isEqualTo(2);

      assertThat(keys().claim(aClaim(old.keyDigest(), T0.plusSeconds(1)))).isEmpty();
      assertThat(keys().claim(aClaim(atCutoff.keyDigest(), T0.plusSeconds(1)))).contains(atCutoff);
      assertThat(keys().forgetBefore(T0)).isZero();
    }
  }

  @Nested
  class Concurrency {

    @Test
    void of_claims_racing_for_one_key_exactly_one_wins() {
      var key = aKeyDigest();

      var answers =
          Concurrently.run(
              Concurrently.THREADS, 1, (thread, step) -> keys().claim(aClaim(key, T0)));

      assertThat(answers).containsOnlyOnce(Optional.empty());
      var winner = keys().claim(aClaim(key, T0)).orElseThrow();
      assertThat(answers).filteredOn(Optional::isPresent).containsOnly(Optional.of(winner));
    }

    @Test
    void concurrent_claims_of_different_keys_are_all_kept() {
      var claims =
          Concurrently.run((thread, step) -> {
            var claim = aClaim(aKeyDigest(), T0);
            assertThat(keys().claim(claim)).isEmpty();
            return claim;
          });

      assertThat(keys().forgetBefore(T0.plusSeconds(1))).isEqualTo(claims.size());
    }
  }
}
