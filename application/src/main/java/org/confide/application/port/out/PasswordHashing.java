package org.confide.application.port.out;

import org.confide.domain.staff.PasswordHash;

/** Slow, salted password hashing for staff accounts. */
public interface PasswordHashing {

  /**
   * A new salted hash.
   *
   * @param password the password; the caller wipes it
   * @return the hash in its encoded form, salt and cost included
   */
  PasswordHash hash(char[] password);

  /**
   * Whether {@code password} matches {@code hash}, compared in constant time. A hash in an unknown
   * format does not match.
   *
   * @param password the password as typed; the caller wipes it
   * @param hash the stored hash
   * @return true if they match
   */
  boolean matches(char[] password, PasswordHash hash);
}
