package org.confide.domain.shared;

import java.time.LocalDate;

/**
 * The words of one language, by key, for what the domain writes in words (an email's lines): the
 * domain names the words it needs and never holds them, so that every language, a third one added
 * as files included, is written the same way.
 */
public interface Wording {

  /** {@return the language these are the words of} */
  Language language();

  /**
   * The words {@code key} stands for, as written (no arguments are put in them).
   *
   * @param key the key, such as {@code email.footer}
   * @return the words
   * @throws IllegalArgumentException if there are no such words
   */
  String text(String key);

  /**
   * A day in words: "Thursday 5 March 2026", "Dydd Iau 5 Mawrth 2026".
   *
   * @param date the day
   * @return the day in words
   */
  String day(LocalDate date);
}
