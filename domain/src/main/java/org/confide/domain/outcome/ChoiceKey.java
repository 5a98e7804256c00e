package org.confide.domain.outcome;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.confide.domain.shared.HyphenatedWords;

/**
 * The stable key of an entry of an outcome or tag list, made from its label when the entry is added
 * ({@code Support provided} becomes {@code support-provided}), so that integrators and stored cases
 * name it the same way whatever becomes of the label.
 *
 * @param value lower-case letters and digits in words joined by single hyphens, at most {@link
 *     #MAX_LENGTH} characters
 */
public record ChoiceKey(String value) {

  /** The longest key. */
  public static final int MAX_LENGTH = 60;

  /**
   * The key {@code value}.
   *
   * @throws IllegalArgumentException if it is not of the form
   */
  public ChoiceKey {
    Objects.requireNonNull(value, "choice key must not be null");
    if (!HyphenatedWords.fit(value, MAX_LENGTH)) {
      throw new IllegalArgumentException("a choice key is lower-case words joined by hyphens");
    }
  }

  /**
   * The key of a label: its letters and digits, accents dropped, lower case, words joined by
   * hyphens and cut to {@link #MAX_LENGTH}.
   *
   * @param label the entry's label
   * @return the key, or empty when the label has no letter or digit
   */
  public static Optional<ChoiceKey> of(String label) {
    var plain =
        Normalizer.normalize(label, Normalizer.Form.NFKD)
            .replaceAll("\\p{M}", "")
            .toLowerCase(Locale.ROOT)
            .replaceAll("[^a-z0-9]+", "-")
            .replaceAll("^-+|-+$", "");
    if (plain.length() > MAX_LENGTH) {
      plain = plain.substring(0, MAX_LENGTH).replaceAll("-+$", "");
    }
    return plain.isEmpty() ? Optional.empty() : Optional.of(new ChoiceKey(plain));
  }

  /**
   * The key {@code text} names, or nothing when it is not a key's form: for text from outside.
   *
   * @param text the key as written; may be null
   * @return the key, or empty
   */
  public static Optional<ChoiceKey> read(String text) {
    return text == null || !HyphenatedWords.fit(text, MAX_LENGTH)
        ? Optional.empty()
        : Optional.of(new ChoiceKey(text));
  }

  @Override
  public String toString() {
    return value;
  }
}
