package org.confide.domain.questionnaire;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.BiFunction;

/**
 * One short question. Choice questions carry their options (unique ids, at least one); date and
 * text questions carry none. Only text questions have a maximum length.
 *
 * <p>Note that the static factory {@link #text(String, String, boolean)} makes a text question,
 * while the accessor {@link #text()} answers the words of any question.
 *
 * @param id the question's id, unique within its questionnaire and stable across versions
 * @param text the question as asked, in each language written: each 1 to {@value #MAX_TEXT}
 *     characters, stored trimmed
 * @param kind what shape its answer takes
 * @param required whether a report must answer it; an optional question may be left out
 * @param options for a choice question, the options offered in the order shown: 1 to {@value
 *     #MAX_OPTIONS}, no id twice; for a date or text question, none
 * @param hint words shown under the question, if any, in each language written: each 1 to {@value
 *     #MAX_HINT} characters, stored trimmed
 * @param maxLength for a text question, the most characters an answer may have, 1 to {@value
 *     #MAX_LENGTH_CAP}; for any other kind, empty
 */
public record Question(
    QuestionId id,
    Words text,
    QuestionKind kind,
    boolean required,
    List<Option> options,
    Optional<Words> hint,
    OptionalInt maxLength) {

  /** The longest question text, in characters. */
  public static final int MAX_TEXT = 500;

  /** The longest hint, in characters. */
  public static final int MAX_HINT = 1000;

  /** The most options one question may offer. */
  public static final int MAX_OPTIONS = 50;

  /** The maximum length a text question gets unless it says otherwise. */
  public static final int DEFAULT_MAX_LENGTH = 2000;

  /** The largest maximum length a text question may set. */
  public static final int MAX_LENGTH_CAP = 10_000;

  /**
   * A question; keeps an unmodifiable copy of the options and trims the text and the hint.
   *
   * @throws IllegalArgumentException if the text or hint is blank or too long, the options do not
   *     fit the kind or repeat an id, or the maximum length is missing from a text question, out of
   *     range, or given to another kind
   */
  public Question {
    Objects.requireNonNull(id, "question id must not be null");
    Objects.requireNonNull(text, "question text must not be null");
    Objects.requireNonNull(kind, "question kind must not be null");
    Objects.requireNonNull(hint, "question hint must not be null");
    Objects.requireNonNull(maxLength, "question maxLength must not be null");
    options = List.copyOf(Objects.requireNonNull(options, "question options must not be null"));
    if (!fits(text, MAX_TEXT)) {
      throw new IllegalArgumentException(
          "question text of " + id + " must be 1 to " + MAX_TEXT + " characters");
    }
    if (hint.filter(h -> !fits(h, MAX_HINT)).isPresent()) {
      throw new IllegalArgumentException(
          "question hint of " + id + " must be 1 to " + MAX_HINT + " characters");
    }
    if (kind.isChoice() && (options.isEmpty() || options.size() > MAX_OPTIONS)) {
      throw new IllegalArgumentException(
          "question options of " + id + " must number 1 to " + MAX_OPTIONS);
    }
    if (!kind.isChoice() && !options.isEmpty()) {
      throw new IllegalArgumentException("question options of " + id + " must be empty: " + kind);
    }
    var seen = new HashSet<OptionId>();
    for (var option : options) {
      if (!seen.add(option.id())) {
        throw new IllegalArgumentException(
            "question options of " + id + " repeat the option id " + option.id());
      }
    }
    if (kind == QuestionKind.TEXT
        && (maxLength.isEmpty()
            || maxLength.getAsInt() < 1
            || maxLength.getAsInt() > MAX_LENGTH_CAP)) {
      throw new IllegalArgumentException(
          "question maxLength of " + id + " must be 1 to " + MAX_LENGTH_CAP);
    }
    if (kind != QuestionKind.TEXT && maxLength.isPresent()) {
      throw new IllegalArgumentException(
          "question maxLength of " + id + " must be empty: only text questions have one");
    }
  }

  /**
   * A question answered by exactly one of {@code options}, with no hint.
   *
   * @param id the question's id, such as {@code where}
   * @param text the question as asked
   * @param required whether a report must answer it
   * @param options the options offered, in the order shown
   * @return the question
   * @throws IllegalArgumentException if the id is not well formed or the question breaks a rule
   */
  public static Question singleChoice(
      String id, String text, boolean required, List<Option> options) {
    return new Question(
        QuestionId.of(id),
        Words.of(text),
        QuestionKind.SINGLE_CHOICE,
        required,
        options,
        Optional.empty(),
        OptionalInt.empty());
  }

  /**
   * A question answered by one or more of {@code options}, with no hint.
   *
   * @param id the question's id, such as {@code incident-type}
   * @param text the question as asked
   * @param required whether a report must answer it
   * @param options the options offered, in the order shown
   * @return the question
   * @throws IllegalArgumentException if the id is not well formed or the question breaks a rule
   */
  public static Question multipleChoice(
      String id, String text, boolean required, List<Option> options) {
    return new Question(
        QuestionId.of(id),
        Words.of(text),
        QuestionKind.MULTIPLE_CHOICE,
        required,
        options,
        Optional.empty(),
        OptionalInt.empty());
  }

  /**
   * A question answered by a date, with no hint.
   *
   * @param id the question's id, such as {@code when}
   * @param text the question as asked
   * @param required whether a report must answer it
   * @return the question
   * @throws IllegalArgumentException if the id is not well formed or the text breaks a rule
   */
  public static Question date(String id, String text, boolean required) {
    return new Question(
        QuestionId.of(id),
        Words.of(text),
        QuestionKind.DATE,
        required,
        List.of(),
        Optional.empty(),
        OptionalInt.empty());
  }

  /**
   * A question answered in free text of up to {@value #DEFAULT_MAX_LENGTH} characters, with no
   * hint.
   *
   * @param id the question's id, such as {@code named-person}
   * @param text the question as asked
   * @param required whether a report must answer it
   * @return the question; see {@link #withMaxLength} for another limit
   * @throws IllegalArgumentException if the id is not well formed or the text breaks a rule
   */
  public static Question text(String id, String text, boolean required) {
    return new Question(
        QuestionId.of(id),
        Words.of(text),
        QuestionKind.TEXT,
        required,
        List.of(),
        Optional.empty(),
        OptionalInt.of(DEFAULT_MAX_LENGTH));
  }

  /**
   * This question with {@code hint} shown under it.
   *
   * @param hint the words shown under the question, replacing any hint it had
   * @return the new question
   * @throws IllegalArgumentException if the hint is blank or too long
   */
  public Question withHint(String hint) {
    return new Question(id, text, kind, required, options, Optional.of(Words.of(hint)), maxLength);
  }

  /**
   * This question with each of its texts changed by {@code change}, which is given the text's key
   * ({@link #textKeys()}) and its words.
   */
  Question withWords(BiFunction<String, Words, Words> change) {
    var prefix = id.value() + ".";
    var newText = change.apply(prefix + "text", text);
    var newHint = hint.map(h -> change.apply(prefix + "hint", h));
    var newOptions =
        options.stream()
            .map(option ->
                new Option(
                    option.id(),
                    change.apply(prefix + "option." + option.id().value(), option.label()),
                    option.signal()))
            .toList();
    return new Question(id, newText, kind, required, newOptions, newHint, maxLength);
  }

  /**
   * The keys a translation of this question gives its texts by.
   *
   * @return its text's key, its hint's if it has one, and each option's
   */
  public List<String> textKeys() {
    var keys = new ArrayList<String>();
    keys.add(id.value() + ".text");
    hint.ifPresent(h -> keys.add(id.value() + ".hint"));
    options.forEach(option -> keys.add(id.value() + ".option." + option.id().value()));
    return keys;
  }

  static boolean fits(Words words, int max) {
    return words.all().stream().allMatch(text -> !text.isEmpty() && text.length() <= max);
  }

  /**
   * This text question with a different maximum length.
   *
   * @param maxLength the most characters an answer may have, 1 to {@value #MAX_LENGTH_CAP}
   * @return the new question
   * @throws IllegalArgumentException if this is not a text question, or the length is out of range
   */
  public Question withMaxLength(int maxLength) {
    return new Question(id, text, kind, required, options, hint, OptionalInt.of(maxLength));
  }

  /**
   * The option with {@code id}, if this question offers it.
   *
   * @param id the id of an option
   * @return the option, or empty when this question offers none with that id
   */
  public Optional<Option> option(OptionId id) {
    // A loop, not a stream: every chosen option of every submission is looked up here.
    for (var option : options) {
      if (option.id().equals(id)) {
        return Optional.of(option);
      }
    }
    return Optional.empty();
  }
}
