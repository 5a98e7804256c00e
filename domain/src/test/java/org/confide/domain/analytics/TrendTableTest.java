package org.confide.domain.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TrendTableTest {

  private static final SuppressionThreshold FIVE = SuppressionThreshold.standard();
  private static final List<String> PLACES = List.of("on-campus", "off-campus", "online", "x");
  private static final List<String> ROLES = List.of("student", "staff", "visitor");

  /** Tallies by where alone, one per place with the given count. */
  private static List<Tally> byWhere(long... counts) {
    var tallies = new ArrayList<Tally>();
    for (int i = 0; i < counts.length; i++) {
      tallies.add(new Tally(Map.of(TrendDimension.WHERE, List.of(PLACES.get(i))), counts[i]));
    }
    return tallies;
  }

  private static Map<TrendDimension, List<TrendCategory>> places(int n) {
    return categories(n, ROLES.size());
  }

  private static Map<TrendDimension, List<TrendCategory>> categories(int n, int roles) {
    return Map.of(
        TrendDimension.WHERE,
        PLACES.subList(0, n).stream().map(p -> new TrendCategory(p, p)).toList(),
        TrendDimension.REPORTER_ROLE,
        ROLES.subList(0, roles).stream().map(p -> new TrendCategory(p, p)).toList());
  }

  /** Tallies by where and role, values[place][role]. */
  private static List<Tally> byWhereAndRole(long[][] values) {
    var tallies = new ArrayList<Tally>();
    for (int p = 0; p < values.length; p++) {
      for (int r = 0; r < values[p].length; r++) {
        tallies.add(
            new Tally(
                Map.of(
                    TrendDimension.WHERE, List.of(PLACES.get(p)),
                    TrendDimension.REPORTER_ROLE, List.of(ROLES.get(r))),
                values[p][r]));
      }
    }
    return tallies;
  }

  private static TrendTable oneWay(long... counts) {
    return TrendTable.of(
        List.of(TrendDimension.WHERE), byWhere(counts), places(counts.length), FIVE);
  }

  /** The attacker on a table by one dimension: the counts add up to the total. */
  private static SubtractionAttack attackOneWay(TrendTable table, long[] truth) {
    var attack = new SubtractionAttack(table.threshold().value());
    long n = 0;
    for (long t : truth) {
      n += t;
    }
    var upper =
        table.total() instanceof Count.Exact exact ? exact.value() : table.threshold().value() - 1;
    var total = attack.term(table.total(), n, upper);
    var parts = new ArrayList<SubtractionAttack.Term>();
    for (int i = 0; i < truth.length; i++) {
      parts.add(attack.term(table.rowTotals().get(i), truth[i], upper));
    }
    attack.sum(parts, total);
    return attack;
  }

  /** The attacker on a crossed table: cells add up to row and column totals, those to the total. */
  private static SubtractionAttack attackTwoWay(TrendTable table, long[][] truth) {
    var attack = new SubtractionAttack(table.threshold().value());
    long n = 0;
    var rowSums = new long[truth.length];
    var columnSums = new long[truth[0].length];
    for (int r = 0; r < truth.length; r++) {
      for (int c = 0; c < truth[r].length; c++) {
        n += truth[r][c];
        rowSums[r] += truth[r][c];
        columnSums[c] += truth[r][c];
      }
    }
    var upper =
        table.total() instanceof Count.Exact exact ? exact.value() : table.threshold().value() - 1;
    var total = attack.term(table.total(), n, upper);
    var rows = new ArrayList<SubtractionAttack.Term>();
    for (int r = 0; r < truth.length; r++) {
      rows.add(attack.term(table.rowTotals().get(r), rowSums[r], upper));
    }
    var columns = new ArrayList<SubtractionAttack.Term>();
    for (int c = 0; c < columnSums.length; c++) {
      columns.add(attack.term(table.columnTotals().get(c), columnSums[c], upper));
    }
    var cells = new SubtractionAttack.Term[truth.length][columnSums.length];
    for (int r = 0; r < truth.length; r++) {
      for (int c = 0; c < columnSums.length; c++) {
        cells[r][c] = attack.term(table.cells().get(r).get(c), truth[r][c], upper);
      }
    }
    attack.sum(rows, total);
    attack.sum(columns, total);
    for (int r = 0; r < truth.length; r++) {
      attack.sum(List.of(cells[r]), rows.get(r));
    }
    for (int c = 0; c < columnSums.length; c++) {
      var column = new ArrayList<SubtractionAttack.Term>();
      for (int r = 0; r < truth.length; r++) {
        column.add(cells[r][c]);
      }
      attack.sum(column, columns.get(c));
    }
    return attack;
  }

  /** The hidden small counts the attacker pins to a single value. */
  private static List<String> recovered(SubtractionAttack attack) {
    var recovered = new ArrayList<String>();
    for (int i = 0; i < attack.unknowns(); i++) {
      if (attack.small(i) && attack.possibleValues(i).size() < 2) {
        recovered.add("unknown " + i + " = " + attack.truth(i));
      }
    }
    return recovered;
  }

  @Nested
  class OneDimension {

    @Test
    void counts_at_or_above_the_threshold_are_shown_as_they_are() {
      var table = oneWay(50, 5, 47);

      assertThat(table.rowTotals())
          .containsExactly(new Count.Exact(50), new Count.Exact(5), new Count.Exact(47));
      assertThat(table.total()).isEqualTo(new Count.Exact(102));
    }

    @Test
    void a_small_count_is_fewer_than_the_threshold_never_a_number() {
      var table = oneWay(50, 3, 47);

      assertThat(table.rowTotals().get(1)).isEqualTo(new Count.FewerThan(5));
      assertThat(table.rowTotals().get(1).label()).isEqualTo("fewer than 5");
    }

    @Test
    void zero_is_suppressed_too_so_that_fewer_than_never_means_at_least_one() {
      var table = oneWay(50, 0, 47, 20);

      assertThat(table.rowTotals().get(1)).isEqualTo(new Count.FewerThan(5));
    }

    @Test
    void the_subtraction_attack_fails_because_a_second_count_is_withheld() {
      // Naively: 100 - 50 - 47 = 3. Here the smallest other count is withheld as well.
      var table = oneWay(50, 3, 47);

      assertThat(table.rowTotals())
          .containsExactly(new Count.Exact(50), new Count.FewerThan(5), new Count.NotShown());
      assertThat(table.total()).isEqualTo(new Count.Exact(100));
      assertThat(recovered(attackOneWay(table, new long[] {50, 3, 47}))).isEmpty();
    }

    @Test
    void the_attack_succeeds_against_suppression_without_a_second_count_so_the_test_can_fail() {
      var naive =
          new TrendTable(
              List.of(TrendDimension.WHERE),
              FIVE,
              places(3).get(TrendDimension.WHERE),
              List.of(),
              List.of(),
              List.of(new Count.Exact(50), new Count.FewerThan(5), new Count.Exact(47)),
              List.of(),
              new Count.Exact(100));

      assertThat(recovered(attackOneWay(naive, new long[] {50, 3, 47})))
          .containsExactly("unknown 0 = 3");
    }

    @Test
    void two_small_counts_at_the_top_of_their_range_would_give_each_other_away() {
      // 4 + 4 = 108 - 100: without a third hidden count both would be known to be 4.
      var table = oneWay(100, 4, 4);

      assertThat(table.rowTotals()).contains(new Count.NotShown());
      assertThat(recovered(attackOneWay(table, new long[] {100, 4, 4}))).isEmpty();
    }

    @Test
    void a_total_below_the_threshold_is_suppressed_with_its_counts() {
      var table = oneWay(1, 2, 0);

      assertThat(table.total()).isEqualTo(new Count.FewerThan(5));
      assertThat(table.rowTotals()).containsOnly(new Count.FewerThan(5));
    }

    @ParameterizedTest
    @ValueSource(ints = {3, 5, 10})
    void the_threshold_decides_what_is_small(int threshold) {
      var table =
          TrendTable.of(
              List.of(TrendDimension.WHERE),
              byWhere(threshold - 1, threshold, 100),
              places(3),
              new SuppressionThreshold(threshold));

      assertThat(table.rowTotals().get(0)).isEqualTo(new Count.FewerThan(threshold));
      assertThat(table.rowTotals().get(1)).isIn(new Count.Exact(threshold), new Count.NotShown());
    }

    @Test
    void no_small_count_is_ever_recovered_from_random_tables() {
      var random = new Random(7);
      for (int round = 0; round < 400; round++) {
        int n = 2 + random.nextInt(3);
        var counts = new long[n];
        for (int i = 0; i < n; i++) {
          counts[i] = random.nextBoolean() ? random.nextInt(6) : random.nextInt(25);
        }
        var table = oneWay(counts);

        assertThat(recovered(attackOneWay(table, counts)))
            .as("counts %s published as %s", java.util.Arrays.toString(counts), table.rowTotals())
            .isEmpty();
      }
    }
  }

  @Nested
  class TwoDimensions {

    private TrendTable crossed(long[][] values) {
      return TrendTable.of(
          List.of(TrendDimension.WHERE, TrendDimension.REPORTER_ROLE),
          byWhereAndRole(values),
          categories(values.length, values[0].length),
          FIVE);
    }

    @Test
    void totals_are_the_tables_by_each_dimension_alone() {
      long[][] values = {{20, 30, 1}, {10, 12, 8}};
      var table = crossed(values);

      assertThat(table.rowTotals()).isEqualTo(oneWay(51, 30).rowTotals());
      assertThat(table.total()).isEqualTo(new Count.Exact(81));
      assertThat(table.cells().get(0).get(2)).isEqualTo(new Count.FewerThan(5));
    }

    @Test
    void a_small_cell_cannot_be_had_from_its_row_total_nor_its_column_total() {
      long[][] values = {{20, 30, 1}, {10, 12, 8}, {15, 15, 15}};
      var table = crossed(values);

      var row = table.cells().get(0);
      assertThat(row.stream().filter(c -> !(c instanceof Count.Exact))).hasSizeGreaterThan(1);
      var column = table.cells().stream().map(r -> r.get(2)).toList();
      assertThat(column.stream().filter(c -> !(c instanceof Count.Exact))).hasSizeGreaterThan(1);
      assertThat(recovered(attackTwoWay(table, values))).isEmpty();
    }

    @Test
    void the_attack_succeeds_against_cell_suppression_alone_so_the_test_can_fail() {
      long[][] values = {{20, 30, 1}, {10, 12, 8}};
      var honest = crossed(values);
      var naive =
          new TrendTable(
              honest.dimensions(),
              FIVE,
              honest.rows(),
              honest.columns(),
              List.of(
                  List.of(new Count.Exact(20), new Count.Exact(30), new Count.FewerThan(5)),
                  List.of(new Count.Exact(10), new Count.Exact(12), new Count.Exact(8))),
              List.of(new Count.Exact(51), new Count.Exact(30)),
              List.of(new Count.Exact(30), new Count.Exact(42), new Count.Exact(9)),
              new Count.Exact(81));

      assertThat(recovered(attackTwoWay(naive, values))).containsExactly("unknown 0 = 1");
    }

    @Test
    void no_small_count_is_ever_recovered_from_random_crossed_tables() {
      var random = new Random(11);
      for (int round = 0; round < 150; round++) {
        int rows = 2 + random.nextInt(2);
        int columns = 2 + random.nextInt(2);
        var values = new long[rows][columns];
        for (int r = 0; r < rows; r++) {
          for (int c = 0; c < columns; c++) {
            values[r][c] = random.nextInt(3) == 0 ? random.nextInt(5) : 3 + random.nextInt(9);
          }
        }
        var table = crossed(values);

        assertThat(recovered(attackTwoWay(table, values)))
            .as("values %s published as %s", java.util.Arrays.deepToString(values), table.cells())
            .isEmpty();
      }
    }

    @Test
    void a_dimension_cannot_be_crossed_with_itself() {
      assertThatThrownBy(() ->
              TrendTable.of(
                  List.of(TrendDimension.WHERE, TrendDimension.WHERE), List.of(), Map.of(), FIVE))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Nested
  class Categories {

    @Test
    void listed_categories_appear_even_when_nothing_was_counted_and_in_order() {
      var table = TrendTable.of(List.of(TrendDimension.WHERE), byWhere(30), places(3), FIVE);

      assertThat(table.rows())
          .extracting(TrendCategory::key)
          .containsExactly("on-campus", "off-campus", "online");
    }

    @Test
    void types_count_a_report_under_each_type_it_names_and_the_total_counts_it_once() {
      var tallies =
          List.of(
              new Tally(Map.of(TrendDimension.TYPE, List.of("bullying", "harassment")), 10),
              new Tally(Map.of(TrendDimension.TYPE, List.of("harassment")), 10),
              new Tally(Map.of(TrendDimension.TYPE, List.of()), 6));
      var table = TrendTable.of(List.of(TrendDimension.TYPE), tallies, Map.of(), FIVE);

      assertThat(table.rows())
          .extracting(TrendCategory::key)
          .containsExactly("bullying", "harassment", Tally.NOT_ANSWERED);
      assertThat(table.rowTotals())
          .containsExactly(new Count.Exact(10), new Count.Exact(20), new Count.Exact(6));
      assertThat(table.total()).isEqualTo(new Count.Exact(26));
    }
  }

  @Nested
  class Threshold {

    @ParameterizedTest
    @ValueSource(ints = {-1, 0, 1, 2, 101})
    void is_never_below_three(int value) {
      assertThatThrownBy(() -> new SuppressionThreshold(value))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("threshold");
    }

    @Test
    void defaults_to_five() {
      assertThat(SuppressionThreshold.standard().value()).isEqualTo(5);
    }
  }
}
