package org.confide.adapter.web.security;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * A sign-in through the organisation's identity provider that still waits for the member's code
 * from their authenticator app: the email address the provider verified, sealed (AES-GCM, under a
 * key derived from the {@link FormKey}, so every node opens what another sealed) in a short-lived
 * cookie of the browser that signed in. It cannot be read or made by anyone else, and it is good
 * for {@link #LIFETIME} only.
 */
public final class PendingSignIns {

  /** How long a member has to type the code once the provider has sent them back. */
  public static final Duration LIFETIME = Duration.ofMinutes(5);

  private static final java.util.regex.Pattern BASE64_URL =
      java.util.regex.Pattern.compile(
          "(?:[A-Za-z0-9_-]{4})*(?:[A-Za-z0-9_-]{2}(?:==)?|[A-Za-z0-9_-]{3}=?)?");
  private static final int NONCE_BYTES = 12;
  private static final int TAG_BITS = 128;

  private final SecretKeySpec key;
  private final Clock clock;
  private final SecureRandom random = new SecureRandom();

  public PendingSignIns(FormKey formKey, Clock clock) {
    this.key = new SecretKeySpec(derive(formKey.bytes()), "AES");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** The cookie value that holds {@code email} for {@link #LIFETIME} from now. */
  public String seal(String email) {
    var expires = clock.instant().plus(LIFETIME).getEpochSecond();
    var text = (expires + "\n" + email).getBytes(StandardCharsets.UTF_8);
    var nonce = new byte[NONCE_BYTES];
    random.nextBytes(nonce);
    try {
      var cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
      var sealed = cipher.doFinal(text);
      var out = ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed);
      return Base64.getUrlEncoder().withoutPadding().encodeToString(out.array());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM is part of every JDK", e);
    }
  }

  /** The email address in {@code cookie}, if this server sealed it and it has not expired. */
  public Optional<String> open(String cookie) {
    // Not base64url (padded or not) is not a sign-in of ours: judged before decoding, so that no
    // decoder exception stands for an answer.
    if (cookie == null || cookie.length() > 2048 || !BASE64_URL.matcher(cookie).matches()) {
      return Optional.empty();
    }
    var bytes = Base64.getUrlDecoder().decode(cookie);
    if (bytes.length <= NONCE_BYTES) {
      return Optional.empty();
    }
    String text;
    try {
      var cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, bytes, 0, NONCE_BYTES));
      text =
          new String(
              cipher.doFinal(bytes, NONCE_BYTES, bytes.length - NONCE_BYTES),
              StandardCharsets.UTF_8);
    } catch (GeneralSecurityException e) {
      // Altered, or sealed under another key: not a sign-in of ours.
      return Optional.empty();
    }
    // Sealed by this class as "<expiry in epoch seconds>\n<email>", so it always reads.
    var split = text.indexOf('\n');
    var expires = Long.parseLong(text.substring(0, split));
    return clock.instant().getEpochSecond() < expires
        ? Optional.of(text.substring(split + 1))
        : Optional.empty();
  }

  private static byte[] derive(byte[] formKey) {
    try {
      var mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(formKey, "HmacSHA256"));
      return mac.doFinal("confide single sign-on pending code".getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HMAC-SHA-256 is part of every JDK", e);
    }
  }
}
