package org.confide.domain.staff;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.confide.domain.shared.EmailForm;

/** A staff member's email address, their login name; stored in lower case. */
public record EmailAddress(String value) {

  public EmailAddress {
    Objects.requireNonNull(value, "email must not be null");
    value = value.strip().toLowerCase(Locale.ROOT);
    if (!EmailForm.isWellFormed(value)) {
      throw new IllegalArgumentException("email must be an address like name@example.ac.uk");
    }
  }

  /** Whether {@code text} would make a valid address. */
  public static boolean isValid(String text) {
    return text != null && EmailForm.isWellFormed(text.strip());
  }

  /** The address in {@code text} as typed, if it is one. */
  public static Optional<EmailAddress> read(String text) {
    return isValid(text) ? Optional.of(new EmailAddress(text)) : Optional.empty();
  }

  /** Shorthand for {@code new EmailAddress(value)}. */
  public static EmailAddress of(String value) {
    return new EmailAddress(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
