package org.confide.application.port.out;

import org.confide.domain.staff.PasswordHash;

/** Slow, salted password hashing for staff accounts. */
public interface PasswordHashing {

  /** A new salted hash of {@code password}. */
  PasswordHash hash(char[] password);

  /**
   * Whether {@code password} matches {@code hash}, compared in constant time. A hash in an unknown
   * format does not match.
   */
  boolean matches(char[] password, PasswordHash hash);
}
