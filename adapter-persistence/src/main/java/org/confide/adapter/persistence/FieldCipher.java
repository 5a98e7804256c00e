package org.confide.adapter.persistence;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.Provider;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntFunction;
import java.util.function.IntSupplier;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts report text, messages, notes and contact details before they reach the database:
 * AES-256-GCM with a fresh 96-bit nonce for every value, under a key that lives outside the
 * database. Each value carries the id of its key, so keys can rotate: new values use the current
 * key, old ones still open with theirs. The caller binds each value to where it is stored (for
 * example {@code "report.account:K7M2Q9XF3A"}), so a value copied into another row does not open.
 *
 * <p>Layout: {@code version(1) | keyId(1) | nonce(12) | ciphertext and 128-bit tag}.
 */
public final class FieldCipher {

  private static final byte VERSION = 1;
  private static final int NONCE_BYTES = 12;
  private static final int TAG_BITS = 128;
  private static final int KEY_BYTES = 32;
  private static final String AES_GCM = "AES/GCM/NoPadding";
  // Found once: asking every provider for AES-GCM on every value cost more than the cipher.
  private static final Provider PROVIDER = provider();

  // At most this many ciphers wait between uses; more are made when more run at once.
  private static final int IDLE_CIPHERS = 32;

  // Keys made from their raw bytes once, as they are first asked for.
  private final Map<Integer, SecretKey> made = new ConcurrentHashMap<>();
  // Ciphers made once and used again: making one (Cipher.getInstance) cost as much as sealing a
  // report's text, and one used again under the same key skips expanding the key. A cipher is
  // taken by one thread at a time and initialised afresh for every value, with a fresh nonce for
  // every seal; one that failed is dropped rather than given back.
  private final BlockingQueue<Cipher> idle = new ArrayBlockingQueue<>(IDLE_CIPHERS);
  private final IntFunction<byte[]> keys;
  private final IntSupplier currentKeyId;
  private final SecureRandom random;

  /**
   * A cipher with a fixed set of keys.
   *
   * @param keys raw 32-byte keys by id (0 to 255)
   * @param currentKeyId the id of the key new values are sealed with
   * @param random the source of nonces
   */
  public FieldCipher(Map<Integer, byte[]> keys, int currentKeyId, SecureRandom random) {
    this(fixed(keys, currentKeyId), () -> currentKeyId, random);
  }

  /**
   * A cipher whose current key may change while it runs (a rotation, {@link ContentKeys}): each
   * value is sealed under the key {@code currentKeyId} names at that moment, and opened under the
   * key its own id names.
   *
   * @param keys the raw 32-byte key of an id (0 to 255), or null when there is none
   * @param currentKeyId the id of the key new values are sealed with, asked at every seal
   * @param random the source of nonces
   */
  public FieldCipher(IntFunction<byte[]> keys, IntSupplier currentKeyId, SecureRandom random) {
    this.keys = Objects.requireNonNull(keys, "keys must not be null");
    this.currentKeyId = Objects.requireNonNull(currentKeyId, "currentKeyId must not be null");
    this.random = Objects.requireNonNull(random, "random must not be null");
  }

  private static IntFunction<byte[]> fixed(Map<Integer, byte[]> keys, int currentKeyId) {
    Objects.requireNonNull(keys, "keys must not be null");
    var copy = new TreeMap<Integer, byte[]>();
    keys.forEach((id, raw) -> {
      if (id < 0 || id > 255) {
        throw new IllegalArgumentException("key id must be 0 to 255, was " + id);
      }
      if (raw == null || raw.length != KEY_BYTES) {
        throw new IllegalArgumentException("key " + id + " must be 32 bytes (AES-256)");
      }
      copy.put(id, raw.clone());
    });
    if (!copy.containsKey(currentKeyId)) {
      throw new IllegalArgumentException("current key id " + currentKeyId + " has no key");
    }
    return copy::get;
  }

