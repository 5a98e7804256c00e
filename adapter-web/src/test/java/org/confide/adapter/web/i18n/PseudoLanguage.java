package org.confide.adapter.web.i18n;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.confide.domain.content.DefaultPages;
import org.confide.domain.content.OrganisationPage;
import org.confide.domain.content.PageKey;
import org.confide.domain.questionnaire.DefaultQuestionnaire;
import org.confide.domain.shared.Language;

/**
 * A pseudo language for the tests that look for words written into a template or the code rather
 * than a bundle: each English message with every letter swapped for an accented one ("Śţáŕţ") and
 * wrapped in ⟦ and ⟧, its arguments, markup and choices kept working. A page shown in it has no
 * plain letter a–z outside ⟦ ⟧ that came from a bundle; any it has came from somewhere else.
 */
public final class PseudoLanguage {

  /** Its tag: {@code qps}, from the range ISO 639 keeps for local use, so never a real language. */
  public static final Language TAG = new Language("qps");

  private static final String PLAIN = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
  private static final String ACCENTED = "áƀçďéƒĝĥíĵķĺɱñóþʠŕšţúṽŵẋýžÀƁÇĎÉƑĜĤÍĴĶĹṀÑÓÞǪŔŠŢÚṼŴẊÝŽ";
  private static final Pattern BRACKETED = Pattern.compile("⟦[^⟦⟧]*⟧");

  private PseudoLanguage() {}

  /** {@return English, Welsh and the pseudo language, in that order} */
  public static Languages withShipped() {
    var shipped = Languages.shipped();
    var offered = new ArrayList<>(shipped.all());
    offered.add(new Texts(TAG, pseudo(shipped.first()), questionnaire(), pages()));
    return Languages.of("the pseudo language", offered);
  }

  /** The default questionnaire's every text, made pseudo, as its translation into the language. */
  static Map<String, String> questionnaire() {
    var texts = new LinkedHashMap<String, String>();
    DefaultQuestionnaire.texts()
        .forEach((key, text) -> texts.put(key, "⟦" + pseudo(text, false) + "⟧"));
    return texts;
  }

  /**
   * The default pages' bodies, their letters accented but their Markdown and the privacy notice's
   * blanks kept: a body is many paragraphs, so it is not wrapped in ⟦ ⟧; no plain letter is left
   * but the mark {@code FILL IN}, which the domain looks for in every language.
   */
  static Map<PageKey, String> pages() {
    var pages = new EnumMap<PageKey, String>(PageKey.class);
    var blank = OrganisationPage.BLANK;
    for (var key : PageKey.values()) {
      pages.put(
          key, pseudo(DefaultPages.of(key).body(), false).replace(pseudo(blank, false), blank));
    }
    return pages;
  }

  /** Every message of {@code english}, made pseudo. */
  static Map<String, String> pseudo(Texts english) {
    var messages = new LinkedHashMap<String, String>();
    for (var key : english.keys()) {
      var message = english.text(key);
      messages.put(
          key,
          key.startsWith("format.")
              // A date pattern, whose letters say what to write: only wrapped, in quotes.
              ? "'⟦'" + message + "'⟧'"
              : "⟦" + pseudo(message, message.contains("{")) + "⟧");
    }
    return messages;
  }

  /**
   * {@code message} with its letters accented; in a pattern, its arguments kept, and each choice's
   * words accented.
   */
  static String pseudo(String message, boolean pattern) {
    var out = new StringBuilder();
    int i = 0;
    while (i < message.length()) {
      char c = message.charAt(i);
      if (c == '<' || c == '&') {
        int end = message.indexOf(c == '<' ? '>' : ';', i);
        end = end < 0 ? message.length() - 1 : end;
        out.append(message, i, end + 1);
        i = end + 1;
      } else if (pattern && c == '{') {
        int end = closing(message, i);
        out.append(argument(message.substring(i + 1, end)));
        i = end + 1;
      } else if (pattern && c == '\'') {
        int end = message.indexOf('\'', i + 1);
        end = end < 0 ? message.length() - 1 : end;
        out.append(message, i, end + 1);
        i = end + 1;
      } else {
        int plain = PLAIN.indexOf(c);
        out.append(plain < 0 ? c : ACCENTED.charAt(plain));
        i++;
      }
    }
    return out.toString();
  }

  /** {@code text} without what the pseudo language wrote: every ⟦…⟧, innermost first. */
  public static String withoutBundleWords(String text) {
    var left = text;
    while (true) {
      var fewer = BRACKETED.matcher(left).replaceAll(" ");
      if (fewer.equals(left)) {
        return left;
      }
      left = fewer;
    }
  }

  private static String argument(String inside) {
    var parts = inside.split(",", 3);
    if (parts.length < 3 || !parts[1].strip().equals("choice")) {
      return "{" + inside + "}";
    }
    var choices = new ArrayList<String>();
    for (var choice : topLevel(parts[2])) {
      int mark = firstOf(choice, "#<≤");
      choices.add(choice.substring(0, mark + 1) + pseudo(choice.substring(mark + 1), true));
    }
    return "{" + parts[0] + "," + parts[1] + "," + String.join("|", choices) + "}";
  }

  private static int firstOf(String text, String marks) {
    for (int i = 0; i < text.length(); i++) {
      if (marks.indexOf(text.charAt(i)) >= 0) {
        return i;
      }
    }
    throw new IllegalStateException("A choice without # or <: " + text);
  }

  /** {@code body} split at each {@code |} outside braces. */
  private static List<String> topLevel(String body) {
    var parts = new ArrayList<String>();
    int depth = 0;
    int start = 0;
    for (int i = 0; i < body.length(); i++) {
      char c = body.charAt(i);
      depth += c == '{' ? 1 : c == '}' ? -1 : 0;
      if (c == '|' && depth == 0) {
        parts.add(body.substring(start, i));
        start = i + 1;
      }
    }
    parts.add(body.substring(start));
    return parts;
  }

  private static int closing(String message, int open) {
    int depth = 0;
    for (int i = open; i < message.length(); i++) {
      char c = message.charAt(i);
      depth += c == '{' ? 1 : c == '}' ? -1 : 0;
      if (depth == 0) {
        return i;
      }
    }
    throw new IllegalStateException("An argument that is never closed: " + message);
  }
}
