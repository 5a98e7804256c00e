package org.confide.application.memory;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.confide.application.port.out.JobLeases;

/** {@link JobLeases} in memory: one process, so one lease table shared by its threads. */
public final class InMemoryJobLeases implements JobLeases {

  private record Lease(String holder, Instant expiresAt, Optional<Instant> lastRun) {}

  private final InMemoryStore<String, Lease> leases;

  /**
   * An empty store that takes part in {@code transactions}: give every store of one application the
   * same instance, so that a use case's writes to all of them commit or roll back together.
   *
   * @param transactions the transactions shared by the application's in-memory stores
   */
  public InMemoryJobLeases(InMemoryTransactions transactions) {
    this.leases = new InMemoryStore<>(transactions);
  }

  @Override
  public Acquisition acquire(String job, String holder, Instant now, Duration length) {
    Objects.requireNonNull(job, "job must not be null");
    Objects.requireNonNull(holder, "holder must not be null");
    Objects.requireNonNull(now, "now must not be null");
    if (length.isNegative() || length.isZero()) {
      throw new IllegalArgumentException("length must be positive, was " + length);
    }
    return leases.atomically(() -> {
      var current = leases.get(job);
      if (current.isPresent()
          && !current.get().holder().equals(holder)
          && current.get().expiresAt().isAfter(now)) {
        return Acquisition.HELD_ELSEWHERE;
      }
      leases.put(job, new Lease(holder, now.plus(length), current.flatMap(Lease::lastRun)));
      return Acquisition.GRANTED;
    });
  }

  @Override
  public void release(String job, String holder) {
    Objects.requireNonNull(job, "job must not be null");
    Objects.requireNonNull(holder, "holder must not be null");
    leases.atomically(() -> {
      leases
          .get(job)
          .filter(lease -> lease.holder().equals(holder))
          .ifPresent(lease -> leases.put(job, new Lease("", Instant.MIN, lease.lastRun())));
      return null;
    });
  }

  @Override
  public void ranAt(String job, String holder, Instant at) {
    Objects.requireNonNull(job, "job must not be null");
    Objects.requireNonNull(holder, "holder must not be null");
    Objects.requireNonNull(at, "at must not be null");
    leases.atomically(() -> {
      leases
          .get(job)
          .filter(lease -> lease.holder().equals(holder))
          .ifPresent(
              lease -> leases.put(job, new Lease(holder, lease.expiresAt(), Optional.of(at))));
      return null;
    });
  }

  @Override
  public Optional<Instant> lastRun(String job) {
    Objects.requireNonNull(job, "job must not be null");
    return leases.get(job).flatMap(Lease::lastRun);
  }
}
