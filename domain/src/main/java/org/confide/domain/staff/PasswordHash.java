package org.confide.domain.staff;

import java.util.Objects;

/**
 * A password hash in its encoded form (algorithm, parameters, salt and hash together), opaque to
 * the domain. Never printed.
 *
 * @param encoded the hash as the password hasher encodes it (Confide's is an Argon2id string): not
 *     blank, at most 512 characters
 */
public record PasswordHash(String encoded) {

  /**
   * A hash.
   *
   * @throws IllegalArgumentException if it is blank or longer than 512 characters
   */
  public PasswordHash {
    Objects.requireNonNull(encoded, "password hash must not be null");
    if (encoded.isBlank() || encoded.length() > 512) {
      throw new IllegalArgumentException("password hash must be 1 to 512 characters");
    }
  }

  @Override
  public String toString() {
    return "PasswordHash[hidden]";
  }
}
