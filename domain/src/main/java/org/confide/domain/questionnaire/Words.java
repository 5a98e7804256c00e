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
 * language, and is the text in the language it was written in, {@link #PLAIN_LANGUAGE}, whatever
 * languages an organisation offers and in whatever order.
 *
 * <p>Exactly one of the two is given: a plain text, or texts in one or more named languages, the
 * first named being the one shown where no language is asked for. Texts are stored trimmed.
 *
 * @param plain the text in no named language, or empty when the texts name their languages
 * @param texts the text in each named language, in the order written; empty for a plain text
 */
public record Words(Optional<String> plain, Map<Language, String> texts) implements Translated {

  /**
   * The language a plain text is written in: English, the language of the questionnaire Confide
   * ships and of every version stored before questionnaires had languages. It does not follow the
   * order an organisation lists its languages in, so offering another language first never makes an
   * English text read as that language's.
   */
  public static final Language PLAIN_LANGUAGE = Language.ENGLISH;

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
   * A plain text, in no named language: read as {@link #PLAIN_LANGUAGE}'s.
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
   * The text written in {@code language}: its own, or a plain text when that is {@link
   * #PLAIN_LANGUAGE}.
   *
   * @param language a language
   * @return the text, or empty when none is written in that language
   */
  public Optional<String> given(Language language) {
    var own = texts.get(language);
    if (own != null) {
      return Optional.of(own);
    }
    return plain.filter(text -> language.equals(PLAIN_LANGUAGE));
  }

  /**
   * The languages of {@code required} these words lack; a plain text is {@link #PLAIN_LANGUAGE}'s.
   *
   * @param required the languages a text must have, in any order
   * @return the languages lacking, in the order given
   */
  public List<Language> missing(List<Language> required) {
    var missing = new ArrayList<Language>();
    for (var language : required) {
      if (given(language).isEmpty()) {
        missing.add(language);
      }
    }
    return missing;
  }

  /**
   * These words with {@code text} as the text in {@code language}, a plain text named as {@link
   * #PLAIN_LANGUAGE}'s.
   *
   * @param language the language of the new text
   * @param text the new text
   * @return the words
   */
  public Words with(Language language, String text) {
    var named = new LinkedHashMap<>(named().texts);
    named.put(language, text);
    return of(named);
  }

  /**
   * These words with a plain text named as {@link #PLAIN_LANGUAGE}'s text.
   *
   * @return the words, every text in a named language
   */
  public Words named() {
    return plain.map(text -> of(Map.of(PLAIN_LANGUAGE, text))).orElse(this);
  }

  /** {@return every text, plain or named} */
  public List<String> all() {
    return plain.map(List::of).orElseGet(() -> List.copyOf(texts.values()));
  }
}
