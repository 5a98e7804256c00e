package org.confide.adapter.web.i18n;

import gg.jte.html.escape.Escape;
import gg.jte.output.StringOutput;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import org.confide.domain.content.DefaultPages;
import org.confide.domain.content.OrganisationPage;
import org.confide.domain.content.PageKey;
import org.confide.domain.shared.Language;
import org.confide.domain.shared.Wording;

/**
 * The words of one language, from its message bundle {@code i18n/messages_<tag>.properties}, the
 * default questionnaire's texts in it, from {@code i18n/questionnaire_<tag>.properties}, and the
 * default bodies of the organisation's pages in it, from {@code i18n/pages_<tag>/<slug>.md}.
 *
 * <p>A message without arguments is used as written. A message with arguments is a {@link
 * MessageFormat} pattern in the language's locale, so numbers are written as the language writes
 * them and a {@code choice} picks the word a number takes (Welsh "2 ddiwrnod", "3 diwrnod"); in
 * such a pattern an apostrophe is written twice. A message whose key ends in {@code .html} may hold
 * markup (a link, a strong word): it is shown as HTML, with its arguments escaped.
 */
public final class Texts implements Wording {

  private final Language language;
  private final Map<String, String> messages;
  private final Map<String, String> questionnaire;
  private final Map<PageKey, String> pages;
  private final DateTimeFormatter day;
  private final DateTimeFormatter moment;

  Texts(
      Language language,
      Map<String, String> messages,
      Map<String, String> questionnaire,
      Map<PageKey, String> pages) {
    this.language = Objects.requireNonNull(language, "language must not be null");
    this.messages = Map.copyOf(messages);
    this.questionnaire = Map.copyOf(questionnaire);
    this.pages = Map.copyOf(pages);
    // Missing or unreadable, it is named by the checks of Languages before the words are used.
    this.day = dayFormat(messages.get("format.day"), language);
    this.moment = dayFormat(messages.get("format.moment"), language);
  }

