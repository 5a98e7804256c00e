package org.confide.domain.analytics;

import java.util.Objects;
import java.util.Optional;
import org.confide.domain.shared.Translated;

/**
 * One row or column of a trend table: its stable key (an option id, a month) and its label.
 *
 * @param key the category's key, as a {@link Tally} holds it, such as {@code on-campus} or {@code
 *     2025-03}
 * @param label the words shown for it, such as {@code On campus}; the key itself when no label was
 *     given
 * @param words the text it is named by in each language it is written in (an option's label, an
 *     outcome's), for an adapter to say it in a reader's language; empty for a category named by
 *     Confide (a month, "Not answered")
 */
public record TrendCategory(String key, String label, Optional<Translated> words) {

  /**
   * A category.
   *
   * @throws NullPointerException if the key or the label is null
   */
  public TrendCategory {
    Objects.requireNonNull(key, "key must not be null");
    Objects.requireNonNull(label, "label must not be null");
    Objects.requireNonNull(words, "words must be Optional, not null");
  }

  /**
   * A category Confide names, in no language of the organisation's.
   *
   * @param key the category's key
   * @param label the words shown for it
   */
  public TrendCategory(String key, String label) {
    this(key, label, Optional.empty());
  }

  /**
   * A category named by {@code words}, labelled by their first text.
   *
   * @param key the category's key
   * @param words the text it is named by in each language written
   * @return the category
   */
  public static TrendCategory named(String key, Translated words) {
    return new TrendCategory(key, words.first(), Optional.of(words));
  }
}
