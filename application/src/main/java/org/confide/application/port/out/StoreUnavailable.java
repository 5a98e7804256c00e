package org.confide.application.port.out;

/**
 * The store cannot be reached just now: the database is down, the network to it is cut, or every
 * connection is busy past the wait. Thrown by any driven port backed by a database; the work in
 * hand was not committed (its transaction rolled back, or never began), so the caller may retry
 * later. Carries no message from the database, which might quote what was being written.
 */
public final class StoreUnavailable extends RuntimeException {

  public StoreUnavailable(String reason, Throwable cause) {
    super(reason, cause, false, false);
  }
}
