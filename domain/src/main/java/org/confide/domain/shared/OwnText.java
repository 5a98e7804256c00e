package org.confide.domain.shared;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An organisation's own words (its name, an emergency contact's name or note, an outcome's label)
 * in each language it wrote them in. A text written before these words had languages is
 * <em>plain</em>: it names no language, and is the organisation's text in its own first language,
 * whichever that is, because an organisation writes its own words first in its first language. This
 * differs from a questionnaire's {@code Words}, whose plain text is English, the language Confide
 * ships its questionnaire in.
 *
 * <p>Exactly one of the two is given: a plain text, or texts in one or more named languages. A text
 * given in one language only is that text in every language; a page in another language shows it
 * marked with the language it is written in ({@link #shown}). Texts are stored trimmed.
 *
 * @param plain the text in the organisation's first language, named by none; empty when the texts
 *     name their languages
 * @param texts the text in each named language, in the order written; empty for a plain text
 */
public record OwnText(Optional<String> plain, Map<Language, String> texts) implements Translated {

  /**
   * Own words; keeps an unmodifiable, ordered copy of the texts, each trimmed.
   *
   * @throws IllegalArgumentException if both or neither of a plain text and named texts are given,
   *     or a text is blank
   */
  public OwnText {
    Objects.requireNonNull(plain, "own text plain must not be null");
    Objects.requireNonNull(texts, "own text texts must not be null");
    plain = plain.map(String::strip);
    var copy = new LinkedHashMap<Language, String>();
    texts.forEach((language, text) ->
        copy.put(
            Objects.requireNonNull(language, "own text language must not be null"),
            Objects.requireNonNull(text, "own text must not be null").strip()));
    texts = Collections.unmodifiableMap(copy);
    if (plain.isPresent() == !texts.isEmpty()) {
      throw new IllegalArgumentException("own text is either one plain text or texts by language");
    }
    if (plain.filter(String::isEmpty).isPresent() || copy.containsValue("")) {
      throw new IllegalArgumentException("own text must not be blank");
    }
  }

  /**
   * A plain text: the organisation's own in its first language.
   *
   * @param text the text
   * @return the own text
   */
  public static OwnText of(String text) {
    return new OwnText(
        Optional.of(Objects.requireNonNull(text, "text must not be null")), Map.of());
  }

  /**
   * Texts in named languages.
   *
   * @param texts the text in each language; at least one
   * @return the own text
   * @throws IllegalArgumentException if there is no text
   */
  public static OwnText of(Map<Language, String> texts) {
    return new OwnText(Optional.empty(), texts);
  }

  /** {@return the text shown where no language is asked for: the plain text or the first named} */
  @Override
  public String first() {
    return plain.orElseGet(() -> texts.values().iterator().next());
  }

  /**
   * The text in {@code language}: its own, else {@link #first()}.
   *
   * @param language the language asked for
   * @return the text
   */
  @Override
  public String in(Language language) {
    var own = texts.get(language);
    return own != null ? own : first();
  }

  /**
   * The text written in {@code language}, a plain text being {@code firstLanguage}'s.
   *
   * @param language a language
   * @param firstLanguage the organisation's first language
   * @return the text, or empty when none is written in that language
   */
  public Optional<String> given(Language language, Language firstLanguage) {
    var own = texts.get(language);
    if (own != null) {
      return Optional.of(own);
    }
    return plain.filter(text -> language.equals(firstLanguage));
  }

  /**
   * The text to show a reader of {@code language}, with the language it is written in: the reader's
   * own, else the first language's, else the first written.
   *
   * @param language the reader's language
   * @param firstLanguage the organisation's first language, which a plain text is written in
   * @return the text and its language
   */
  public Shown shown(Language language, Language firstLanguage) {
    var own = given(language, firstLanguage);
    if (own.isPresent()) {
      return new Shown(own.get(), language);
    }
    var first = given(firstLanguage, firstLanguage);
    if (first.isPresent()) {
      return new Shown(first.get(), firstLanguage);
    }
    var written = texts.entrySet().iterator().next();
    return new Shown(written.getValue(), written.getKey());
  }

  /** {@return every text, plain or named} */
  public List<String> all() {
    return plain.map(List::of).orElseGet(() -> List.copyOf(texts.values()));
  }

  /**
   * A text as a reader is shown it.
   *
   * @param text the text
   * @param language the language it is written in
   */
  public record Shown(String text, Language language) {
    /**
     * A text shown.
     *
     * @throws NullPointerException if a part is null
     */
    public Shown {
      Objects.requireNonNull(text, "text must not be null");
      Objects.requireNonNull(language, "language must not be null");
    }
  }

  /**
   * Own words as typed: one plain text, or a text for each language. A blank text is one not
   * written; {@link OwnText#check} says what else is wrong.
   *
   * @param plain the text in no named language, or null
   * @param byLanguage the text in each language, or null for a plain text
   */
  public record Typed(String plain, Map<Language, String> byLanguage) {

    /** Keeps an unmodifiable, ordered copy of the texts by language, if any were given. */
    public Typed {
      if (byLanguage != null) {
        var copy = new LinkedHashMap<Language, String>();
        byLanguage.forEach((language, text) ->
            copy.put(Objects.requireNonNull(language, "language must not be null"), text));
        byLanguage = Collections.unmodifiableMap(copy);
      }
    }

    /**
     * A plain text as typed.
     *
     * @param text the text, or null for none
     * @return the text typed
     */
    public static Typed plain(String text) {
      return new Typed(text, null);
    }

    /**
     * Texts by language as typed.
     *
     * @param texts the text in each language, any of them blank or null
     * @return the texts typed
     */
    public static Typed of(Map<Language, String> texts) {
      return new Typed(null, texts);
    }

    /**
     * The text as {@code text} holds it, for a form shown again.
     *
     * @param text own words
     * @return a plain text, or the text in each language named
     */
    public static Typed of(OwnText text) {
      return text.plain().isPresent() ? plain(text.plain().get()) : of(text.texts());
    }
  }

  /**
   * Own words from what was typed, or every problem with them, each named on {@code field}, or on
   * {@code field.<tag>} for a text in a language ({@code contacts[0].name.cy}). Blank texts are
   * ones not written: when none is written at all the answer is empty, which the caller names as
   * missing where the words are required.
   *
   * @param field the part the words are named on
   * @param subject what was written, for the problems' words
   * @param typed the words as typed, or null for none
   * @param maxLength the most characters each text may have
   * @return the words, empty when none was written; or every problem found
   */
  public static Checked<Optional<OwnText>> check(
      String field, ProblemSubject subject, Typed typed, int maxLength) {
    if (typed == null) {
      return Checked.valid(Optional.<OwnText>empty());
    }
    var problems = new ArrayList<FieldProblem>();
    if (typed.byLanguage() == null) {
      var text = typed.plain() == null ? "" : typed.plain().strip();
      if (text.isEmpty()) {
        return Checked.valid(Optional.<OwnText>empty());
      }
      FreeText.problem(field, subject, text, maxLength).ifPresent(problems::add);
      return Checked.unless(problems, () -> Optional.of(of(text)));
    }
    var texts = new LinkedHashMap<Language, String>();
    typed
        .byLanguage()
        .forEach((language, text) -> {
          var stripped = text == null ? "" : text.strip();
          if (!stripped.isEmpty()) {
            FreeText.problem(field + "." + language.tag(), subject, stripped, maxLength)
                .ifPresent(problems::add);
            texts.put(language, stripped);
          }
        });
    return Checked.unless(
        problems, () -> texts.isEmpty() ? Optional.<OwnText>empty() : Optional.of(of(texts)));
  }
}