  /** The key numbered {@code id}, or empty when this cipher holds none by that number. */
  private Optional<SecretKey> key(int id) {
    if (id < 0 || id > 255) {
      return Optional.empty();
    }
    var key = made.get(id);
    if (key != null) {
      return Optional.of(key);
    }
    var raw = keys.apply(id);
    if (raw == null) {
      return Optional.empty();
    }
    if (raw.length != KEY_BYTES) {
      throw new IllegalStateException("key " + id + " must be 32 bytes (AES-256)");
    }
    return Optional.of(made.computeIfAbsent(id, any -> new SecretKeySpec(raw, "AES")));
  }

  /** Seals {@code plaintext}, bound to {@code context}. */
  public byte[] seal(String plaintext, String context) {
    Objects.requireNonNull(plaintext, "plaintext must not be null");
    int keyId = currentKeyId.getAsInt();
    var key =
        key(keyId)
            .orElseThrow(() -> new IllegalStateException("current key " + keyId + " is not held"));
    var nonce = new byte[NONCE_BYTES];
    random.nextBytes(nonce);
    var plain = plaintext.getBytes(StandardCharsets.UTF_8);
    try {
      var cipher = taken();
      cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
      cipher.updateAAD(associatedData(keyId, context));
      // Written straight after the header and the nonce, rather than copied there.
      var sealed = new byte[2 + NONCE_BYTES + cipher.getOutputSize(plain.length)];
      sealed[0] = VERSION;
      sealed[1] = (byte) keyId;
      System.arraycopy(nonce, 0, sealed, 2, NONCE_BYTES);
      int written = cipher.doFinal(plain, 0, plain.length, sealed, 2 + NONCE_BYTES);
      givenBack(cipher);
      return written == sealed.length - 2 - NONCE_BYTES
          ? sealed
          : Arrays.copyOf(sealed, 2 + NONCE_BYTES + written);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM is not available in this JDK", e);
    }
  }

  /** An idle cipher, or a new one when none is idle. */
  private Cipher taken() throws GeneralSecurityException {
    var cipher = idle.poll();
    return cipher != null ? cipher : Cipher.getInstance(AES_GCM, PROVIDER);
  }

  /** Keeps {@code cipher} for another value, unless enough are idle already. */
  private void givenBack(Cipher cipher) {
    idle.offer(cipher);
  }

  /** The id of the key {@code sealed} was sealed under (its second byte). */
  static int keyIdOf(byte[] sealed) {
    if (sealed.length < 2 || sealed[0] != VERSION) {
      throw new IllegalStateException("stored value is not a sealed value of this version");
    }
    return Byte.toUnsignedInt(sealed[1]);
  }

  /**
   * Opens a value sealed for {@code context}. Throws {@link IllegalStateException} when it was
   * tampered with, sealed for another place, or sealed under a key this cipher does not hold.
   */
  public String open(byte[] sealed, String context) {
    Objects.requireNonNull(sealed, "sealed value must not be null");
    if (sealed.length < 2 + NONCE_BYTES + TAG_BITS / 8 || sealed[0] != VERSION) {
      throw new IllegalStateException("stored value is not a sealed value of this version");
    }
    int keyId = Byte.toUnsignedInt(sealed[1]);
    var key =
        key(keyId)
            .orElseThrow(() ->
                new IllegalStateException(
                    "stored value was sealed under key " + keyId + ", not held"));
    try {
      var cipher = taken();
      cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, sealed, 2, NONCE_BYTES));
      cipher.updateAAD(associatedData(keyId, context));
      var plain = cipher.doFinal(sealed, 2 + NONCE_BYTES, sealed.length - 2 - NONCE_BYTES);
      givenBack(cipher);
      return new String(plain, StandardCharsets.UTF_8);
    } catch (AEADBadTagException e) {
      throw new IllegalStateException("stored value failed its integrity check", e);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM is not available in this JDK", e);
    }
  }

  private static byte[] associatedData(int keyId, String context) {
    Objects.requireNonNull(context, "context must not be null");
    return (VERSION + ":" + keyId + ":" + context).getBytes(StandardCharsets.UTF_8);
  }

  @Override
  public String toString() {
    return "FieldCipher[current key " + currentKeyId.getAsInt() + "]";
  }

  private static Provider provider() {
    try {
      return Cipher.getInstance(AES_GCM).getProvider();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM is not available in this JDK", e);
    }
  }
}
