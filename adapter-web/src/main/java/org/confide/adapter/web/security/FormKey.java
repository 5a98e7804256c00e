package org.confide.adapter.web.security;

import java.security.SecureRandom;
import java.util.Objects;

/**
 * The secret form tokens are derived under. Every node serving one organisation must hold the same
 * one (the server derives it from its secret key file), so that a form one node rendered is
 * accepted by another.
 */
public final class FormKey {

  private static final int BYTES = 32;

  private final byte[] key;

  private FormKey(byte[] key) {
    this.key = key.clone();
  }

  /** The key {@code bytes} (32 or more), copied. */
  public static FormKey of(byte[] bytes) {
    Objects.requireNonNull(bytes, "bytes must not be null");
    if (bytes.length < BYTES) {
      throw new IllegalArgumentException("a form key needs at least " + BYTES + " bytes");
    }
    return new FormKey(bytes);
  }

  /** A key that lives as long as the process: for one node, or for tests. */
  public static FormKey random(SecureRandom random) {
    var bytes = new byte[BYTES];
    random.nextBytes(bytes);
    return new FormKey(bytes);
  }

  byte[] bytes() {
    return key.clone();
  }

  @Override
  public String toString() {
    return "FormKey[hidden]";
  }
}
