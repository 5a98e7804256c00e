package org.confide.bootstrap;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The server's secret, kept in a file outside the database, and the keys derived from it: one to
 * seal report content at rest, one to digest access codes and idempotency keys, one to make the
 * pages' form tokens. Lose the file and stored reports can no longer be read, which is why it is
 * created once, with one clear log line, and never overwritten.
 */
public final class ServerKeys {

  private static final Logger LOG = LoggerFactory.getLogger(ServerKeys.class);
  private static final int SECRET_BYTES = 32;

  // Kept, so that the content key of any number can be derived when a rotation asks for it.
  private final byte[] secret;
  private final byte[] digestKey;
  private final byte[] formKey;
  private final byte[] managementKey;

  private ServerKeys(byte[] secret) {
    this.secret = secret.clone();
    this.digestKey = derive(secret, "confide digest key v1");
    this.formKey = derive(secret, "confide form key v1");
    this.managementKey = derive(secret, "confide management key v1");
  }

  /**
   * Reads the secret from {@code file}, creating it (readable by its owner only) if it does not
   * exist. Throws {@link IllegalStateException} with a clear message when the file is unusable.
   */
  public static ServerKeys loadOrCreate(Path file, SecureRandom random) {
    try {
      if (Files.notExists(file)) {
        create(file, random);
      }
      return load(file);
    } catch (IOException e) {
      throw new IllegalStateException("The secret key file " + file + " cannot be read", e);
    }
  }

  /**
   * Reads the secret from {@code file}, which must exist: for the operator's commands, which must
   * never create a secret of their own. Throws {@link IllegalStateException} with a clear message
   * when the file is missing or unusable.
   */
  public static ServerKeys load(Path file) {
    if (Files.notExists(file)) {
      throw new IllegalStateException(
          "The secret key file " + file + " does not exist (CONFIDE_SECRET_KEY_FILE)");
    }
    try {
      var text = Files.readString(file, StandardCharsets.US_ASCII).strip();
      byte[] secret;
      try {
        secret = HexFormat.of().parseHex(text);
      } catch (IllegalArgumentException e) {
        throw new IllegalStateException(
            "The secret key file " + file + " does not hold a hexadecimal key");
      }
      if (secret.length < SECRET_BYTES) {
        throw new IllegalStateException(
            "The secret key file " + file + " must hold at least " + SECRET_BYTES + " bytes");
      }
      var keys = new ServerKeys(secret);
      Arrays.fill(secret, (byte) 0);
      return keys;
    } catch (IOException e) {
      throw new IllegalStateException("The secret key file " + file + " cannot be read", e);
    }
  }

  /**
   * Keys that live only as long as the process: for the in-memory store, where nothing persists.
   */
  public static ServerKeys random(SecureRandom random) {
    var secret = new byte[SECRET_BYTES];
    random.nextBytes(secret);
    var keys = new ServerKeys(secret);
    Arrays.fill(secret, (byte) 0);
    return keys;
  }

  private static void create(Path file, SecureRandom random) throws IOException {
    var secret = new byte[SECRET_BYTES];
    random.nextBytes(secret);
    var parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    try {
      Files.writeString(
          file, HexFormat.of().formatHex(secret) + "\n", StandardOpenOption.CREATE_NEW);
    } catch (FileAlreadyExistsException e) {
      return; // Another node created it first: use theirs.
    } finally {
      Arrays.fill(secret, (byte) 0);
    }
    try {
      Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
    } catch (UnsupportedOperationException e) {
      // Not a POSIX file system; the deployer protects the directory instead.
    }
    LOG.info(
        "Created a new secret key file at {}. Back it up: without it, stored reports cannot be"
            + " read.",
        file);
  }

  /**
   * The 32-byte content key numbered {@code id} (1 to 255), which report content is sealed under
   * while it is current: derived from the secret by its number, so that every node holding the
   * secret key file holds every key a rotation adds, and no key is ever stored. Key 1 is the one
   * every value was sealed under before rotations existed.
   */
  public byte[] contentKey(int id) {
    if (id < 1 || id > 255) {
      throw new IllegalArgumentException("content key ids are 1 to 255, was " + id);
    }
    return derive(secret, "confide content key v" + id);
  }

  /** The 32-byte key access codes and idempotency keys are digested under. */
  public byte[] digestKey() {
    return digestKey.clone();
  }

  /**
   * The 32-byte key an operator's command shows the management server, proving it can read the
   * secret key file (as the service's own account can).
   */
  public byte[] managementKey() {
    return managementKey.clone();
  }

  /** The 32-byte key the pages' form tokens are made under (the same on every node). */
  public byte[] formKey() {
    return formKey.clone();
  }

  private static byte[] derive(byte[] secret, String purpose) {
    try {
      var mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret, "HmacSHA256"));
      return mac.doFinal(purpose.getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HMAC-SHA-256 is not available in this JDK", e);
    }
  }

  @Override
  public String toString() {
    return "ServerKeys[hidden]";
  }
}
