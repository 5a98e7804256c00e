package org.confide.application.crypto;

import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Locale;
import java.util.OptionalLong;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Time-based one-time passwords as authenticator apps make them (RFC 6238 over RFC 4226):
 * HMAC-SHA-1, 30-second steps, 6 digits. A code is accepted one step either side of now, for clocks
 * that disagree a little.
 */
public final class Totp {

  /** Seconds in one step. */
  public static final int STEP_SECONDS = 30;

  /** Digits in a code. */
  public static final int DIGITS = 6;

  private static final int MODULUS = 1_000_000;
  private static final String BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

  private Totp() {}

  /**
   * The step an instant falls in.
   *
   * @param at the instant
   * @return whole 30-second steps since the Unix epoch
   */
  public static long step(Instant at) {
    return Math.floorDiv(at.getEpochSecond(), STEP_SECONDS);
  }

  /**
   * The code an authenticator app shows during one step.
   *
   * @param secret the shared secret's bytes
   * @param step the step, from {@link #step}
   * @return six digits, leading zeros kept
   */
  public static String code(byte[] secret, long step) {
    try {
      var mac = Mac.getInstance("HmacSHA1");
      mac.init(new SecretKeySpec(secret, "HmacSHA1"));
      var hash = mac.doFinal(ByteBuffer.allocate(Long.BYTES).putLong(step).array());
      int offset = hash[hash.length - 1] & 0x0f;
      int binary =
          ((hash[offset] & 0x7f) << 24)
              | ((hash[offset + 1] & 0xff) << 16)
              | ((hash[offset + 2] & 0xff) << 8)
              | (hash[offset + 3] & 0xff);
      return String.format(Locale.ROOT, "%06d", binary % MODULUS);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HMAC-SHA-1 is not available in this JDK", e);
    }
  }

  /**
   * The step whose code {@code typed} is, within one step of {@code at}; empty when it is none of
   * them. Every candidate is compared, in constant time, whatever matches.
   *
   * @param secret the shared secret's bytes
   * @param typed the code as typed; spaces allowed
   * @param at now
   * @return the matching step, to record so the code is not used twice; empty if none matches
   */
  public static OptionalLong matchingStep(byte[] secret, String typed, Instant at) {
    if (!looksLikeCode(typed)) {
      return OptionalLong.empty();
    }
    var given = digitsOf(typed).getBytes(StandardCharsets.US_ASCII);
    var now = step(at);
    var found = OptionalLong.empty();
    for (long step = now - 1; step <= now + 1; step++) {
      if (MessageDigest.isEqual(code(secret, step).getBytes(StandardCharsets.US_ASCII), given)
          && found.isEmpty()) {
        found = OptionalLong.of(step);
      }
    }
    return found;
  }

  /**
   * Whether text has the shape of a code, to tell it from a recovery code.
   *
   * @param typed the text as typed, or null
   * @return true for six digits, spaces allowed
   */
  public static boolean looksLikeCode(String typed) {
    return typed != null && digitsOf(typed).matches("[0-9]{" + DIGITS + "}");
  }

  private static String digitsOf(String typed) {
    return typed.replaceAll("[\\s-]", "");
  }

  /**
   * The secret in base32 (RFC 4648, no padding), as authenticator apps take it typed in.
   *
   * @param secret the secret's bytes
   * @return upper-case base32
   */
  public static String base32(byte[] secret) {
    var out = new StringBuilder();
    int buffer = 0;
    int bits = 0;
    for (byte b : secret) {
      buffer = (buffer << 8) | (b & 0xff);
      bits += 8;
      while (bits >= 5) {
        out.append(BASE32.charAt((buffer >> (bits - 5)) & 31));
        bits -= 5;
      }
    }
    if (bits > 0) {
      out.append(BASE32.charAt((buffer << (5 - bits)) & 31));
    }
    return out.toString();
  }

  /**
   * The secret back from its base32 form.
   *
   * @param text base32, in any case, spaces and padding ignored
   * @return the secret's bytes
   * @throws IllegalArgumentException if a character is not base32
   */
  public static byte[] fromBase32(String text) {
    var clean = text.replaceAll("[\\s=]", "").toUpperCase(Locale.ROOT);
    var out = new ByteArrayOutputStream();
    int buffer = 0;
    int bits = 0;
    for (char c : clean.toCharArray()) {
      int value = BASE32.indexOf(c);
      if (value < 0) {
        throw new IllegalArgumentException("not base32: " + c);
      }
      buffer = (buffer << 5) | value;
      bits += 5;
      if (bits >= 8) {
        out.write((buffer >> (bits - 8)) & 0xff);
        bits -= 8;
      }
    }
    return out.toByteArray();
  }

  /**
   * The {@code otpauth://} link a QR code carries, naming the account by {@code accountName} under
   * {@code issuer}.
   *
   * @param secret the secret's bytes
   * @param issuer the organisation, as the app shows it
   * @param accountName the member's account, as the app shows it
   * @return the {@code otpauth://totp/...} link, its parts percent-encoded
   */
  public static String uri(byte[] secret, String issuer, String accountName) {
    var label = encode(issuer) + ":" + encode(accountName);
    return "otpauth://totp/"
        + label
        + "?secret="
        + base32(secret)
        + "&issuer="
        + encode(issuer)
        + "&algorithm=SHA1&digits="
        + DIGITS
        + "&period="
        + STEP_SECONDS;
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
