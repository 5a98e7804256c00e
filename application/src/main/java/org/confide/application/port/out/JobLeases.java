package org.confide.application.port.out;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Leases on scheduled jobs, so that when several server nodes share one database each job runs on
 * exactly one of them at a time. A lease names its holder and runs until an expiry; the holder
 * renews it before each run, and when the holder dies its lease runs out and another node takes it
 * over. Every node's clock must agree with the others' to well within a lease's length (NTP).
 */
public interface JobLeases {

  /**
   * Takes or renews the lease on {@code job} for {@code holder} until {@code now + length}. Granted
   * when nobody holds it, when {@code holder} already holds it, or when its holder's lease expired
   * at or before {@code now}; otherwise refused, changing nothing. Two holders asking at once never
   * are both granted.
   *
   * @param job the job's name, the same on every node
   * @param holder who asks: one node's id, the same across its runs
   * @param now the time on the asking node's clock
   * @param length how long the lease lasts unless renewed
   * @return whether the lease is the holder's
   */
  Acquisition acquire(String job, String holder, Instant now, Duration length);

  /**
   * Gives the lease up if {@code holder} holds it, so another node need not wait for expiry. When
   * the job last ran is kept.
   *
   * @param job the job's name
   * @param holder the node giving it up
   */
  void release(String job, String holder);

  /**
   * Records that {@code holder} finished a run of {@code job} at {@code at}, if it still holds the
   * lease; otherwise changes nothing. Nodes share this time, so a node that takes a lease over runs
   * the job when it is due, not at once.
   *
   * @param job the job's name
   * @param holder the node that ran it
   * @param at when the run finished
   */
  void ranAt(String job, String holder, Instant at);

  /**
   * When a job last finished a run, on any node.
   *
   * @param job the job's name
   * @return when; empty if it never did
   */
  Optional<Instant> lastRun(String job);

  /** The outcome of {@link #acquire}. */
  enum Acquisition {
    /** The holder has the lease until the time asked for. */
    GRANTED,
    /** Another holder's lease has not expired: nothing changed. */
    HELD_ELSEWHERE
  }
}
