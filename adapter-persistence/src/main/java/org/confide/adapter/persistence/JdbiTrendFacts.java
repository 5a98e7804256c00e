package org.confide.adapter.persistence;

import java.time.YearMonth;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;
import org.confide.application.port.out.TrendFacts;
import org.confide.domain.analytics.ClosingFact;
import org.confide.domain.analytics.ReportFacts;
import org.confide.domain.analytics.Tally;
import org.confide.domain.analytics.TrendDimension;
import org.confide.domain.outcome.ChoiceKey;
import org.confide.domain.questionnaire.OptionId;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.SqlStatement;

/**
 * {@link TrendFacts} in {@code trend_cells}: how many reports share each combination of facts, so
 * that a million reports are counted from a few thousand rows. Coarse and in the clear, with no
 * column that leads back to a report, and no row kept per report (see V10__trend_cells_only.sql).
 * Closings are counted per month and outcome in {@code closing_counts} (V35__closing_counts.sql).
 */
public final class JdbiTrendFacts implements TrendFacts {

  // Option ids are lower-case words joined by hyphens, so a comma never occurs inside one.
  private static final String SEPARATOR = ",";

  /**
   * How many rows a trend cell may be spread over (see V7__trend_cell_shards.sql): as many as a
   * node's pool has connections, so that each transaction in flight on a node can hold one.
   */
  static final int SHARDS = 16;

  private static final String UPDATE =
      """
      update trend_cells set reports = reports + :reports
       where received_month = :month and incident_types = :types
         and where_option = :where and reporter_role = :role and anonymous = :anonymous
         and shard = :shard\
      """;

  // UPDATE for one cell, as every submission adds: plain JDBC (see PlainJdbc).
  private static final String UPDATE_ONE =
      """
      update trend_cells set reports = reports + ?
       where received_month = ? and incident_types = ? and where_option = ? and reporter_role = ?
         and anonymous = ? and shard = ?\
      """;

  private final JdbiTransactions transactions;
  // The shards no transaction of this node is adding to. A node starts at a random place in the
  // cycle (not a secret, so not the server's random source), so that two nodes seldom collide.
  private final Queue<Integer> freeShards = new ConcurrentLinkedQueue<>();

  public JdbiTrendFacts(JdbiTransactions transactions) {
    this.transactions = Objects.requireNonNull(transactions, "transactions must not be null");
    var start = ThreadLocalRandom.current().nextInt(SHARDS);
    for (int i = 0; i < SHARDS; i++) {
      freeShards.add((start + i) % SHARDS);
    }
  }

  /**
   * Records one report's facts in a shard of its cell that no other transaction of this node holds
   * until this one ends, so that concurrent submissions of alike reports do not wait for each
   * other's row lock.
   */
  @Override
  public void record(ReportFacts facts) {
    Objects.requireNonNull(facts, "facts must not be null");
    transactions.inTransaction(() -> {
      var shard = freeShards.poll();
      if (shard == null) {
        // More transactions in flight than shards: share one, and wait if need be.
        shard = ThreadLocalRandom.current().nextInt(SHARDS);
      } else {
        var taken = shard;
        transactions.afterEnd(() -> freeShards.add(taken));
      }
      record(List.of(facts), shard);
      return null;
    });
  }

  /** Records many reports' facts at once (a bulk load, not a hot spot) in shard 0 of each cell. */
  @Override
  public void recordAll(List<ReportFacts> facts) {
    record(facts, 0);
  }

  private void record(List<ReportFacts> facts, int shard) {
    Objects.requireNonNull(facts, "facts must not be null");
    if (facts.isEmpty()) {
      return;
    }
    transactions.inTransaction(() -> {
      if (facts.size() == 1) {
        // One report, as every submission counts: one cell, nothing to merge or to order.
        addAll(Map.of(Cell.of(facts.getFirst(), shard), 1L));
        return null;
      }
      var cells = new LinkedHashMap<Cell, Long>();
      for (var fact : facts) {
        cells.merge(Cell.of(fact, shard), 1L, Long::sum);
      }
      // Cells in a fixed order, so that two transactions adding to the same cells never deadlock.
      addAll(new java.util.TreeMap<>(cells));
      return null;
    });
  }

