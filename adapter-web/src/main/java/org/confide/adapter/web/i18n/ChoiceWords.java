package org.confide.adapter.web.i18n;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.confide.domain.outcome.Choice;
import org.confide.domain.outcome.ChoiceKey;
import org.confide.domain.outcome.ChoiceList;
import org.confide.domain.outcome.Choices;
import org.confide.domain.shared.Language;
import org.confide.domain.shared.OwnText;

/**
 * The one way the web adapter words an entry of the outcome or tag list, for the pages, the
 * exports, the CSVs, the audit trail and the API alike. An entry Confide ships, unchanged ({@link
 * Choices#isDefault}), is said in the reader's language from the bundles ({@code
 * outcome.default.<key>}), as the default questionnaire's texts are; any other is the
 * organisation's own words, shown as written: in the reader's language if written in it, else in
 * the first language's, else as first written.
 *
 * <p>It lives here, not in the domain, because the words are the bundles': the domain knows only
 * which entries are its defaults, and their English.
 */
public final class ChoiceWords {

  private ChoiceWords() {}

  /**
   * The message that words the default {@code key}.
   *
   * @param key a default's key
   * @return {@code outcome.default.<key>}
   */
  public static String key(ChoiceKey key) {
    return "outcome.default." + key.value();
  }

  /**
   * {@code choice} as a reader of {@code texts} is shown it, with the language it is in.
   *
   * @param list the list it is on
   * @param choice the entry
   * @param texts the reader's words
   * @param first the first language offered, which a plain label is written in
   * @return the words and their language
   */
  public static OwnText.Shown shown(ChoiceList list, Choice choice, Texts texts, Language first) {
    if (Choices.isDefault(list, choice)) {
      return new OwnText.Shown(texts.text(key(choice.key())), texts.language());
    }
    return choice.label().shown(texts.language(), first);
  }

  /**
   * The words of {@code choice} for a reader of {@code texts}.
   *
   * @param list the list it is on
   * @param choice the entry
   * @param texts the reader's words
   * @param first the first language offered
   * @return the words
   */
  public static String of(ChoiceList list, Choice choice, Texts texts, Language first) {
    return shown(list, choice, texts, first).text();
  }

  /**
   * The words of an entry named by its key and first text alone (a trend's row): a default's in the
   * reader's language, else {@code label} as it is.
   *
   * @param list the list it is on
   * @param key its key
   * @param label its first text
   * @param texts the reader's words
   * @return the words
   */
  public static String of(ChoiceList list, ChoiceKey key, String label, Texts texts) {
    return Choices.isDefault(list, key, label) ? texts.text(key(key)) : label;
  }

  /**
   * The words of the entry {@code key} as {@code choices} holds it, for what names an entry by its
   * key alone (the audit trail): the entry's words when the list is known and holds it, else a
   * default's in the reader's language, else the key itself.
   *
   * @param list the list it is on
   * @param key the key as recorded
   * @param choices the list in force, if the reader may read it
   * @param texts the reader's words
   * @param first the first language offered
   * @return the words, with the language they are in when it is not the reader's
   */
  public static Shown named(
      ChoiceList list, String key, Optional<Choices> choices, Texts texts, Language first) {
    var read = ChoiceKey.read(key);
    if (read.isEmpty()) {
      return Shown.inPage(key);
    }
    var entry = choices.flatMap(held -> held.find(read.get()));
    if (entry.isPresent()) {
      return Shown.of(shown(list, entry.get(), texts, first), texts.language());
    }
    return Shown.inPage(
        Choices.defaultLabels(list).containsKey(read.get()) ? texts.text(key(read.get())) : key);
  }

  /**
   * What is wrong with {@code texts}' words for the defaults: a default with no words.
   *
   * @param texts a language's words
   * @return the problems; empty when every default has its words
   */
  static List<String> problems(Texts texts) {
    var problems = new ArrayList<String>();
    for (var list : ChoiceList.values()) {
      for (var key : Choices.defaultLabels(list).keySet()) {
        if (!texts.keys().contains(key(key)) || texts.text(key(key)).isBlank()) {
          problems.add(texts.language() + " lacks " + key(key));
        }
      }
    }
    return problems;
  }
}
