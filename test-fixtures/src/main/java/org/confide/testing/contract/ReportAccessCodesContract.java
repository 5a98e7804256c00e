package org.confide.testing.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.confide.testing.TestData.aCodeDigest;
import static org.confide.testing.TestReports.aReference;
import static org.confide.testing.TestReports.aReport;

import java.util.Optional;
import org.confide.application.port.out.AccessCodeDigest;
import org.confide.application.port.out.Reports;
import org.confide.application.port.out.Reports.AddOutcome;
import org.confide.application.port.out.Reports.CodeChange;
import org.confide.domain.report.Report;
import org.confide.domain.shared.ReportReference;
import org.confide.testing.Concurrently;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The contract of every {@link Reports} adapter for access codes, beside {@link ReportsContract}: a
 * one-to-one index between reports and the digests of their codes, written with the report. A
 * digest that already opens another report is refused, at {@code add} with {@link
 * AddOutcome#CODE_TAKEN} and at {@code replaceCode} with {@link CodeChange#CODE_TAKEN}, and nothing
 * changes; replacing a report's code makes the old digest open nothing; replacing it with its own
 * is harmless. Taking a code away, or removing the report, frees its digest. Concurrent adds lose
 * nothing and a digest raced for by several reports goes to exactly one.
 *
 * <p>{@link #reports()} must return the same adapter, empty, throughout one test.
 */
public abstract class ReportAccessCodesContract {

  /** For a subclass that runs this contract against one adapter. */
  protected ReportAccessCodesContract() {}

  /** {@return the adapter under test, empty at the start of each test} */
  protected abstract Reports reports();

  private ReportReference storedWith(AccessCodeDigest digest) {
    var report = aReport().build();
    assertThat(reports().add(report, Optional.of(digest))).isEqualTo(AddOutcome.ADDED);
    return report.reference();
  }

  @Nested
  class Adding {

    @Test
    void a_report_added_with_a_code_is_found_by_it_and_knows_its_digest() {
      var digest = aCodeDigest();

      var report = storedWith(digest);

      assertThat(reports().findByCode(digest)).contains(report);
      assertThat(reports().codeOf(report)).contains(digest);
    }

    @Test
    void a_report_added_without_a_code_has_none() {
      var report = aReport().build();

      reports().add(report);

      assertThat(reports().codeOf(report.reference())).isEmpty();
    }

    @Test
    void an_unknown_digest_or_report_finds_nothing() {
      storedWith(aCodeDigest());

      assertThat(reports().findByCode(aCodeDigest())).isEmpty();
      assertThat(reports().codeOf(aReference())).isEmpty();
    }

    @Test
    void a_digest_of_another_report_is_refused_and_the_new_report_not_stored() {
      var digest = aCodeDigest();
      var owner = storedWith(digest);
      var newcomer = aReport().build();

      assertThat(reports().add(newcomer, Optional.of(digest))).isEqualTo(AddOutcome.CODE_TAKEN);

      assertThat(reports().find(newcomer.reference())).isEmpty();
      assertThat(reports().findByCode(digest)).contains(owner);
      assertThat(reports().add(newcomer, Optional.of(aCodeDigest()))).isEqualTo(AddOutcome.ADDED);
    }

    @Test
    void a_taken_reference_is_refused_whatever_its_code() {
      var first = aReport().build();
      reports().add(first, Optional.of(aCodeDigest()));
      var digest = aCodeDigest();

      var outcome =
          reports().add(aReport().withReference(first.reference()).build(), Optional.of(digest));

      assertThat(outcome).isEqualTo(AddOutcome.REFERENCE_TAKEN);
      assertThat(reports().findByCode(digest)).isEmpty();
    }
  }

  @Nested
  class Replacing {

    @Test
    void a_new_code_replaces_the_old_one() {
      var old = aCodeDigest();
      var report = storedWith(old);
      var replacement = aCodeDigest();

      assertThat(reports().replaceCode(report, replacement)).isEqualTo(CodeChange.REPLACED);

      assertThat(reports().findByCode(old)).isEmpty();
      assertThat(reports().findByCode(replacement)).contains(report);
      assertThat(reports().codeOf(report)).contains(replacement);
    }

    @Test
    void a_report_without_a_code_gets_one() {
      var report = aReport().build();
      reports().add(report);
      var digest = aCodeDigest();

      assertThat(reports().replaceCode(report.reference(), digest)).isEqualTo(CodeChange.REPLACED);

      assertThat(reports().findByCode(digest)).contains(report.reference());
    }

    @Test
    void replacing_a_code_with_itself_is_harmless() {
      var digest = aCodeDigest();
      var report = storedWith(digest);

      assertThat(reports().replaceCode(report, digest)).isEqualTo(CodeChange.REPLACED);

      assertThat(reports().findByCode(digest)).contains(report);
    }

    @Test
    void a_digest_of_another_report_is_refused_and_nothing_changes() {
      var digest = aCodeDigest();
      var owner = storedWith(digest);
      var othersOwn = aCodeDigest();
      var other = storedWith(othersOwn);

      assertThat(reports().replaceCode(other, digest)).isEqualTo(CodeChange.CODE_TAKEN);

      assertThat(reports().findByCode(digest)).contains(owner);
      assertThat(reports().codeOf(other)).contains(othersOwn);
      assertThat(reports().findByCode(othersOwn)).contains(other);
    }

    @Test
    void a_report_not_stored_cannot_be_given_a_code() {
      var digest = aCodeDigest();

      assertThatThrownBy(() -> reports().replaceCode(aReference(), digest))
          .isInstanceOf(IllegalStateException.class);
      assertThat(reports().findByCode(digest)).isEmpty();
    }
  }

  @Nested
  class Removing {

    @Test
    void a_code_taken_away_opens_nothing_the_report_stays_and_the_digest_is_free_again() {
      var digest = aCodeDigest();
      var report = storedWith(digest);

      reports().removeCode(report);

      assertThat(reports().findByCode(digest)).isEmpty();
      assertThat(reports().codeOf(report)).isEmpty();
      assertThat(reports().find(report)).isPresent();
      var next = storedWith(digest);
      assertThat(reports().findByCode(digest)).contains(next);
    }

    @Test
    void a_removed_report_takes_its_code_with_it() {
      var digest = aCodeDigest();
      var report = storedWith(digest);

      reports().remove(report);

      assertThat(reports().findByCode(digest)).isEmpty();
      assertThat(reports().codeOf(report)).isEmpty();
    }

    @Test
    void taking_away_the_code_of_a_report_without_one_or_of_no_report_does_nothing() {
      var digest = aCodeDigest();
      var report = storedWith(digest);
      var without = aReport().build();
      reports().add(without);

      reports().removeCode(without.reference());
      reports().removeCode(aReference());

      assertThat(reports().findByCode(digest)).contains(report);
    }
  }

  @Nested
  class Concurrency {

    @Test
    void concurrent_adds_with_codes_are_all_kept() {
      var pairs =
          Concurrently.run((thread, step) -> {
            var report = aReport().build();
            var digest = aCodeDigest();
            assertThat(reports().add(report, Optional.of(digest))).isEqualTo(AddOutcome.ADDED);
            return new Pair(report, digest);
          });

      assertThat(pairs)
          .allSatisfy(pair ->
              assertThat(reports().findByCode(pair.digest())).contains(pair.report().reference()));
    }

    @Test
    void of_reports_racing_for_one_digest_exactly_one_is_stored() {
      var digest = aCodeDigest();

      var outcomes =
          Concurrently.run(
              Concurrently.THREADS,
              1,
              (thread, step) -> reports().add(aReport().build(), Optional.of(digest)));

      assertThat(outcomes)
          .containsOnlyOnce(AddOutcome.ADDED)
          .doesNotContain(AddOutcome.REFERENCE_TAKEN);
      assertThat(reports().findByCode(digest)).isPresent();
      assertThat(reports().count()).isEqualTo(1);
    }
  }

  private record Pair(Report report, AccessCodeDigest digest) {}
}
