package org.confide.domain.staff;

import java.util.Objects;

/**
 * A password hash in its encoded form (algorithm, parameters, salt and hash together), opaque to
 * the domain. Never printed.
 */
public record PasswordHash(String encoded) {

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
