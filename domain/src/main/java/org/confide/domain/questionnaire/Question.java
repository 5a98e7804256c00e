package org.confide.domain.questionnaire;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One short question. Choice questions carry their options (unique ids, at least one); date and
 * text questions carry none. Only text questions have a maximum length.
 */
public record Question(
    QuestionId id,
    String text,
    QuestionKind kind,
    boolean required,
    List<Option> options,
    Optional<String> hint,
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

  public Question {
    Objects.requireNonNull(id, "question id must not be null");
    Objects.requireNonNull(text, "question text must not be null");
    Objects.requireNonNull(kind, "question kind must not be null");
    Objects.requireNonNull(hint, "question hint must not be null");
    Objects.requireNonNull(maxLength, "question maxLength must not be null");
    options = List.copyOf(Objects.requireNonNull(options, "question options must not be null"));
    text = text.strip();
    if (text.isEmpty() || text.length() > MAX_TEXT) {
      throw new IllegalArgumentException(
          "question text of " + id + " must be 1 to " + MAX_TEXT + " characters");
    }
    hint = hint.map(String::strip);
    if (hint.filter(h -> h.isEmpty() || h.length() > MAX_HINT).isPresent()) {
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

  /** A question answered by exactly one of {@code options}. */
  public static Question singleChoice(
      String id, String text, boolean required, List<Option> options) {
    return new Question(
        QuestionId.of(id),
        text,
        QuestionKind.SINGLE_CHOICE,
        required,
        options,
        Optional.empty(),
        OptionalInt.empty());
  }

  /** A question answered by one or more of {@code options}. */
  public static Question multipleChoice(
      String id, String text, boolean required, List<Option> options) {
    return new Question(
        QuestionId.of(id),
        text,
        QuestionKind.MULTIPLE_CHOICE,
        required,
        options,
        Optional.empty(),
        OptionalInt.empty());
  }

  /** A question answered by a date. */
  public static Question date(String id, String text, boolean required) {
    return new Question(
        QuestionId.of(id),
        text,
        QuestionKind.DATE,
        required,
        List.of(),
        Optional.empty(),
        OptionalInt.empty());
  }

  /** A question answered in free text of up to {@value #DEFAULT_MAX_LENGTH} characters. */
  public static Question text(String id, String text, boolean required) {
    return new Question(
        QuestionId.of(id),
        text,
        QuestionKind.TEXT,
        required,
        List.of(),
        Optional.empty(),
        OptionalInt.of(DEFAULT_MAX_LENGTH));
  }

  /** This question with {@code hint} shown under it. */
  public Question withHint(String hint) {
    return new Question(id, text, kind, required, options, Optional.of(hint), maxLength);
  }

  /** This text question with a different maximum length. */
  public Question withMaxLength(int maxLength) {
    return new Question(id, text, kind, required, options, hint, OptionalInt.of(maxLength));
  }

  /** The option with {@code id}, if this question offers it. */
  public Optional<Option> option(OptionId id) {
    return options.stream().filter(option -> option.id().equals(id)).findFirst();
  }
}