  /** One row of {@code trend_cells}. */
  private record Cell(
      String month, String types, String where, String role, boolean anonymous, int shard)
      implements Comparable<Cell> {

    static Cell of(ReportFacts fact, int shard) {
      return new Cell(
          fact.month().toString(),
          String.join(SEPARATOR, Tally.keysOf(fact, TrendDimension.TYPE)),
          fact.where().map(OptionId::value).orElse(""),
          fact.reporterRole().map(OptionId::value).orElse(""),
          fact.anonymous(),
          shard);
    }

    @Override
    public int compareTo(Cell other) {
      return toString().compareTo(other.toString());
    }
  }

  /**
   * Adds to cells, in batches: update; insert those that were missing; update again any that a
   * concurrent transaction inserted first (the insert waits for it, then does nothing).
   */
  private void addAll(Map<Cell, Long> cells) {
    var missing = missing(update(cells), cells);
    if (missing.isEmpty()) {
      return;
    }
    var raced =
        missing(
            transactions.withHandle(handle -> {
              var insert =
                  handle.prepareBatch(
                      """
                      insert into trend_cells (received_month, incident_types, where_option,
                                               reporter_role, anonymous, shard, reports)
                      values (:month, :types, :where, :role, :anonymous, :shard, :reports)
                      on conflict do nothing\
                      """);
              missing.forEach((cell, reports) -> bind(insert, cell, reports).add());
              return insert.execute();
            }),
            missing);
    if (!raced.isEmpty() && !missing(update(raced), raced).isEmpty()) {
      throw new IllegalStateException("a trend cell could be neither inserted nor updated");
    }
  }

  private int[] update(Map<Cell, Long> cells) {
    if (cells.size() == 1) {
      // One report's count, as every submission adds: a plain statement on the transaction's
      // connection costs less than a batch, and needs no Jdbi handle.
      var only = cells.entrySet().iterator().next();
      var cell = only.getKey();
      return new int[] {
        transactions.withConnection(connection ->
            PlainJdbc.update(
                connection,
                UPDATE_ONE,
                only.getValue(),
                cell.month(),
                cell.types(),
                cell.where(),
                cell.role(),
                cell.anonymous(),
                cell.shard()))
      };
    }
    return transactions.withHandle(handle -> {
      var update = handle.prepareBatch(UPDATE);
      cells.forEach((cell, reports) -> bind(update, cell, reports).add());
      return update.execute();
    });
  }

  /** The cells whose statement changed no row. */
  private static Map<Cell, Long> missing(int[] counts, Map<Cell, Long> cells) {
    var missing = new LinkedHashMap<Cell, Long>();
    int i = 0;
    for (var entry : cells.entrySet()) {
      if (counts[i++] == 0) {
        missing.put(entry.getKey(), entry.getValue());
      }
    }
    return missing;
  }

  private static <S extends SqlStatement<S>> S bind(S statement, Cell cell, long reports) {
    return statement
        .bind("month", cell.month())
        .bind("types", cell.types())
        .bind("where", cell.where())
        .bind("role", cell.role())
        .bind("anonymous", cell.anonymous())
        .bind("shard", cell.shard())
        .bind("reports", reports);
  }

  /** Adds one to the closing's count: update, else insert, else update what a racer inserted. */
  @Override
  public void recordClosing(ClosingFact closing) {
    Objects.requireNonNull(closing, "closing must not be null");
    var month = closing.month().toString();
    var outcome = closing.outcome().map(ChoiceKey::value).orElse("");
    transactions.inTransactionWithConnection(connection -> {
      var add =
          "update closing_counts set cases = cases + 1"
              + " where closed_month = ? and outcome_key = ?";
      if (PlainJdbc.update(connection, add, month, outcome) == 0
          && PlainJdbc.update(
                  connection,
                  "insert into closing_counts (closed_month, outcome_key, cases) values (?, ?, 1)"
                      + " on conflict do nothing",
                  month,
                  outcome)
              == 0
          && PlainJdbc.update(connection, add, month, outcome) == 0) {
        throw new IllegalStateException("a closing count could be neither inserted nor updated");
      }
      return null;
    });
  }

  @Override
  public void takeBackClosing(ClosingFact closing) {
    Objects.requireNonNull(closing, "closing must not be null");
    transactions.inTransactionWithConnection(connection ->
        PlainJdbc.update(
            connection,
            "update closing_counts set cases = cases - 1"
                + " where closed_month = ? and outcome_key = ? and cases > 0",
            closing.month().toString(),
            closing.outcome().map(ChoiceKey::value).orElse("")));
  }

