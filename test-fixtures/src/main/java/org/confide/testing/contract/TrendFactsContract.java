package org.confide.testing.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.confide.testing.TestData.facts;

import java.time.YearMonth;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.confide.application.port.out.TrendFacts;
import org.confide.domain.analytics.ClosingFact;
import org.confide.domain.analytics.ReportFacts;
import org.confide.domain.analytics.Tally;
import org.confide.domain.analytics.TrendDimension;
import org.confide.domain.outcome.ChoiceKey;
import org.confide.domain.questionnaire.OptionId;
import org.confide.testing.Concurrently;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The contract of every {@link TrendFacts} adapter: facts are recorded whole — several of them may
 * be identical, as several reports may be alike — and counted by month, both ends inclusive. A list
 * once returned does not change. Concurrent writers lose no fact. Counting groups the facts of a
 * range by any set of dimensions, a report's incident types as one sorted set, so that the tallies
 * add up to the number of reports. Closings are counted apart, by month of closing and outcome, and
 * a closing taken back (a case reopened) no longer counts, never below zero.
 *
 * <p>{@link #trendFacts()} must return the same adapter, empty, throughout one test.
 */
public abstract class TrendFactsContract {

  private static final YearMonth MARCH = YearMonth.of(2026, 3);

  /** For a subclass that runs this contract against one adapter. */
  protected TrendFactsContract() {}

  /** {@return the adapter under test, empty at the start of each test} */
  protected abstract TrendFacts trendFacts();

  @Nested
  class Recording {

    @Test
    void facts_are_read_back_whole() {
      var full = facts(MARCH);
      var sparse = new ReportFacts(MARCH, List.of(), Optional.empty(), Optional.empty(), false);

      trendFacts().record(full);
      trendFacts().record(sparse);

      assertThat(everything(MARCH, MARCH))
          .containsExactlyInAnyOrder(
              new Tally(
                  Map.of(
                      TrendDimension.MONTH, List.of("2026-03"),
                      TrendDimension.TYPE, List.of("bullying", "harassment"),
                      TrendDimension.WHERE, List.of("on-campus"),
                      TrendDimension.REPORTER_ROLE, List.of("student"),
                      TrendDimension.ANONYMOUS, List.of("anonymous")),
                  1),
              new Tally(
                  Map.of(
                      TrendDimension.MONTH, List.of("2026-03"),
                      TrendDimension.TYPE, List.of(),
                      TrendDimension.WHERE, List.of(Tally.NOT_ANSWERED),
                      TrendDimension.REPORTER_ROLE, List.of(Tally.NOT_ANSWERED),
                      TrendDimension.ANONYMOUS, List.of("named")),
                  1));
    }

    @Test
    void alike_facts_are_each_counted() {
      trendFacts().record(facts(MARCH));
      trendFacts().record(facts(MARCH));

      assertThat(everything(MARCH, MARCH)).extracting(Tally::reports).containsExactly(2L);
    }

    @Test
    void both_months_are_included() {
      var february = facts(MARCH.minusMonths(1));
      var march = facts(MARCH);
      var april = facts(MARCH.plusMonths(1));
      trendFacts().record(facts(MARCH.minusMonths(2)));
      trendFacts().record(february);
      trendFacts().record(march);
      trendFacts().record(april);
      trendFacts().record(facts(MARCH.plusMonths(2)));

      assertThat(everything(MARCH.minusMonths(1), MARCH.plusMonths(1)))
          .extracting(tally -> tally.keys(TrendDimension.MONTH), Tally::reports)
          .containsExactlyInAnyOrder(
              tuple(List.of(february.month().toString()), 1L),
              tuple(List.of(march.month().toString()), 1L),
              tuple(List.of(april.month().toString()), 1L));
      assertThat(everything(MARCH.plusYears(1), MARCH.plusYears(2))).isEmpty();
    }

    @Test
    void a_list_once_returned_does_not_change_with_later_facts() {
      trendFacts().record(facts(MARCH));

      var read = everything(MARCH, MARCH);
      trendFacts().record(facts(MARCH));

      assertThat(read).extracting(Tally::reports).containsExactly(1L);
    }
  }

  @Nested
  class Concurrency {

    @Test
    void concurrent_writers_lose_no_fact() {
      Concurrently.run((thread, step) -> {
        trendFacts().record(facts(MARCH));
        return null;
      });

      assertThat(trendFacts().count(MARCH, MARCH, Set.of()))
          .containsExactly(new Tally(Map.of(), Concurrently.THREADS * Concurrently.TIMES));
    }
  }

  /** Every fact recorded in the range, counted by every dimension. */
  private List<Tally> everything(YearMonth from, YearMonth to) {
    // Every dimension of a report's facts; outcome is counted from closings apart.
    return trendFacts().count(from, to, EnumSet.complementOf(EnumSet.of(TrendDimension.OUTCOME)));
  }

  private static ReportFacts fact(
      YearMonth month, List<String> types, String where, String role, boolean anonymous) {
    return new ReportFacts(
        month,
        types.stream().map(OptionId::of).toList(),
        Optional.ofNullable(where).map(OptionId::of),
        Optional.ofNullable(role).map(OptionId::of),
        anonymous);
  }

  private static Tally tally(long reports, TrendDimension dimension, String... keys) {
    return new Tally(Map.of(dimension, List.of(keys)), reports);
  }

  @Nested
  class Counting {

    private void recordSome() {
      trendFacts()
          .recordAll(
              List.of(
                  fact(MARCH, List.of("harassment", "bullying"), "on-campus", "student", true),
                  fact(MARCH, List.of("bullying", "harassment"), "on-campus", "staff", false),
                  fact(MARCH, List.of("stalking"), "online", "student", true),
                  fact(MARCH, List.of(), null, null, true),
                  fact(MARCH.plusMonths(1), List.of("stalking"), "online", "student", true),
                  fact(MARCH.plusMonths(3), List.of("stalking"), "online", "student", true)));
    }

    @Test
    void by_one_dimension_each_category_is_one_tally() {
      recordSome();

      assertThat(trendFacts().count(MARCH, MARCH, Set.of(TrendDimension.WHERE)))
          .containsExactlyInAnyOrder(
              tally(2, TrendDimension.WHERE, "on-campus"),
              tally(1, TrendDimension.WHERE, "online"),
              tally(1, TrendDimension.WHERE, Tally.NOT_ANSWERED));
      assertThat(trendFacts().count(MARCH, MARCH, Set.of(TrendDimension.ANONYMOUS)))
          .containsExactlyInAnyOrder(
              tally(3, TrendDimension.ANONYMOUS, "anonymous"),
              tally(1, TrendDimension.ANONYMOUS, "named"));
    }

    @Test
    void types_are_counted_as_one_sorted_set_per_report() {
      recordSome();

      assertThat(trendFacts().count(MARCH, MARCH, Set.of(TrendDimension.TYPE)))
          .containsExactlyInAnyOrder(
              tally(2, TrendDimension.TYPE, "bullying", "harassment"),
              tally(1, TrendDimension.TYPE, "stalking"),
              tally(1, TrendDimension.TYPE));
    }

    @Test
    void by_two_dimensions_each_combination_is_one_tally() {
      recordSome();

      assertThat(
              trendFacts()
                  .count(
                      MARCH,
                      MARCH.plusMonths(3),
                      Set.of(TrendDimension.MONTH, TrendDimension.REPORTER_ROLE)))
          .containsExactlyInAnyOrder(
              new Tally(
                  Map.of(
                      TrendDimension.MONTH, List.of("2026-03"),
                      TrendDimension.REPORTER_ROLE, List.of("student")),
                  2),
              new Tally(
                  Map.of(
                      TrendDimension.MONTH, List.of("2026-03"),
                      TrendDimension.REPORTER_ROLE, List.of("staff")),
                  1),
              new Tally(
                  Map.of(
                      TrendDimension.MONTH, List.of("2026-03"),
                      TrendDimension.REPORTER_ROLE, List.of(Tally.NOT_ANSWERED)),
                  1),
              new Tally(
                  Map.of(
                      TrendDimension.MONTH, List.of("2026-04"),
                      TrendDimension.REPORTER_ROLE, List.of("student")),
                  1),
              new Tally(
                  Map.of(
                      TrendDimension.MONTH, List.of("2026-06"),
                      TrendDimension.REPORTER_ROLE, List.of("student")),
                  1));
    }

    @Test
    void only_the_range_is_counted_both_ends_included() {
      recordSome();
      trendFacts().record(fact(MARCH.minusMonths(1), List.of(), null, null, true));

      assertThat(trendFacts().count(MARCH.plusMonths(1), MARCH.plusMonths(3), Set.of()))
          .containsExactly(new Tally(Map.of(), 2));
      assertThat(trendFacts().count(MARCH.plusYears(1), MARCH.plusYears(2), Set.of())).isEmpty();
    }

    @Test
    void recording_several_at_once_is_recording_each() {
      trendFacts().recordAll(List.of(facts(MARCH), facts(MARCH), facts(MARCH.plusMonths(1))));

      assertThat(trendFacts().count(MARCH, MARCH.plusMonths(1), Set.of()))
          .containsExactly(new Tally(Map.of(), 3));
      assertThat(trendFacts().count(MARCH, MARCH, Set.of()))
          .containsExactly(new Tally(Map.of(), 2));
    }
  }

  @Nested
  class Closings {

    private final ClosingFact support =
        new ClosingFact(MARCH, Optional.of(new ChoiceKey("support-provided")));
    private final ClosingFact none = new ClosingFact(MARCH, Optional.empty());

    private Map<String, Long> byOutcome(YearMonth from, YearMonth to) {
      var counts = new java.util.TreeMap<String, Long>();
      for (var tally : trendFacts().count(from, to, Set.of(TrendDimension.OUTCOME))) {
        counts.merge(tally.keys(TrendDimension.OUTCOME).getFirst(), tally.reports(), Long::sum);
      }
      return counts;
    }

    @Test
    void closings_are_counted_by_outcome_and_none_is_not_answered() {
      trendFacts().recordClosing(support);
      trendFacts().recordClosing(support);
      trendFacts().recordClosing(none);
      trendFacts().record(facts(MARCH));

      assertThat(byOutcome(MARCH, MARCH))
          .containsExactlyInAnyOrderEntriesOf(
              Map.of("support-provided", 2L, Tally.NOT_ANSWERED, 1L));
    }

    @Test
    void by_month_and_outcome_each_month_of_closing_is_its_own_tally() {
      trendFacts().recordClosing(support);
      trendFacts().recordClosing(new ClosingFact(MARCH.plusMonths(1), support.outcome()));

      assertThat(
              trendFacts()
                  .count(
                      MARCH,
                      MARCH.plusMonths(1),
                      EnumSet.of(TrendDimension.MONTH, TrendDimension.OUTCOME)))
          .extracting(
              t -> t.keys(TrendDimension.MONTH).getFirst(),
              t -> t.keys(TrendDimension.OUTCOME).getFirst(),
              Tally::reports)
          .containsExactlyInAnyOrder(
              tuple("2026-03", "support-provided", 1L), tuple("2026-04", "support-provided", 1L));
      assertThat(byOutcome(MARCH.plusMonths(2), MARCH.plusMonths(3))).isEmpty();
    }

    @Test
    void a_closing_taken_back_no_longer_counts_and_a_count_never_goes_below_zero() {
      trendFacts().recordClosing(support);
      trendFacts().recordClosing(support);

      trendFacts().takeBackClosing(support);
      trendFacts().takeBackClosing(none);

      assertThat(byOutcome(MARCH, MARCH)).containsExactlyEntriesOf(Map.of("support-provided", 1L));

      trendFacts().takeBackClosing(support);
      trendFacts().takeBackClosing(support);
      trendFacts().recordClosing(support);

      assertThat(byOutcome(MARCH, MARCH)).containsExactlyEntriesOf(Map.of("support-provided", 1L));
    }

    @Test
    void closings_do_not_count_as_reports_and_reports_not_as_closings() {
      trendFacts().recordClosing(support);

      assertThat(trendFacts().count(MARCH, MARCH, Set.of())).isEmpty();
      trendFacts().record(facts(MARCH));
      assertThat(trendFacts().count(MARCH, MARCH, Set.of()))
          .containsExactly(new Tally(Map.of(), 1));
      assertThat(byOutcome(MARCH, MARCH)).containsExactlyEntriesOf(Map.of("support-provided", 1L));
    }
  }
}
