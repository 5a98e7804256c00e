package org.confide.domain.staff;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/** A staff member's email address, their login name; stored in lower case. */
public record EmailAddress(String value) {

  private static final Pattern FORM =
      Pattern.compile("[^\\s@<>\"(),;:]+@[^\\s@<>\"(),;:]+\\.[^\\s@<>\"(),;:.]{2,}");

  public EmailAddress {
    Objects.requireNonNull(value, "email must not be null");
    value = value.strip().toLowerCase(Locale.ROOT);
    if (value.length() > 254 || !FORM.matcher(value).matches()) {
      throw new IllegalArgumentException("email must be an address like name@example.ac.uk");
    }
  }

  /** Whether {@code text} would make a valid address. */
  public static boolean isValid(String text) {
    return text != null
        && text.strip().length() <= 254
        && FORM.matcher(text.strip().toLowerCase(Locale.ROOT)).matches();
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
