package org.confide.adapter.persistence;

import java.security.SecureRandom;
import java.util.Map;

/**
 * The one way tests build a {@link FieldCipher}: one current key, number 1. {@code
 * FieldCipherTest}, which tests the constructor itself, is the only other.
 */
public final class TestCiphers {

  private TestCiphers() {}

  /** A cipher under a fresh random key, as a test of a sealing adapter needs. */
  public static FieldCipher random() {
    var key = new byte[32];
    new SecureRandom().nextBytes(key);
    return withKey(key);
  }

  /** A cipher under {@code key} (32 bytes), for a test that opens the same data twice. */
  public static FieldCipher withKey(byte[] key) {
    return new FieldCipher(Map.of(1, key), 1, new SecureRandom());
  }
}
