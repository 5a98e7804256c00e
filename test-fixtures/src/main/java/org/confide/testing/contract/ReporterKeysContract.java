package org.confide.testing.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.Optional;
import org.confide.application.port.out.ReporterKeys;
import org.confide.application.port.out.ReporterKeys.ReporterKey;
import org.confide.domain.shared.ReportReference;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The contract of every {@link ReporterKeys} adapter: a report's key finds it, in reference order
 * with every other report of the same key; keeping again replaces the report's entry; an entry
 * without a key is found by no key; a removed entry is found no more. A store that held reports
 * before it kept entries lists its named reports without an entry, and only those, as unkeyed.
 *
 * <p>{@link #reporterKeys()} must return the same adapter, empty, throughout one test.
 */
public abstract class ReporterKeysContract {

  private static final ReporterKey ALEX = key('a');
  private static final ReporterKey SAM = key('b');

  /** For a subclass that runs this contract against one adapter. */
  protected ReporterKeysContract() {}

  /** {@return the adapter under test, empty at the start of each test} */
  protected abstract ReporterKeys reporterKeys();

  /**
   * Whether the store can hold named reports without an entry here (a database upgraded from before
   * entries were kept); if so, {@link #storeReport} must store one.
   *
   * @return true for a database adapter
   */
  protected boolean holdsReportsFromBefore() {
    return false;
  }

  /**
   * Stores a report beside the adapter, without an entry here.
   *
   * @param reference the report's reference
   * @param named whether it is named
   */
  protected void storeReport(ReportReference reference, boolean named) {
    throw new UnsupportedOperationException("this store holds no reports from before");
  }

  private static ReporterKey key(char digit) {
    return new ReporterKey(String.valueOf(digit).repeat(64));
  }

  private static ReportReference report(int n) {
    return ReportReference.parse(String.format("AAAAA-%05d", n));
  }

  @Nested
  class Finding {

    @Test
    void a_kept_key_finds_its_reports_in_reference_order_and_no_other() {
      reporterKeys().keep(report(3), Optional.of(ALEX));
      reporterKeys().keep(report(1), Optional.of(ALEX));
      reporterKeys().keep(report(2), Optional.of(SAM));

      assertThat(reporterKeys().reportsOf(ALEX)).containsExactly(report(1), report(3));
      assertThat(reporterKeys().reportsOf(SAM)).containsExactly(report(2));
      assertThat(reporterKeys().reportsOf(key('c'))).isEmpty();
    }

    @Test
    void keeping_again_replaces_the_reports_key() {
      reporterKeys().keep(report(1), Optional.of(ALEX));
      reporterKeys().keep(report(1), Optional.of(SAM));

      assertThat(reporterKeys().reportsOf(ALEX)).isEmpty();
      assertThat(reporterKeys().reportsOf(SAM)).containsExactly(report(1));
    }

    @Test
    void a_report_without_an_email_address_is_found_by_no_key() {
      reporterKeys().keep(report(1), Optional.of(ALEX));
      reporterKeys().keep(report(1), Optional.empty());

      assertThat(reporterKeys().reportsOf(ALEX)).isEmpty();
    }

    @Test
    void a_removed_entry_is_found_no_more_and_others_stay() {
      reporterKeys().keep(report(1), Optional.of(ALEX));
      reporterKeys().keep(report(2), Optional.of(ALEX));

      reporterKeys().remove(report(1));
      reporterKeys().remove(report(9));

      assertThat(reporterKeys().reportsOf(ALEX)).containsExactly(report(2));
    }
  }

  @Nested
  class Unkeyed {

    @Test
    void a_store_answers_no_report_it_has_an_entry_for() {
      reporterKeys().keep(report(1), Optional.of(ALEX));
      reporterKeys().keep(report(2), Optional.empty());

      assertThat(reporterKeys().unkeyed(10)).isEmpty();
    }

    @Test
    void named_reports_stored_without_an_entry_are_listed_until_they_have_one() {
      assumeTrue(holdsReportsFromBefore(), "this store never held reports from before");
      storeReport(report(2), true);
      storeReport(report(1), true);
      storeReport(report(3), false);
      storeReport(report(4), true);

      assertThat(reporterKeys().unkeyed(2)).containsExactly(report(1), report(2));

      reporterKeys().keep(report(1), Optional.of(ALEX));
      reporterKeys().keep(report(2), Optional.empty());

      assertThat(reporterKeys().unkeyed(10)).containsExactly(report(4));
    }
  }
}
