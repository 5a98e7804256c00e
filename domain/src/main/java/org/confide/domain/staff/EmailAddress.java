package org.confide.domain.staff;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.confide.domain.shared.EmailForm;

/**
 * A staff member's email address, their login name; stored in lower case.
 *
 * @param value the address, trimmed and in lower case
 */
public record EmailAddress(String value) {

  /**
   * An address; trims it and folds it to lower case.
   *
   * @throws IllegalArgumentException if it is not a well-formed address
   */
  public EmailAddress {
    Objects.requireNonNull(value, "email must not be null");
    value = value.strip().toLowerCase(Locale.ROOT);
    if (!EmailForm.isWellFormed(value)) {
      throw new IllegalArgumentException("email must be an address like name@example.ac.uk");
    }
  }

  /**
   * Whether {@code text} would make a valid address.
   *
   * @param text the address as typed; may be null
   * @return true if {@code new EmailAddress(text)} would accept it
   */
  public static boolean isValid(String text) {
    return text != null && EmailForm.isWellFormed(text.strip());
  }

  /**
   * The address in {@code text} as typed, if it is one.
   *
   * @param text the address as typed, or null
   * @return the address, trimmed and in lower case, or empty when it is not a well-formed address
   */
  public static Optional<EmailAddress> read(String text) {
    return isValid(text) ? Optional.of(new EmailAddress(text)) : Optional.empty();
  }

  /**
   * Shorthand for {@code new EmailAddress(value)}.
   *
   * @param value the address as typed
   * @return the address, trimmed and in lower case
   * @throws IllegalArgumentException if it is not a well-formed address
   */
  public static EmailAddress of(String value) {
    return new EmailAddress(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
