package org.confide.adapter.web.i18n;

import gg.jte.html.escape.Escape;
import gg.jte.output.StringOutput;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.confide.domain.questionnaire.Words;
import org.confide.domain.shared.Language;
import org.confide.domain.shared.OwnText;

/**
 * A text as a page shows it, with the language it is in when that is not the page's: the one type
 * every page, export and template uses for words that may lack the page's language. A text of the
 * questionnaire a version lacks in the page's language is shown as first written, and the
 * organisation's own words ({@link OwnText}: its name, its emergency contacts, its outcomes) a
 * reader's language lacks are shown in the first language's; either way the element holding it is
 * marked with its language ({@code lang}) so that a screen reader reads it in the right voice. The
 * domain says which language a text is written in; only here is that compared with the page's.
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
   * {@return the tag of {@code written} for a {@code lang} attribute when it is not {@code page};
   * null when it is}
   *
   * @param written the language some words are written in
   * @param page the page's language
   */
  public static String langUnless(Language written, Language page) {
    return written.equals(page) ? null : written.tag();
  }

  /**
   * The organisation's own words as a page in {@code page} shows them: in that language if written
   * in it, else in the first language's, else as first written, marked with the language shown.
   *
   * @param text own words
   * @param page the page's language
   * @param firstLanguage the organisation's first language, which a plain text is written in
   * @return the text as shown
   */
  public static Shown own(OwnText text, Language page, Language firstLanguage) {
    return of(text.shown(page, firstLanguage), page);
  }

  /**
   * A text the domain says is written in a language, as a page in {@code page} shows it.
   *
   * @param shown the text and the language it is written in
   * @param page the page's language
   * @return the text, marked with its language when not the page's
   */
  public static Shown of(OwnText.Shown shown, Language page) {
    return new Shown(shown.text(), langUnless(shown.language(), page));
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
      return new Shown(words.first(), langUnless(written, language));
    };
  }

  /**
   * {@return the text as HTML, escaped, inside {@code <span lang="...">} when it is not in the
   * page's language: for a text inside a sentence of the page's ({@link Texts#marked})}
   */
  public String html() {
    var out = new StringOutput();
    if (lang != null) {
      out.writeContent("<span lang=\"");
      Escape.htmlAttribute(lang, out);
      out.writeContent("\">");
    }
    Escape.htmlContent(text, out);
    if (lang != null) {
      out.writeContent("</span>");
    }
    return out.toString();
  }

  // The marks that carry a text's language inside a plain message (carried), read back by
  // html(String): characters of Unicode's private use area, which no message holds.
  private static final char OPEN = '\uE002';
  private static final char TEXT = '\uE003';
  private static final char CLOSE = '\uE004';
  private static final Pattern TAG = Pattern.compile("[a-z]{2,3}");
  private static final Pattern CARRIED =
      Pattern.compile(OPEN + "([a-z]{2,3})" + TEXT + "([^" + CLOSE + "]*)" + CLOSE);

  /**
   * {@return the text, carrying its language in marks inside a plain message when it is not the
   * page's}, for a message made before it reaches a template (a problem naming a question): the
   * template shows it through {@link #html(String)}, which marks it with {@code <span lang>}
   */
  public String carried() {
    return lang == null || !TAG.matcher(lang).matches() ? text : OPEN + lang + TEXT + text + CLOSE;
  }

  /**
   * A plain message as safe HTML: escaped whole, each text {@linkplain #carried() carried} in it
   * wrapped in {@code <span lang="...">}; a message with no such text is only escaped.
   *
   * @param message a plain message, or null
   * @return the message as safe HTML, or null
   */
  public static String html(String message) {
    if (message == null) {
      return null;
    }
    var html = new StringBuilder();
    var found = CARRIED.matcher(message);
    int at = 0;
    while (found.find()) {
      html.append(inPage(message.substring(at, found.start())).html())
          .append(new Shown(found.group(2), found.group(1)).html());
      at = found.end();
    }
    return html.append(inPage(message.substring(at)).html()).toString();
  }

  @Override
  public String toString() {
    return "Shown[" + lang + "]";
  }
}
