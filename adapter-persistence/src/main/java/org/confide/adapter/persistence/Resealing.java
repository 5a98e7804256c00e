package org.confide.adapter.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Re-seals, under the current content key, the values still sealed under an older one, a batch at a
 * time, for the scheduled job that follows a rotation ({@link ContentKeys#rotate}). Each value is
 * opened and sealed again for the same place, and written back only if it is still the value read
 * (a use case that rewrote it meanwhile wrote it under the current key anyway), each batch in a
 * transaction of its own, so a run stopped at any point (even by {@code kill -9}) loses nothing and
 * the next run, on any node, goes on from what is left. Once nothing is left under an older key,
 * and every node has had time to seal under the new one, the older key is retired and one log line
 * says so, by number only.
 */
public final class Resealing {

  private static final Logger LOG = LoggerFactory.getLogger(Resealing.class);

  /** How many values one transaction re-seals at most. */
  private static final int TRANSACTION = 200;

  /**
   * A column of sealed values: its table, its name, the columns that name its row, and the place
   * each value is bound to, from those columns' values (as the adapter that writes it binds it).
   */
  record Column(
      String table, String column, List<String> row, Function<List<Object>, String> context) {}

  /** Every column that holds sealed values, and how each value's place is named. */
  static final List<Column> SEALED =
      List.of(
          reportColumn("answers"),
          reportColumn("account"),
          reportColumn("contact"),
          reportColumn("support_preference"),
          new Column("messages", "body", List.of("id"), row -> "message.body:" + row.get(0)),
          new Column("internal_notes", "body", List.of("id"), row -> "note.body:" + row.get(0)),
          stepColumn("rationale"),
          stepColumn("reasons"),
          new Column(
              "staff_authenticators",
              "secret",
              List.of("staff_id"),
              row -> "authenticator:" + row.get(0)));

  private static Column reportColumn(String column) {
    return new Column(
        "reports", column, List.of("reference"), row -> "report." + column + ":" + row.get(0));
  }

  private static Column stepColumn(String column) {
    return new Column(
        "escalation_steps",
        column,
        List.of("escalation_id", "position"),
        row -> "escalation.step:" + row.get(0) + ":" + row.get(1) + ":" + column);
  }

  private final JdbiTransactions transactions;
  private final FieldCipher cipher;
  private final ContentKeys keys;
  private final Clock clock;
  private final int batch;

  /**
   * @param cipher the cipher the adapters seal with, whose current key is {@code keys}' current
   * @param batch how many values one run re-seals at most
   */
  public Resealing(
      JdbiTransactions transactions, FieldCipher cipher, ContentKeys keys, Clock clock, int batch) {
    this.transactions = Objects.requireNonNull(transactions, "transactions must not be null");
    this.cipher = Objects.requireNonNull(cipher, "cipher must not be null");
    this.keys = Objects.requireNonNull(keys, "keys must not be null");
    this.clock = Objects.requireNonNull(clock, "clock must not be null");
    if (batch < 1) {
      throw new IllegalArgumentException("batch must be at least 1, was " + batch);
    }
    this.batch = batch;
  }

  /**
   * One run: re-seals at most a batch of values sealed under a key other than the current one, and
   * retires the older keys once none is left. Returns how many values it re-sealed; does nothing
   * (and reads no sealed value) while every older key is retired.
   */
  public int run() {
    int current = keys.currentNow();
    var all = keys.keys();
    var older =
        all.stream()
            .filter(key -> key.id() != current && key.retiredAt().isEmpty())
            .map(ContentKeys.Key::id)
            .toList();
    if (older.isEmpty()) {
      return 0;
    }
    int resealed = 0;
    int left = batch;
    for (var column : SEALED) {
      while (left > 0) {
        int asked = Math.min(left, TRANSACTION);
        var done = resealSome(column, current, asked);
        resealed += done.resealed();
        left -= done.found();
        if (done.found() < asked) {
          break;
        }
      }
      if (left == 0) {
        return resealed;
      }
    }
    var now = clock.instant();
    var newest = all.stream().filter(key -> key.id() == current).findFirst();
    // A node reads the current key at most KEPT after it changed; until every node has, one may
    // still seal a value under an older key, which this job must then find.
    boolean everyNodeKnows =
        newest.isEmpty()
            || newest.get().addedAt().plus(ContentKeys.KEPT.multipliedBy(2)).isBefore(now);
    if (everyNodeKnows && remaining(current) == 0) {
      for (int id : older) {
        keys.retire(id, now);
        LOG.info(
            "Content key {} is no longer used: every sealed value is under key {}", id, current);
      }
    }
    return resealed;
  }

  /** How many values are sealed under each key, across every sealed column. */
  Map<Integer, Integer> valuesByKey() {
    var counts = new TreeMap<Integer, Integer>();
    transactions.withHandle(handle -> {
      for (var column : SEALED) {
        handle
            .createQuery(
                "select %s from %s where %s is not null"
                    .formatted(column.column(), column.table(), column.column()))
            .map((row, ctx) -> FieldCipher.keyIdOf(row.getBytes(1)))
            .forEach(id -> counts.merge(id, 1, Integer::sum));
      }
      return null;
    });
    return counts;
  }

  private record Done(int found, int resealed) {}

  private Done resealSome(Column column, int current, int limit) {
    return transactions.inTransactionWithHandle(handle -> {
      var rows =
          handle
              .createQuery(
                  """
                  select %s, %s from %s
                   where %s
                   order by %s
                   limit :limit\
                  """
                      .formatted(
                          String.join(", ", column.row()),
                          column.column(),
                          column.table(),
                          underAnotherKey(column),
                          String.join(", ", column.row())))
              .bind("current", new byte[] {(byte) current})
              .bind("limit", limit)
              .map((row, ctx) -> sealedRow(row, column))
              .list();
      int resealed = 0;
      for (var row : rows) {
        resealed += reseal(handle, column, row);
      }
      return new Done(rows.size(), resealed);
    });
  }

  private record SealedRow(List<Object> row, byte[] value) {}

  private static SealedRow sealedRow(ResultSet rs, Column column) throws SQLException {
    var row = new ArrayList<Object>();
    for (int i = 1; i <= column.row().size(); i++) {
      row.add(rs.getObject(i));
    }
    return new SealedRow(row, rs.getBytes(column.row().size() + 1));
  }

  private int reseal(Handle handle, Column column, SealedRow sealed) {
    var context = column.context().apply(sealed.row());
    var resealed = cipher.seal(cipher.open(sealed.value(), context), context);
    var where =
        column.row().stream()
            .map(name -> name + " = :" + name)
            .collect(Collectors.joining(" and "));
    var update =
        handle
            .createUpdate(
                "update %s set %s = :resealed where %s and %s = :was"
                    .formatted(column.table(), column.column(), where, column.column()))
            .bind("resealed", resealed)
            .bind("was", sealed.value());
    for (int i = 0; i < column.row().size(); i++) {
      update.bind(column.row().get(i), sealed.row().get(i));
    }
    return update.execute();
  }

  // The key's number is a sealed value's second byte (FieldCipher's layout).
  private static String underAnotherKey(Column column) {
    return "%s is not null and substring(%s from 2 for 1) <> :current"
        .formatted(column.column(), column.column());
  }

  /** How many values are sealed under a key other than {@code current}. */
  private int remaining(int current) {
    return transactions.withHandle(handle -> {
      int remaining = 0;
      for (var column : SEALED) {
        remaining +=
            handle
                .createQuery(
                    "select count(*) from %s where %s"
                        .formatted(column.table(), underAnotherKey(column)))
                .bind("current", new byte[] {(byte) current})
                .mapTo(Integer.class)
                .one();
      }
      return remaining;
    });
  }

  @Override
  public String toString() {
    return "Resealing[batch " + batch + "]";
  }
}
