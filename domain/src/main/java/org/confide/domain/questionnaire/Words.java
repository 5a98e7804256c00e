package org.confide.domain.questionnaire;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.confide.domain.shared.Language;
import org.confide.domain.shared.Translated;

/**
 * One text of a questionnaire (a question, a hint, an option's label) in each language it is
 * written in. A text written before questionnaires had languages is <em>plain</em>: it names no
 * language, and stands for the text in whichever language an organisation offers first.
 *
 * <p>Exactly one of the two is given: a plain text, or texts in one or more named languages, the
 * first named being the one shown where no language is asked for. Texts are stored trimmed.
 *
 * @param plain the text in no named language, or empty when the texts name their languages
 * @param texts the text in each named language, in the order written; empty for a plain text
 */
public record Words(Optional<String> plain, Map<Language, String> texts) implements Translated {

  /**
   * Words; keeps an unmodifiable, ordered copy of the texts, each trimmed.
   *
   * @throws IllegalArgumentException if both or neither of a plain text and named texts are given
   */
  public Words {
    Objects.requireNonNull(plain, "words plain must not be null");
    Objects.requireNonNull(texts, "words texts must not be null");
    plain = plain.map(String::strip);
    var copy = new LinkedHashMap<Language, String>();
    texts.forEach((language, text) ->
        copy.put(
            Objects.requireNonNull(language, "words language must not be null"),
            Objects.requireNonNull(text, "words text must not be null").strip()));
    texts = Collections.unmodifiableMap(copy);
    if (plain.isPresent() == !texts.isEmpty()) {
      throw new IllegalArgumentException("words are either one plain text or texts by language");
    }
  }

  /**
   * A plain text, in no named language: read as the first language's.
   *
   * @param text the text
   * @return the words
   */
  public static Words of(String text) {
    return new Words(Optional.of(Objects.requireNonNull(text, "text must not be null")), Map.of());
  }

  /**
   * Texts in named languages.
   *
   * @param texts the text in each language, the first shown where no language is asked for; at
   *     least one
   * @return the words
   * @throws IllegalArgumentException if there is no text
   */
  public static Words of(Map<Language, String> texts) {
    return new Words(Optional.empty(), texts);
  }

  /** {@return the text shown where no language is asked for: the plain text or the first named} */
  public String first() {
    return plain.orElseGet(() -> texts.values().iterator().next());
  }

  /**
   * The text to show in {@code language}: its own, else the first ({@link #first()}), so that a
   * version written before a language was offered can still be read.
   *
   * @param language the language asked for
   * @return the text
   */
  public String in(Language language) {
    var own = texts.get(language);
    return own != null ? own : first();
  }

  /**
   * The text written in {@code language}, where {@code firstOffered} is the language a plain text
   * stands for.
   *
   * @param language a language
   * @param firstOffered the first language offered
   * @return the text, or empty when none is written in that language
   */
  public Optional<String> given(Language language, Language firstOffered) {
    var own = texts.get(language);
    if (own != null) {
      return Optional.of(own);
    }
    return plain.filter(text -> language.equals(firstOffered));
  }

  /**
   * The languages of {@code required} these words lack; a plain text stands for the first.
   *
   * @param required the languages a text must have, the first offered first
   * @return the languages lacking, in the order given
   */
  public List<Language> missing(List<Language> required) {
    var missing = new ArrayList<Language>();
    for (var language : required) {
      if (given(language, required.getFirst()).isEmpty()) {
        missing.add(language);
      }
    }
    return missing;
  }

  /**
   * These words with {@code text} as the text in {@code language}, a plain text named as {@code
   * firstOffered}'s.
   *
   * @param firstOffered the language a plain text stands for
   * @param language the language of the new text
   * @param text the new text
   * @return the words
   */
  public Words with(Language firstOffered, Language language, String text) {
    var named = new LinkedHashMap<>(named(firstOffered).texts);
    named.put(language, text);
    return of(named);
  }

  /**
   * These words with a plain text named as {@code firstOffered}'s text.
   *
   * @param firstOffered the language a plain text stands for
   * @return the words, every text in a named language
   */
  public Words named(Language firstOffered) {
    return plain.map(text -> of(Map.of(firstOffered, text))).orElse(this);
  }

  /** {@return every text, plain or named} */
  public List<String> all() {
    return plain.map(List::of).orElseGet(() -> List.copyOf(texts.values()));
  }
}
