package org.confide.domain.audit;

import java.util.Objects;

/** Whether the audit chain is whole, as {@link AuditChain.Walk} finds it. */
public sealed interface ChainVerdict {

  /**
   * Every chained event is present, unchanged and in its place.
   *
   * @param events how many chained events were checked
   */
  record Whole(long events) implements ChainVerdict {}

  /**
   * The chain breaks at {@code position}: an event there is missing, or it or the one before it was
   * changed.
   *
   * @param position the first position at which the chain does not hold
   * @param problem what was found there, in words; names no content
   */
  record Broken(long position, String problem) implements ChainVerdict {
    /**
     * A break.
     *
     * @throws NullPointerException if {@code problem} is null
     */
    public Broken {
      Objects.requireNonNull(problem, "problem must not be null");
    }
  }
}
