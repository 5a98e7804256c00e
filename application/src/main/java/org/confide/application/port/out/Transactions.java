package org.confide.application.port.out;

import java.util.function.Supplier;

/** The unit of work: a use case's writes are committed together, or none of them is. */
public interface Transactions {

  /**
   * Runs {@code work} in one transaction and returns its result. If {@code work} throws, every
   * write it made through the ports is undone and the exception propagates. Nested calls join the
   * transaction already running.
   */
  <T> T inTransaction(Supplier<T> work);
}