  @Override
  public List<Tally> count(YearMonth from, YearMonth to, Set<TrendDimension> by) {
    Objects.requireNonNull(from, "from must not be null");
    Objects.requireNonNull(to, "to must not be null");
    Objects.requireNonNull(by, "by must not be null");
    if (by.stream().anyMatch(TrendDimension::countedAtClosing)) {
      return closings(from, to, by);
    }
    var dimensions = List.copyOf(by);
    var columns = dimensions.stream().map(JdbiTrendFacts::column).toList();
    var select = columns.isEmpty() ? "" : String.join(", ", columns) + ", ";
    var group = columns.isEmpty() ? "" : " group by " + String.join(", ", columns);
    // Column names come from the fixed switch below, never from the request.
    var sql =
        "select "
            + select
            + "sum(reports) as reports from trend_cells"
            + " where received_month >= :from and received_month <= :to"
            + group;
    var rows =
        inRange(
            sql,
            from,
            to,
            (row, context) -> {
              var key = new EnumMap<TrendDimension, List<String>>(TrendDimension.class);
              for (var dimension : dimensions) {
                key.put(dimension, keys(dimension, row.getObject(column(dimension))));
              }
              return Map.entry(Map.copyOf(key), row.getLong("reports"));
            });
    // Rows recorded before trend_cells may spell one set of types in another order: merge them.
    var merged = new LinkedHashMap<Map<TrendDimension, List<String>>, Long>();
    for (var row : rows) {
      if (row.getValue() > 0) {
        merged.merge(row.getKey(), row.getValue(), Long::sum);
      }
    }
    return merged.entrySet().stream().map(e -> new Tally(e.getKey(), e.getValue())).toList();
  }

  /** The cases closed in the months {@code from} to {@code to}, by outcome and month of closing. */
  private List<Tally> closings(YearMonth from, YearMonth to, Set<TrendDimension> by) {
    var byMonth = by.contains(TrendDimension.MONTH);
    var sql =
        "select outcome_key"
            + (byMonth ? ", closed_month" : "")
            + ", sum(cases) as cases from closing_counts"
            + " where closed_month >= :from and closed_month <= :to and cases > 0"
            + " group by outcome_key"
            + (byMonth ? ", closed_month" : "");
    return inRange(
        sql,
        from,
        to,
        (row, context) -> {
          var key = new EnumMap<TrendDimension, List<String>>(TrendDimension.class);
          var outcome = row.getString("outcome_key");
          key.put(
              TrendDimension.OUTCOME, List.of(outcome.isEmpty() ? Tally.NOT_ANSWERED : outcome));
          if (byMonth) {
            key.put(TrendDimension.MONTH, List.of(row.getString("closed_month")));
          }
          return new Tally(key, row.getLong("cases"));
        });
  }

  /** The rows of {@code sql}, whose {@code :from} and {@code :to} are the months given. */
  private <T> List<T> inRange(String sql, YearMonth from, YearMonth to, RowMapper<T> mapper) {
    return transactions.withHandle(handle ->
        handle
            .createQuery(sql)
            .bind("from", from.toString())
            .bind("to", to.toString())
            .map(mapper)
            .list());
  }

  private static String column(TrendDimension dimension) {
    return switch (dimension) {
      case TYPE -> "incident_types";
      case WHERE -> "where_option";
      case MONTH -> "received_month";
      case REPORTER_ROLE -> "reporter_role";
      case ANONYMOUS -> "anonymous";
      case OUTCOME -> throw new IllegalArgumentException("outcome is counted from closing_counts");
    };
  }

  private static List<String> keys(TrendDimension dimension, Object value) {
    return switch (dimension) {
      case TYPE -> {
        var joined = (String) value;
        yield joined.isEmpty()
            ? List.of()
            : Arrays.stream(joined.split(SEPARATOR, -1)).distinct().sorted().toList();
      }
      case WHERE, REPORTER_ROLE ->
          List.of(((String) value).isEmpty() ? Tally.NOT_ANSWERED : (String) value);
      case MONTH -> List.of((String) value);
      case ANONYMOUS -> List.of(Boolean.TRUE.equals(value) ? "anonymous" : "named");
      case OUTCOME -> throw new IllegalArgumentException("outcome is counted from closing_counts");
    };
  }
}
