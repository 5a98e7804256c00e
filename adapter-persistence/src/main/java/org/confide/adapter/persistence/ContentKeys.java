package org.confide.adapter.persistence;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Which content keys exist, by number, in the {@code content_keys} table: the numbers only, never a
 * key (each key is derived from the secret key file by its number, so every node holding that file
 * holds every key). The newest is current: new values are sealed under it. Each node keeps the
 * current number it read for {@link #KEPT}, so a rotation made through one node reaches every node
 * within that time without a read of the table at every seal.
 */
public final class ContentKeys {

  /** How long a node seals under the current key it last read before reading it again. */
  public static final Duration KEPT = Duration.ofSeconds(5);

  /** The highest key number a sealed value can name (it is kept in one byte). */
  public static final int LAST = 255;

  private static final OffsetDateTime LONG_AGO = OffsetDateTime.parse("2000-01-01T00:00:00Z");

  private record Read(int current, long atNanos) {}

  private final JdbiTransactions transactions;
  private volatile Read read;

  public ContentKeys(JdbiTransactions transactions) {
    this.transactions = Objects.requireNonNull(transactions, "transactions must not be null");
  }

  /**
   * One content key: its number, when it was added, and when it was found unused, if it was.
   *
   * @param retiredAt when no sealed value referred to it any more; empty while one may
   */
  public record Key(int id, Instant addedAt, Optional<Instant> retiredAt) {
    public Key {
      Objects.requireNonNull(addedAt, "addedAt must not be null");
      Objects.requireNonNull(retiredAt, "retiredAt must be Optional, not null");
    }
  }

  /** What a rotation did. */
  public sealed interface Rotation {

    /**
     * Key {@code current} was added; values sealed under {@code older} keys are to be re-sealed.
     */
    record Rotated(int current, List<Integer> older) implements Rotation {
      public Rotated {
        older = List.copyOf(older);
      }
    }

    /** Every key number is taken: no further rotation is possible. */
    record Exhausted() implements Rotation {}
  }

  /**
   * The number of the key new values are sealed under, as this node last read it (at most {@link
   * #KEPT} ago); the first key when the table is empty. If the table cannot be read, the number
   * read before goes on serving.
   */
  public int current() {
    var last = read;
    if (last != null && System.nanoTime() - last.atNanos() < KEPT.toNanos()) {
      return last.current();
    }
    try {
      return currentNow();
    } catch (RuntimeException e) {
      if (last != null) {
        return last.current();
      }
      throw e;
    }
  }

  /** The number of the current key, read from the table now. */
  public int currentNow() {
    int current =
        transactions.withHandle(handle ->
            handle
                .createQuery("select coalesce(max(id), 1) from content_keys")
                .mapTo(Integer.class)
                .one());
    read = new Read(current, System.nanoTime());
    return current;
  }

  /** Every key, oldest first. */
  public List<Key> keys() {
    return transactions.withHandle(handle ->
        handle
            .createQuery("select id, added_at, retired_at from content_keys order by id")
            .map((row, ctx) ->
                new Key(
                    row.getInt("id"),
                    row.getObject("added_at", OffsetDateTime.class).toInstant(),
                    Optional.ofNullable(row.getObject("retired_at", OffsetDateTime.class))
                        .map(OffsetDateTime::toInstant)))
            .list());
  }

  /**
   * Adds the next key, current from now on here and, within {@link #KEPT}, on every node. Two
   * rotations at the same moment do not both succeed: the second is refused by the table's key.
   */
  public Rotation rotate(Instant now) {
    Objects.requireNonNull(now, "now must not be null");
    var rotation =
        transactions.inTransactionWithHandle(handle -> {
          // The first key's row, should the table have been emptied by hand.
          handle
              .createUpdate(
                  "insert into content_keys (id, added_at) values (1, :long_ago)"
                      + " on conflict do nothing")
              .bind("long_ago", LONG_AGO)
              .execute();
          int newest =
              handle.createQuery("select max(id) from content_keys").mapTo(Integer.class).one();
          if (newest >= LAST) {
            return (Rotation) new Rotation.Exhausted();
          }
          handle
              .createUpdate("insert into content_keys (id, added_at) values (:id, :now)")
              .bind("id", newest + 1)
              .bind("now", now.atOffset(ZoneOffset.UTC))
              .execute();
          var older =
              handle
                  .createQuery(
                      "select id from content_keys where retired_at is null and id < :id"
                          + " order by id")
                  .bind("id", newest + 1)
                  .mapTo(Integer.class)
                  .list();
          return new Rotation.Rotated(newest + 1, older);
        });
    if (rotation instanceof Rotation.Rotated rotated) {
      read = new Read(rotated.current(), System.nanoTime());
    }
    return rotation;
  }

  /** Records that no value refers to key {@code id} any more. */
  void retire(int id, Instant at) {
    transactions.inTransactionWithHandle(handle ->
        handle
            .createUpdate(
                "update content_keys set retired_at = :at where id = :id and retired_at is null")
            .bind("id", id)
            .bind("at", at.atOffset(ZoneOffset.UTC))
            .execute());
  }

  @Override
  public String toString() {
    var last = read;
    return "ContentKeys[current " + (last == null ? "unread" : last.current()) + "]";
  }
}
