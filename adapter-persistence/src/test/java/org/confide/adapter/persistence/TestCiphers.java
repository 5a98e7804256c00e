package org.confide.adapter.persistence;

import java.security.SecureRandom;
import java.util.Map;

/** Ciphers for tests: a fresh random key each time. */
final class TestCiphers {

  private TestCiphers() {}

  static FieldCipher random() {
    var random = new SecureRandom();
    var key = new byte[32];
    random.nextBytes(key);
    return new FieldCipher(Map.of(1, key), 1, random);
  }
}