  private static DateTimeFormatter dayFormat(String pattern, Language language) {
    if (pattern == null) {
      return null;
    }
    try {
      return DateTimeFormatter.ofPattern(pattern, language.locale());
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /**
   * {@return whether {@code format.day} is a date pattern this language's dates can be written in}
   */
  boolean writesDays() {
    return day != null;
  }

  /** {@return the language these are the words of} */
  @Override
  public Language language() {
    return language;
  }

  /** {@return the language's name in itself, as the link to it reads: "Cymraeg"} */
  public String name() {
    return text("language.name");
  }

  /**
   * The message {@code key}.
   *
   * @throws IllegalArgumentException if there is no such message
   */
  @Override
  public String text(String key) {
    var message = messages.get(key);
    if (message == null) {
      throw new IllegalArgumentException("No message " + key + " in " + language);
    }
    return message;
  }

  /**
   * The message {@code key} with {@code arguments} in its places.
   *
   * @throws IllegalArgumentException if there is no such message
   */
  public String text(String key, Object... arguments) {
    return new MessageFormat(text(key), language.locale()).format(arguments);
  }

  /**
   * The message {@code key}, which may hold markup, with {@code arguments} escaped in its places.
   *
   * @throws IllegalArgumentException if there is no such message or its key does not end in {@code
   *     .html}
   */
  public String html(String key, Object... arguments) {
    if (!key.endsWith(".html")) {
      throw new IllegalArgumentException("Only a message whose key ends in .html holds markup");
    }
    if (arguments.length == 0) {
      return text(key);
    }
    var escaped =
        Arrays.stream(arguments)
            .map(argument ->
                switch (argument) {
                  case String string -> escape(string);
                  case Shown shown -> shown.html();
                  default -> argument;
                })
            .toArray();
    return text(key, escaped);
  }

  /**
   * The message {@code key}, which holds no markup, as HTML with {@code arguments} in its places:
   * the message and every argument escaped, and each {@link Shown} argument not in this language
   * inside {@code <span lang="...">}, so that a text of the organisation's or the questionnaire's
   * in another language is marked within a sentence of this one ("Answer <span
   * lang="en">Where?</span>").
   *
   * @param key the message's key
   * @param arguments its arguments: {@link Shown}, {@link Markup} (HTML made by this method, put in
   *     as it is), or others
   * @return the sentence as safe HTML
   * @throws IllegalArgumentException if there is no such message or its key ends in {@code .html}
   */
  public String marked(String key, Object... arguments) {
    if (key.endsWith(".html")) {
      throw new IllegalArgumentException("A message holding markup is shown with html()");
    }
    // Each text shown stands in the message as a mark no message holds, then takes its place once
    // the sentence around it is escaped.
    var marks = new String[arguments.length];
    var placed = new Object[arguments.length];
    for (int i = 0; i < arguments.length; i++) {
      if (arguments[i] instanceof Shown || arguments[i] instanceof Markup) {
        marks[i] = "\uE000" + i + "\uE001";
        placed[i] = marks[i];
      } else {
        placed[i] = arguments[i];
      }
    }
    var out = new StringOutput();
    Escape.htmlContent(arguments.length == 0 ? text(key) : text(key, placed), out);
    var html = out.toString();
    for (int i = 0; i < arguments.length; i++) {
      if (marks[i] != null) {
        html =
            html.replace(
                marks[i],
                arguments[i] instanceof Shown shown
                    ? shown.html()
                    : ((Markup) arguments[i]).html());
      }
    }
    return html;
  }

  /**
   * HTML already made safe by {@link #marked}, to be put in another sentence as it is.
   *
   * @param html the safe HTML
   */
  public record Markup(String html) {}

  /** {@return {@code date} in words: "Thursday 24 December 2026", "Dydd Iau 24 Rhagfyr 2026"} */
  @Override
  public String day(LocalDate date) {
    return day.format(date);
  }

  /**
   * {@return {@code instant} in words, in {@code zone}: "26 November 2026 at 14:05", "26 Tachwedd
   * 2026 am 14:05"}
   */
  public String moment(Instant instant, ZoneId zone) {
    return moment.format(instant.atZone(zone));
  }

  private static String escape(String text) {
    var out = new StringOutput();
    // The attribute escape, which escapes quotes too: an argument may be a link's address.
    Escape.htmlAttribute(text, out);
    return out.toString();
  }

  /**
   * {@return the default questionnaire's texts in this language, by question and option ids, from
   * {@code i18n/questionnaire_<tag>.properties}; empty for a language with no such file}
   */
  Map<String, String> questionnaire() {
    return questionnaire;
  }

  /**
   * {@return the default bodies of the organisation's pages in this language, from {@code
   * i18n/pages_<tag>/<slug>.md}, by key; for the language the domain's defaults are written in, its
   * own unless reworded}
   */
  Map<PageKey, String> pages() {
    return pages;
  }

  /**
   * The organisation's page as a reader of this language is shown it: a default in this language's
   * words (its title from {@code pages.default.<slug>.title}, its body from the language's file);
   * the organisation's own as written, in the language it was saved in.
   *
   * @param page a page in force, as the application gives it
   * @return the page to show
   */
  public OrganisationPage shown(OrganisationPage page) {
    return page.isDefault() ? defaultPage(page.key()) : page;
  }

  /**
   * {@return the default of {@code key} in this language}
   *
   * @param key which content
   */
  public OrganisationPage defaultPage(PageKey key) {
    return DefaultPages.in(key, language, defaultTitle(key), pages.get(key));
  }

  /**
   * {@return the default title of {@code key} in this language}
   *
   * @param key which content
   */
  public String defaultTitle(PageKey key) {
    return text("pages.default." + key.slug() + ".title");
  }

  /** {@return the keys of every message, for the checks of a bundle against another} */
  java.util.Set<String> keys() {
    return messages.keySet();
  }

  @Override
  public String toString() {
    return "Texts[" + language + "]";
  }
}
