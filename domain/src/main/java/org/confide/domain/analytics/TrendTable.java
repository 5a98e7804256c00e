package org.confide.domain.analytics;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Counts of reports by one dimension, or by two crossed, with small counts suppressed.
 *
 * <p>By one dimension, {@link #rowTotals()} are the counts and there are no columns. By two, the
 * {@link #cells()} are rows by columns, and the row and column totals are exactly the tables by
 * each dimension alone, suppressed alike, so that no pair of tables says more than each does.
 * {@link #total()} is the number of reports (under {@link TrendDimension#TYPE}, where a report may
 * name several types, the counts add up to more than it).
 *
 * <p>The rule: a count below the threshold, zero included, is shown only as "fewer than" it; then
 * further counts are withheld ("not shown") until no hidden count of one or more can be worked out
 * from the figures shown and the totals, however they are added and subtracted ({@link
 * Protection}). A hidden zero may be: that no report falls in a category singles no one out. The
 * row and column totals are protected like any count, but the table's {@link #total()} is never
 * withheld: the number of reports in a range can be had from any table, so hiding it in one would
 * protect nothing. It is shown exactly unless it is itself below the threshold, when it too is
 * shown only as "fewer than".
 *
 * @param dimensions what the table is by: the rows' dimension, then the columns' if there are two
 * @param threshold the threshold the counts were suppressed under
 * @param rows the categories of the first dimension, in order: the ones asked for, then any other
 *     that was counted
 * @param columns the categories of the second dimension, in order; empty by one dimension
 * @param cells by two dimensions, one list per row holding one count per column; empty by one
 * @param rowTotals one count per row: by one dimension, the table's counts
 * @param columnTotals one count per column; empty by one dimension
 * @param total the number of reports counted
 */
public record TrendTable(
    List<TrendDimension> dimensions,
    SuppressionThreshold threshold,
    List<TrendCategory> rows,
    List<TrendCategory> columns,
    List<List<Count>> cells,
    List<Count> rowTotals,
    List<Count> columnTotals,
    Count total) {

  /**
   * A table as given, already suppressed; keeps unmodifiable copies of the lists. Use {@link #of}
   * to count and suppress.
   *
   * @throws IllegalArgumentException if there are not one or two dimensions, or not one total per
   *     row and per column
   */
  public TrendTable {
    dimensions = List.copyOf(dimensions);
    Objects.requireNonNull(threshold, "threshold must not be null");
    rows = List.copyOf(rows);
    columns = List.copyOf(columns);
    cells = cells.stream().map(List::copyOf).toList();
    rowTotals = List.copyOf(rowTotals);
    columnTotals = List.copyOf(columnTotals);
    Objects.requireNonNull(total, "total must not be null");
    if (dimensions.isEmpty() || dimensions.size() > 2) {
      throw new IllegalArgumentException("a trend table is by one dimension or by two");
    }
    if (rowTotals.size() != rows.size() || columnTotals.size() != columns.size()) {
      throw new IllegalArgumentException("there is one total per row and per column");
    }
  }

  /**
   * The table of {@code tallies} by {@code by} (one dimension, or two different ones).
   *
   * @param by the dimension of the rows, and then of the columns if there are two
   * @param tallies what a count by those dimensions returned; every tally must be by each of them
   * @param categories for each dimension, the categories to show in order, even when nothing was
   *     counted under them (so that an absent row says nothing); a category counted but not listed
   *     is added after them, labelled by its key
   * @param threshold the smallest count shown as a number
   * @return the table, with every count that could single someone out hidden
   * @throws IllegalArgumentException if {@code by} is not one dimension or two different ones, or a
   *     tally is not by one of them
   */
  public static TrendTable of(
      List<TrendDimension> by,
      List<Tally> tallies,
      Map<TrendDimension, List<TrendCategory>> categories,
      SuppressionThreshold threshold) {
    Objects.requireNonNull(threshold, "threshold must not be null");
    if (by.isEmpty() || by.size() > 2 || (by.size() == 2 && by.get(0) == by.get(1))) {
      throw new IllegalArgumentException("a trend table is by one dimension or by two different");
    }
    long total = tallies.stream().mapToLong(Tally::reports).sum();
    var first = OneWay.of(by.get(0), tallies, categories, total, threshold);
    if (by.size() == 1) {
      return new TrendTable(
          by,
          threshold,
          first.categories,
          List.of(),
          List.of(),
          first.counts,
          List.of(),
          first.total);
    }
    var second = OneWay.of(by.get(1), tallies, categories, total, threshold);
    var values = new long[first.categories.size()][second.categories.size()];
    var rowIndex = first.index();
    var columnIndex = second.index();
    for (var tally : tallies) {
      for (var row : tally.keys(by.get(0))) {
        for (var column : tally.keys(by.get(1))) {
          values[rowIndex.get(row)][columnIndex.get(column)] += tally.reports();
        }
      }
    }
    var protection = new Protection(threshold.value());
    int totalIn = protection.node();
    int totalOut = protection.node();
    protection.edge(totalIn, totalOut, total, false, first.totalState);
    var rowNodes = new int[values.length];
    for (int r = 0; r < values.length; r++) {
      rowNodes[r] = protection.node();
      protection.edge(rowNodes[r], totalIn, first.values[r], false, first.states.get(r));
    }
    var columnNodes = new int[second.values.length];
    for (int c = 0; c < columnNodes.length; c++) {
      columnNodes[c] = protection.node();
      protection.edge(totalOut, columnNodes[c], second.values[c], false, second.states.get(c));
    }
    var edges = new int[values.length][columnNodes.length];
    for (int r = 0; r < values.length; r++) {
      for (int c = 0; c < columnNodes.length; c++) {
        edges[r][c] = protection.count(columnNodes[c], rowNodes[r], values[r][c]);
      }
    }
    protection.protect();
    var cells = new ArrayList<List<Count>>();
    for (int r = 0; r < values.length; r++) {
      var row = new ArrayList<Count>();
      for (int c = 0; c < columnNodes.length; c++) {
        row.add(shown(protection.state(edges[r][c]), values[r][c], threshold));
      }
      cells.add(row);
    }
    return new TrendTable(
        by,
        threshold,
        first.categories,
        second.categories,
        cells,
        first.counts,
        second.counts,
        first.total);
  }

  private static Count shown(Protection.State state, long value, SuppressionThreshold threshold) {
    return switch (state) {
      case SHOWN -> new Count.Exact(value);
      case FEWER_THAN -> new Count.FewerThan(threshold.value());
      case NOT_SHOWN -> new Count.NotShown();
    };
  }

  /** The table by one dimension, protected on its own: the margins of every table crossing it. */
  private static final class OneWay {
    List<TrendCategory> categories;
    long[] values;
    List<Protection.State> states;
    Protection.State totalState;
    List<Count> counts;
    Count total;

    Map<String, Integer> index() {
      var index = new HashMap<String, Integer>();
      for (int i = 0; i < categories.size(); i++) {
        index.put(categories.get(i).key(), i);
      }
      return index;
    }

    static OneWay of(
        TrendDimension dimension,
        List<Tally> tallies,
        Map<TrendDimension, List<TrendCategory>> given,
        long total,
        SuppressionThreshold threshold) {
      var counts = new LinkedHashMap<String, Long>();
      var named = new LinkedHashMap<String, TrendCategory>();
      for (var category : given.getOrDefault(dimension, List.of())) {
        counts.putIfAbsent(category.key(), 0L);
        named.putIfAbsent(category.key(), category);
      }
      for (var tally : tallies) {
        for (var key : tally.keys(dimension)) {
          counts.merge(key, tally.reports(), Long::sum);
          named.putIfAbsent(key, new TrendCategory(key, key));
        }
      }
      var oneWay = new OneWay();
      oneWay.categories = List.copyOf(named.values());
      oneWay.values = counts.values().stream().mapToLong(Long::longValue).toArray();
      oneWay.totalState =
          threshold.suppresses(total) ? Protection.State.FEWER_THAN : Protection.State.SHOWN;
      var protection = new Protection(threshold.value());
      int in = protection.node();
      int out = protection.node();
      protection.edge(in, out, total, false, oneWay.totalState);
      var edges = new int[oneWay.values.length];
      for (int i = 0; i < edges.length; i++) {
        edges[i] = protection.count(out, in, oneWay.values[i]);
      }
      protection.protect();
      oneWay.states = new ArrayList<>();
      oneWay.counts = new ArrayList<>();
      for (int i = 0; i < edges.length; i++) {
        oneWay.states.add(protection.state(edges[i]));
        oneWay.counts.add(shown(protection.state(edges[i]), oneWay.values[i], threshold));
      }
      oneWay.total = shown(oneWay.totalState, total, threshold);
      return oneWay;
    }
  }
}
