package org.confide.application.crypto;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;
import java.util.concurrent.Semaphore;
import java.util.regex.Pattern;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;
import org.confide.application.port.out.PasswordHashing;
import org.confide.domain.staff.PasswordHash;

/**
 * Argon2id password hashing in the PHC string format ({@code $argon2id$v=19$m=...,t=...,p=...$
 * salt$hash}). Each hash takes tens of megabytes of memory, so at most one hash per core runs at
 * once: a burst of logins queues instead of exhausting the heap.
 */
public final class Argon2idPasswords implements PasswordHashing {

  private static final Pattern PHC =
      Pattern.compile(
          "\\$argon2id\\$v=19\\$m=(\\d{1,7}),t=(\\d{1,2}),p=(\\d{1,2})\\$([A-Za-z0-9+/]+)\\$([A-Za-z0-9+/]+)");
  private static final int SALT_BYTES = 16;
  private static final int HASH_BYTES = 32;

  private final Parameters parameters;
  private final SecureRandom random;
  private final Semaphore running;

  /**
   * Argon2id cost.
   *
   * @param memoryKib memory per hash, in KiB: at least 8 per lane, at most 4 GiB
   * @param iterations passes over the memory, 1 to 99
   * @param parallelism lanes, 1 to 16
   */
  public record Parameters(int memoryKib, int iterations, int parallelism) {
    /**
     * Checks the bounds.
     *
     * @throws IllegalArgumentException if a parameter is out of its bounds
     */
    public Parameters {
      if (memoryKib < 8 * parallelism || memoryKib > 4_194_304) {
        throw new IllegalArgumentException("memory must be 8 KiB per lane to 4 GiB");
      }
      if (iterations < 1 || iterations > 99 || parallelism < 1 || parallelism > 16) {
        throw new IllegalArgumentException("iterations 1..99 and parallelism 1..16");
      }
    }

    /** {@return OWASP's recommended minimum: 19 MiB, 2 iterations, 1 lane} */
    public static Parameters owasp() {
      return new Parameters(19_456, 2, 1);
    }

    /** {@return cheap parameters (64 KiB, 1 iteration) for tests only; never for a deployment} */
    public static Parameters forTestsOnly() {
      return new Parameters(64, 1, 1);
    }
  }

  /**
   * Hashing at one cost. At most as many hashes run at once as there are processors; more wait, so
   * a burst of sign-ins cannot take all memory.
   *
   * @param parameters the cost of new hashes; stored hashes are checked at their own cost
   * @param random the source of salts
   */
  public Argon2idPasswords(Parameters parameters, SecureRandom random) {
    this.parameters = Objects.requireNonNull(parameters, "parameters must not be null");
    this.random = Objects.requireNonNull(random, "random must not be null");
    this.running = new Semaphore(Math.max(1, Runtime.getRuntime().availableProcessors()), true);
  }

  @Override
  public PasswordHash hash(char[] password) {
    var salt = new byte[SALT_BYTES];
    random.nextBytes(salt);
    var hash = derive(password, salt, parameters, HASH_BYTES);
    var b64 = Base64.getEncoder().withoutPadding();
    return new PasswordHash(
        "$argon2id$v=19$m=%d,t=%d,p=%d$%s$%s"
            .formatted(
                parameters.memoryKib(),
                parameters.iterations(),
                parameters.parallelism(),
                b64.encodeToString(salt),
                b64.encodeToString(hash)));
  }

  @Override
  public boolean matches(char[] password, PasswordHash stored) {
    var matcher = PHC.matcher(stored.encoded());
    if (!matcher.matches()) {
      return false;
    }
    Parameters storedParameters;
    byte[] salt;
    byte[] expected;
    try {
      storedParameters =
          new Parameters(
              Integer.parseInt(matcher.group(1)),
              Integer.parseInt(matcher.group(2)),
              Integer.parseInt(matcher.group(3)));
      salt = Base64.getDecoder().decode(matcher.group(4));
      expected = Base64.getDecoder().decode(matcher.group(5));
    } catch (IllegalArgumentException e) {
      return false;
    }
    if (expected.length < 16) {
      return false;
    }
    var actual = derive(password, salt, storedParameters, expected.length);
    return MessageDigest.isEqual(expected, actual);
  }

  /**
   * Whether a stored hash should be replaced at the next sign-in.
   *
   * @param stored a stored hash
   * @return true if it is not a hash this class reads, or was made with less memory or fewer
   *     iterations than the current parameters
   */
  public boolean needsRehash(PasswordHash stored) {
    var matcher = PHC.matcher(stored.encoded());
    return !matcher.matches()
        || Integer.parseInt(matcher.group(1)) < parameters.memoryKib()
        || Integer.parseInt(matcher.group(2)) < parameters.iterations();
  }

  private byte[] derive(char[] password, byte[] salt, Parameters cost, int length) {
    var encoded = StandardCharsets.UTF_8.encode(CharBuffer.wrap(password));
    var bytes = new byte[encoded.remaining()];
    encoded.get(bytes);
    clear(encoded);
    var generator = new Argon2BytesGenerator();
    generator.init(
        new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
            .withVersion(Argon2Parameters.ARGON2_VERSION_13)
            .withMemoryAsKB(cost.memoryKib())
            .withIterations(cost.iterations())
            .withParallelism(cost.parallelism())
            .withSalt(salt)
            .build());
    var out = new byte[length];
    running.acquireUninterruptibly();
    try {
      generator.generateBytes(bytes, out);
    } finally {
      running.release();
      Arrays.fill(bytes, (byte) 0);
    }
    return out;
  }

  private static void clear(ByteBuffer buffer) {
    if (buffer.hasArray()) {
      Arrays.fill(buffer.array(), (byte) 0);
    }
  }

  @Override
  public String toString() {
    return "Argon2idPasswords[" + parameters + "]";
  }
}
