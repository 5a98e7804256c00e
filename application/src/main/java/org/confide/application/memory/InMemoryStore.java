package org.confide.application.memory;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A map whose every access runs under the shared transaction lock and whose every write is undone
 * if the running transaction fails: the one place the in-memory adapters get atomicity and rollback
 * from. Values must be immutable, so that storing one stores a snapshot.
 */
final class InMemoryStore<K, V> {

  private final InMemoryTransactions transactions;
  private final Map<K, V> entries = new HashMap<>();
  private final Map<K, V> view = Collections.unmodifiableMap(entries);

  InMemoryStore(InMemoryTransactions transactions) {
    this.transactions = Objects.requireNonNull(transactions, "transactions must not be null");
  }

  /** Runs a query over a read-only view; the query must copy what it returns out of the view. */
  <R> R read(Function<Map<K, V>, R> query) {
    return transactions.atomically(() -> query.apply(view));
  }

  /** Runs reads and writes, of this store and others sharing the lock, as one atomic step. */
  <R> R atomically(Supplier<R> action) {
    return transactions.atomically(action);
  }

  Optional<V> get(K key) {
    return read(map -> Optional.ofNullable(map.get(key)));
  }

  boolean contains(K key) {
    return read(map -> map.containsKey(key));
  }

  /** Stores {@code value} under {@code key}, replacing any earlier value. */
  void put(K key, V value) {
    Objects.requireNonNull(key, "key must not be null");
    Objects.requireNonNull(value, "value must not be null");
    transactions.atomically(() -> {
      var previous = entries.put(key, value);
      transactions.onRollback(() -> restore(key, previous));
      return null;
    });
  }

  /** Removes the value under {@code key}, returning it if there was one. */
  Optional<V> remove(K key) {
    return transactions.atomically(() -> {
      var previous = entries.remove(key);
      if (previous != null) {
        transactions.onRollback(() -> entries.put(key, previous));
      }
      return Optional.ofNullable(previous);
    });
  }

  /** Removes every entry that matches, returning how many. */
  int removeIf(BiPredicate<K, V> matches) {
    return transactions.atomically(() -> {
      List<K> doomed =
          entries.entrySet().stream()
              .filter(entry -> matches.test(entry.getKey(), entry.getValue()))
              .map(Map.Entry::getKey)
              .toList();
      doomed.forEach(this::remove);
      return doomed.size();
    });
  }

  /** Checks the {@code limit} of a listing, as a database would refuse a negative one. */
  static void requireLimit(int limit) {
    if (limit < 0) {
      throw new IllegalArgumentException("limit must not be negative, was " + limit);
    }
  }

  private void restore(K key, V previous) {
    if (previous == null) {
      entries.remove(key);
    } else {
      entries.put(key, previous);
    }
  }
}
