package org.confide.domain.report;

import java.util.Objects;

/**
 * Whether the organisation knows who reported. Anonymous may become named, when the reporter
 * chooses; never the reverse, because once shared, contact details cannot be unknown again.
 */
public sealed interface Anonymity {

  /** Whether this is {@link Anonymous}. */
  default boolean isAnonymous() {
    return this instanceof Anonymous;
  }

  /** We do not know who reported. */
  record Anonymous() implements Anonymity {}

  /** The reporter gave contact details. */
  record Named(ContactDetails contact) implements Anonymity {
    public Named {
      Objects.requireNonNull(contact, "contact must not be null");
    }
  }

  /** Anonymous: we do not know who reported. */
  static Anonymity anonymous() {
    return new Anonymous();
  }

  /** Named, with these details. */
  static Anonymity named(ContactDetails contact) {
    return new Named(contact);
  }
}
