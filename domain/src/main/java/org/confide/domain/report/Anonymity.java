package org.confide.domain.report;

import java.util.Objects;

/**
 * Whether the organisation knows who reported. Anonymous may become named, when the reporter
 * chooses; never the reverse, because once shared, contact details cannot be unknown again.
 */
public sealed interface Anonymity {

  /**
   * Whether this is {@link Anonymous}.
   *
   * @return true if we do not know who reported
   */
  default boolean isAnonymous() {
    return this instanceof Anonymous;
  }

  /** We do not know who reported. */
  record Anonymous() implements Anonymity {}

  /**
   * The reporter gave contact details.
   *
   * @param contact how to reach them
   */
  record Named(ContactDetails contact) implements Anonymity {
    /**
     * Named, with these details.
     *
     * @throws NullPointerException if {@code contact} is null
     */
    public Named {
      Objects.requireNonNull(contact, "contact must not be null");
    }
  }

  /**
   * Anonymous: we do not know who reported.
   *
   * @return an {@link Anonymous}, equal to every other
   */
  static Anonymity anonymous() {
    return new Anonymous();
  }

  /**
   * Named, with these details.
   *
   * @param contact how to reach the reporter
   * @return a {@link Named}
   */
  static Anonymity named(ContactDetails contact) {
    return new Named(contact);
  }
}
