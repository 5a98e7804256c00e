package org.confide.domain.shared;

/**
 * A text written in one or more languages, such as a question of the questionnaire: what a
 * problem's argument is when it names a text the person read, so that each adapter can say it in
 * the language it shows.
 */
public interface Translated {

  /**
   * The text where no language is asked for.
   *
   * @return the first text
   */
  String first();

  /**
   * The text in {@code language}, or the first when it is not written in it.
   *
   * @param language the language asked for
   * @return the text
   */
  String in(Language language);
}
