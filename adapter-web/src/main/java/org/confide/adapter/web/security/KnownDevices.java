package org.confide.adapter.web.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The known-device cookie of staff sign-in: a browser that has signed in to an account with its
 * password and second factor is given a random device id, bound to that account by an HMAC under
 * the {@link FormKey} (so every node recognises every node's devices) and good for {@value #DAYS}
 * days from its last sign-in there. Its tries then have a throttle budget of their own ({@link
 * Guard#passwordTry}), so that a flood of wrong passwords from elsewhere does not lock the member
 * out of their own device.
 *
 * <p>The value is {@code expiry.id.mac}. Only this server can make one, and one made for another
 * account, or expired, or altered, is not recognised, and its tries share the account's budget as
 * any unknown browser's do. The id is never stored or logged: the throttle holds only a keyed
 * digest of it.
 */
public final class KnownDevices {

  static final int DAYS = 180;
  public static final Duration LIFETIME = Duration.ofDays(DAYS);

  private static final String ALGORITHM = "HmacSHA256";
  private static final Pattern VALUE =
      Pattern.compile("(\\d{1,12})\\.([A-Za-z0-9_-]{32})\\.([A-Za-z0-9_-]{43})");

  private final SecretKeySpec key;
  private final Clock clock;
  private final SecureRandom random = new SecureRandom();

  public KnownDevices(FormKey key, Clock clock) {
    this.key = new SecretKeySpec(key.bytes(), ALGORITHM);
    this.clock = clock;
  }

  /**
   * The device id in {@code cookie}, if this server made it for the account of {@code email} and it
   * has not expired.
   */
  public Optional<String> recognise(String email, String cookie) {
    if (cookie == null) {
      return Optional.empty();
    }
    var parts = VALUE.matcher(cookie);
    if (!parts.matches()) {
      return Optional.empty();
    }
    var expires = parts.group(1);
    var id = parts.group(2);
    boolean current = clock.instant().getEpochSecond() < Long.parseLong(expires);
    boolean genuine =
        MessageDigest.isEqual(
            mac(account(email), id, expires).getBytes(StandardCharsets.US_ASCII),
            parts.group(3).getBytes(StandardCharsets.US_ASCII));
    return genuine && current ? Optional.of(id) : Optional.empty();
  }

  /**
   * The cookie value that makes this browser a known device of the account of {@code email} for
   * {@value #DAYS} days from now: {@code device}, if it already was one, else a new id.
   */
  public String remember(String email, Optional<String> device) {
    var id = device.orElseGet(this::newId);
    var expires = Long.toString(clock.instant().plus(LIFETIME).getEpochSecond());
    return expires + "." + id + "." + mac(account(email), id, expires);
  }

  private static String account(String email) {
    return email.strip().toLowerCase(Locale.ROOT);
  }

  private String newId() {
    var bytes = new byte[24];
    random.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  private String mac(String account, String id, String expires) {
    try {
      var mac = Mac.getInstance(ALGORITHM);
      mac.init(key);
      for (var part : new String[] {"known device", account, id}) {
        mac.update(part.getBytes(StandardCharsets.UTF_8));
        mac.update((byte) 0);
      }
      var digest = mac.doFinal(expires.getBytes(StandardCharsets.UTF_8));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
    }
  }
}
