package org.confide.adapter.web.i18n;

import java.util.function.Function;
import org.confide.domain.questionnaire.Words;
import org.confide.domain.shared.Language;

/**
 * A text as a page shows it, with the language it is in when that is not the page's: a text of the
 * questionnaire a version lacks in the page's language is shown as first written, and the element
 * holding it is marked with its language ({@code lang}).
 *
 * @param text the text
 * @param lang the tag of the language it is in when that is not the page's ({@code lang}), or null
 */
public record Shown(String text, String lang) {

  /**
   * A text in the page's language: Confide's own words, or what someone wrote (in no language the
   * page can name).
   *
   * @param text the text
   * @return it, marked with no language
   */
  public static Shown inPage(String text) {
    return new Shown(text, null);
  }

  /**
   * A questionnaire's texts as a page in {@code language} shows them: in that language where the
   * text has it, else as first written, marked with the language it is in; a plain text is in
   * {@link Words#PLAIN_LANGUAGE}.
   *
   * @param language the page's language
   * @return each text as shown
   */
  public static Function<Words, Shown> in(Language language) {
    return words -> {
      var own = words.given(language);
      if (own.isPresent()) {
        return inPage(own.get());
      }
      var written =
          words.plain().isPresent()
              ? Words.PLAIN_LANGUAGE
              : words.texts().keySet().iterator().next();
      return new Shown(words.first(), written.tag());
    };
  }

  @Override
  public String toString() {
    return "Shown[" + lang + "]";
  }
}
