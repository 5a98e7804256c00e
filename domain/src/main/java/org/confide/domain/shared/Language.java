package org.confide.domain.shared;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A language people read Confide in, named by its ISO 639 code as BCP 47 writes it: {@code en},
 * {@code cy}. Only the language itself, never a region: an organisation offers Welsh, not Welsh as
 * written in one place.
 *
 * @param tag the code, two or three lower-case letters
 */
public record Language(String tag) {

  // Before the constants, which are checked against it.
  private static final Pattern TAG = Pattern.compile("[a-z]{2,3}");

  /** English, the language every text is first written in. */
  public static final Language ENGLISH = new Language("en");

  /** Welsh. */
  public static final Language WELSH = new Language("cy");

  /**
   * The language {@code tag}.
   *
   * @throws IllegalArgumentException if {@code tag} is not two or three lower-case letters
   */
  public Language {
    Objects.requireNonNull(tag, "language tag must not be null");
    if (!TAG.matcher(tag).matches()) {
      throw new IllegalArgumentException(
          "A language is named by two or three lower-case letters, such as en or cy");
    }
  }

  /**
   * The language {@code text} names, if it is a well-formed tag; for what a request asks for.
   *
   * @param text what was asked for, such as {@code cy}
   * @return the language, or empty when {@code text} is not two or three lower-case letters
   */
  public static Optional<Language> parse(String text) {
    return text != null && TAG.matcher(text).matches()
        ? Optional.of(new Language(text))
        : Optional.empty();
  }

  /** {@return the locale dates and numbers are written in for this language} */
  public Locale locale() {
    return Locale.forLanguageTag(tag);
  }

  @Override
  public String toString() {
    return tag;
  }
}
