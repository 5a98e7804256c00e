package org.confide.testing.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.confide.testing.TestData.aCodeDigest;
import static org.confide.testing.TestReports.aReference;

import org.confide.application.port.out.AccessCodeDigest;
import org.confide.application.port.out.AccessCodes;
import org.confide.application.port.out.AccessCodes.Registration;
import org.confide.domain.shared.ReportReference;
import org.confide.testing.Concurrently;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The contract of every {@link AccessCodes} adapter: a one-to-one index between reports and
 * access-code digests. Registering a code for a report replaces the code it had, so the old digest
 * opens nothing; a digest that already names another report is refused with {@link
 * Registration#DIGEST_TAKEN} and nothing changes; registering the same pair again is harmless.
 * Removing a report's code frees its digest. Concurrent registrations lose nothing and a digest
 * raced for by several reports goes to exactly one.
 *
 * <p>{@link #accessCodes()} must return the same adapter, empty, throughout one test.
 */
public abstract class AccessCodesContract {

  /** For a subclass that runs this contract against one adapter. */
  protected AccessCodesContract() {}

  /** {@return the adapter under test, empty at the start of each test} */
  protected abstract AccessCodes accessCodes();

  @Nested
  class Registering {

    @Test
    void a_registered_digest_finds_its_report_and_the_report_its_digest() {
      var report = aReference();
      var digest = aCodeDigest();

      assertThat(accessCodes().register(report, digest)).isEqualTo(Registration.REGISTERED);

      assertThat(accessCodes().find(digest)).contains(report);
      assertThat(accessCodes().digestOf(report)).contains(digest);
    }

    @Test
    void an_unknown_digest_or_report_finds_nothing() {
      accessCodes().register(aReference(), aCodeDigest());

      assertThat(accessCodes().find(aCodeDigest())).isEmpty();
      assertThat(accessCodes().digestOf(aReference())).isEmpty();
    }

    @Test
    void registering_again_for_a_report_replaces_its_code() {
      var report = aReference();
      var old = aCodeDigest();
      var replacement = aCodeDigest();
      accessCodes().register(report, old);

      assertThat(accessCodes().register(report, replacement)).isEqualTo(Registration.REGISTERED);

      assertThat(accessCodes().find(old)).isEmpty();
      assertThat(accessCodes().find(replacement)).contains(report);
      assertThat(accessCodes().digestOf(report)).contains(replacement);
    }

    @Test
    void registering_the_same_pair_again_is_harmless() {
      var report = aReference();
      var digest = aCodeDigest();
      accessCodes().register(report, digest);

      assertThat(accessCodes().register(report, digest)).isEqualTo(Registration.REGISTERED);

      assertThat(accessCodes().find(digest)).contains(report);
    }

    @Test
    void a_digest_of_another_report_is_refused_and_nothing_changes() {
      var owner = aReference();
      var other = aReference();
      var digest = aCodeDigest();
      var othersOwnDigest = aCodeDigest();
      accessCodes().register(owner, digest);
      accessCodes().register(other, othersOwnDigest);

      assertThat(accessCodes().register(other, digest)).isEqualTo(Registration.DIGEST_TAKEN);

      assertThat(accessCodes().find(digest)).contains(owner);
      assertThat(accessCodes().digestOf(other)).contains(othersOwnDigest);
      assertThat(accessCodes().find(othersOwnDigest)).contains(other);
    }

    @Test
    void a_digest_refused_to_a_report_without_a_code_leaves_it_without_one() {
      var digest = aCodeDigest();
      accessCodes().register(aReference(), digest);
      var newcomer = aReference();

      assertThat(accessCodes().register(newcomer, digest)).isEqualTo(Registration.DIGEST_TAKEN);

      assertThat(accessCodes().digestOf(newcomer)).isEmpty();
    }
  }

  @Nested
  class Removing {

    @Test
    void a_removed_code_opens_nothing_and_its_digest_is_free_again() {
      var report = aReference();
      var digest = aCodeDigest();
      accessCodes().register(report, digest);

      accessCodes().remove(report);

      assertThat(accessCodes().find(digest)).isEmpty();
      assertThat(accessCodes().digestOf(report)).isEmpty();
      var next = aReference();
      assertThat(accessCodes().register(next, digest)).isEqualTo(Registration.REGISTERED);
      assertThat(accessCodes().find(digest)).contains(next);
    }

    @Test
    void removing_the_code_of_a_report_without_one_does_nothing() {
      var report = aReference();
      var digest = aCodeDigest();
      accessCodes().register(report, digest);

      accessCodes().remove(aReference());

      assertThat(accessCodes().find(digest)).contains(report);
    }
  }

  @Nested
  class Concurrency {

    @Test
    void concurrent_registrations_are_all_kept() {
      var pairs =
          Concurrently.run((thread, step) -> {
            var pair = new Pair(aReference(), aCodeDigest());
            assertThat(accessCodes().register(pair.report(), pair.digest()))
                .isEqualTo(Registration.REGISTERED);
            return pair;
          });

      assertThat(pairs)
          .allSatisfy(
              pair -> assertThat(accessCodes().find(pair.digest())).contains(pair.report()));
    }

    @Test
    void of_reports_racing_for_one_digest_exactly_one_gets_it() {
      var digest = aCodeDigest();

      var outcomes =
          Concurrently.run(
              Concurrently.THREADS,
              1,
              (thread, step) -> accessCodes().register(aReference(), digest));

      assertThat(outcomes).containsOnlyOnce(Registration.REGISTERED);
      assertThat(accessCodes().find(digest)).isPresent();
    }
  }

  private record Pair(ReportReference report, AccessCodeDigest digest) {}
}
