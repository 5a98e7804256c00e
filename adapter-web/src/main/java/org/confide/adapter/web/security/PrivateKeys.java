package org.confide.adapter.web.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Turns a network address or an email into a throttle key: an HMAC under a random key made when the
 * process starts and never stored. Even a heap dump holds no address, and the keys mean nothing
 * after a restart.
 */
final class PrivateKeys {

  private static final String ALGORITHM = "HmacSHA256";

  private final SecretKeySpec key;

  PrivateKeys(SecureRandom random) {
    var bytes = new byte[32];
    random.nextBytes(bytes);
    this.key = new SecretKeySpec(bytes, ALGORITHM);
  }

  /** The key for {@code text} within {@code purpose}, so the same text differs between purposes. */
  String of(String purpose, String text) {
    try {
      var mac = Mac.getInstance(ALGORITHM);
      mac.init(key);
      mac.update(purpose.getBytes(StandardCharsets.UTF_8));
      mac.update((byte) 0);
      var digest = mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
    }
  }
}
