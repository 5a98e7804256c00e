package org.confide.domain.questionnaire;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import org.confide.domain.shared.Checked;
import org.confide.domain.shared.FieldProblem;
import org.confide.domain.shared.FreeText;
import org.confide.domain.shared.Language;
import org.confide.domain.shared.ProblemCode;

/**
 * A questionnaire as an administrator writes it: its questions, each part as typed and possibly
 * missing, with no version (the service numbers a new version). {@link #check} turns it into a
 * questionnaire or names every problem by its path in the document, such as {@code
 * questions[3].options[1].id}; {@link #of} writes a questionnaire back, so that the document of a
 * version, sent again, makes an equal questionnaire.
 *
 * @param questions the questions in the order asked; null is read as missing
 */
public record QuestionnaireDocument(List<QuestionEntry> questions) {

  /**
   * Keeps an unmodifiable copy of the questions, if any were given.
   *
   * @throws NullPointerException if a question is null
   */
  public QuestionnaireDocument {
    questions = questions == null ? null : List.copyOf(questions);
  }

  /**
   * The document of {@code questionnaire}: what {@link #check} reads back to equal questions.
   *
   * @param questionnaire the questionnaire
   * @return its document; a text question always names its maximum length, an absent hint is null
   */
  public static QuestionnaireDocument of(Questionnaire questionnaire) {
    return new QuestionnaireDocument(
        questionnaire.questions().stream().map(QuestionEntry::of).toList());
  }

  /**
   * The questionnaire this document describes, as {@code version}, or every problem with it.
   *
   * @param version the version the questionnaire is to have
   * @return the questionnaire, or every problem found, each named by its path in the document
   */
  public Checked<Questionnaire> check(QuestionnaireVersion version) {
    return check(version, List.of());
  }

  /**
   * The questionnaire this document describes, as {@code version}, or every problem with it,
   * including each text it lacks in a language it must have.
   *
   * @param version the version the questionnaire is to have
   * @param required the languages every text must be written in (a plain text is {@link
   *     Words#PLAIN_LANGUAGE}'s); empty requires none
   * @return the questionnaire, or every problem found, each named by its path in the document: a
   *     missing text by the path of the text and the language, such as {@code
   *     questions[2].options[0].label.cy}
   */
  public Checked<Questionnaire> check(QuestionnaireVersion version, List<Language> required) {
    Objects.requireNonNull(version, "version must not be null");
    Objects.requireNonNull(required, "required must not be null");
    var problems = new ArrayList<FieldProblem>();
    if (questions == null
        || questions.isEmpty()
        || questions.size() > Questionnaire.MAX_QUESTIONS) {
      return Checked.invalid("questions", ProblemCode.QUESTIONS_COUNT, Questionnaire.MAX_QUESTIONS);
    }
    var read = new ArrayList<Question>();
    var seen = new HashMap<String, String>();
    for (int i = 0; i < questions.size(); i++) {
      var path = "questions[" + i + "]";
      var question = questions.get(i);
      var earlier = question.id() == null ? null : seen.putIfAbsent(question.id(), path);
      if (earlier != null) {
        problems.add(FieldProblem.of(path + ".id", ProblemCode.ID_USED, question.id(), earlier));
      }
      question.check().renamed(part -> path + "." + part).collect(problems).ifPresent(read::add);
    }
    return Checked.unless(problems, () -> Questionnaire.of(version, read))
        .flatMap(questionnaire ->
            Checked.unless(questionnaire.missingTexts(required), () -> questionnaire));
  }

  /**
   * A text as written: one plain text, or a text for each language named by its tag. Either part
   * may be missing or wrong; {@link QuestionnaireDocument#check} says what is.
   *
   * @param plain the text in no named language, read as {@link Words#PLAIN_LANGUAGE}'s; null when
   *     the texts name their languages
   * @param byLanguage the text in each language, by tag such as {@code cy}; null for a plain text
   */
  public record Written(String plain, Map<String, String> byLanguage) {

    /**
     * Keeps an unmodifiable, ordered copy of the texts by language, if any were given.
     *
     * @throws NullPointerException if a tag is null
     */
    public Written {
      if (byLanguage != null) {
        var copy = new LinkedHashMap<String, String>();
        byLanguage.forEach((tag, text) ->
            copy.put(Objects.requireNonNull(tag, "language tag must not be null"), text));
        byLanguage = Collections.unmodifiableMap(copy);
      }
    }

    /**
     * A plain text, in no named language.
     *
     * @param text the text as typed, or null for none
     * @return the text written, or null when {@code text} is null
     */
    public static Written plain(String text) {
      return text == null ? null : new Written(text, null);
    }

    /**
     * The text as {@code words} hold it.
     *
     * @param words the words of a questionnaire
     * @return a plain text, or the text in each language named
     */
    public static Written of(Words words) {
      if (words.plain().isPresent()) {
        return new Written(words.plain().get(), null);
      }
      var byTag = new LinkedHashMap<String, String>();
      words.texts().forEach((language, text) -> byTag.put(language.tag(), text));
      return new Written(null, byTag);
    }
  }

  /**
   * One question as written.
   *
   * @param id its id, lower-case words joined by hyphens
   * @param text the question as asked, plain or in each language
   * @param kind {@code SINGLE_CHOICE}, {@code MULTIPLE_CHOICE}, {@code DATE} or {@code TEXT}
   * @param required whether a report must answer it; null is false
   * @param hint words shown under it, plain or in each language, or null for none
   * @param maxLength for a text question, the most characters an answer may have; null is {@value
   *     Question#DEFAULT_MAX_LENGTH}; for another kind, null
   * @param options for a choice question, its options; for another kind, null
   */
  public record QuestionEntry(
      String id,
      Written text,
      String kind,
      Boolean required,
      Written hint,
      Integer maxLength,
      List<OptionEntry> options) {

    /**
     * Keeps an unmodifiable copy of the options, if any were given.
     *
     * @throws NullPointerException if an option is null
     */
    public QuestionEntry {
      options = options == null ? null : List.copyOf(options);
    }

    /**
     * A question whose texts are plain, in no named language.
     *
     * @param id its id
     * @param text the question as asked, or null
     * @param kind its kind
     * @param required whether a report must answer it; null is false
     * @param hint words shown under it, or null for none
     * @param maxLength for a text question, the most characters an answer may have, or null
     * @param options for a choice question, its options; for another kind, null
     */
    public QuestionEntry(
        String id,
        String text,
        String kind,
        Boolean required,
        String hint,
        Integer maxLength,
        List<OptionEntry> options) {
      this(id, Written.plain(text), kind, required, Written.plain(hint), maxLength, options);
    }

    /**
     * The entry of {@code question}.
     *
     * @param question the question
     * @return its entry
     */
    public static QuestionEntry of(Question question) {
      return new QuestionEntry(
          question.id().value(),
          Written.of(question.text()),
          question.kind().name(),
          question.required(),
          question.hint().map(Written::of).orElse(null),
          question.maxLength().isPresent() ? question.maxLength().getAsInt() : null,
          question.kind().isChoice()
              ? question.options().stream().map(OptionEntry::of).toList()
              : null);
    }

    Checked<Question> check() {
      var problems = new ArrayList<FieldProblem>();
      if (id == null || !QuestionId.isWellFormed(id)) {
        problems.add(FieldProblem.of("id", ProblemCode.ID_FORM));
      }
      var textWords = words(problems, "text", text, Question.MAX_TEXT, true);
      var hintWords = words(problems, "hint", hint, Question.MAX_HINT, false);
      var questionKind =
          Arrays.stream(QuestionKind.values()).filter(k -> k.name().equals(kind)).findFirst();
      if (questionKind.isEmpty()) {
        problems.add(
            FieldProblem.of(
                "kind",
                ProblemCode.ONE_OF,
                Arrays.stream(QuestionKind.values())
                    .map(Enum::name)
                    .collect(Collectors.joining(", "))));
      }
      var isText = questionKind.filter(k -> k == QuestionKind.TEXT).isPresent();
      var isChoice = questionKind.filter(QuestionKind::isChoice).isPresent();
      if (maxLength != null && questionKind.isPresent() && !isText) {
        problems.add(FieldProblem.of("maxLength", ProblemCode.MAX_LENGTH_TEXT_ONLY));
      } else if (maxLength != null && (maxLength < 1 || maxLength > Question.MAX_LENGTH_CAP)) {
        problems.add(FieldProblem.of("maxLength", ProblemCode.MAX_LENGTH, Question.MAX_LENGTH_CAP));
      }
      var read = new ArrayList<Option>();
      if (options != null && questionKind.isPresent() && !isChoice) {
        problems.add(FieldProblem.of("options", ProblemCode.OPTIONS_CHOICE_ONLY));
      } else if (isChoice
          && (options == null || options.isEmpty() || options.size() > Question.MAX_OPTIONS)) {
        problems.add(FieldProblem.of("options", ProblemCode.OPTIONS_COUNT, Question.MAX_OPTIONS));
      } else if (options != null) {
        var seen = new HashMap<String, String>();
        for (int i = 0; i < options.size(); i++) {
          var path = "options[" + i + "]";
          var option = options.get(i);
          var earlier = option.id() == null ? null : seen.putIfAbsent(option.id(), path);
          if (earlier != null) {
            problems.add(FieldProblem.of(path + ".id", ProblemCode.ID_USED, option.id(), earlier));
          }
          option.check().renamed(part -> path + "." + part).collect(problems).ifPresent(read::add);
        }
      }
      return Checked.unless(
          problems,
          () ->
              new Question(
                  QuestionId.of(id),
                  textWords.orElseThrow(),
                  questionKind.orElseThrow(),
                  Boolean.TRUE.equals(required),
                  read,
                  hintWords,
                  isText
                      ? OptionalInt.of(maxLength == null ? Question.DEFAULT_MAX_LENGTH : maxLength)
                      : OptionalInt.empty()));
    }
  }

  /**
   * One option of a choice question as written.
   *
   * @param id its id, lower-case words joined by hyphens
   * @param label the words shown, plain or in each language
   * @param signal {@code UNDER_18}, {@code POSSIBLY_UNDER_18}, {@code IMMEDIATE_DANGER} or {@code
   *     SERIOUS_HARM}, or null for none
   */
  public record OptionEntry(String id, Written label, String signal) {

    /**
     * An option whose label is plain, in no named language.
     *
     * @param id its id
     * @param label the words shown, or null
     * @param signal its safeguarding signal's name, or null
     */
    public OptionEntry(String id, String label, String signal) {
      this(id, Written.plain(label), signal);
    }

    /**
     * The entry of {@code option}.
     *
     * @param option the option
     * @return its entry
     */
    public static OptionEntry of(Option option) {
      return new OptionEntry(
          option.id().value(),
          Written.of(option.label()),
          option.signal().map(Enum::name).orElse(null));
    }

    Checked<Option> check() {
      var problems = new ArrayList<FieldProblem>();
      if (id == null || !OptionId.isWellFormed(id)) {
        problems.add(FieldProblem.of("id", ProblemCode.ID_FORM));
      }
      var labelWords = words(problems, "label", label, Option.MAX_LABEL, true);
      var named =
          Arrays.stream(SafeguardingSignal.values())
              .filter(s -> s.name().equals(signal))
              .findFirst();
      if (signal != null && named.isEmpty()) {
        problems.add(
            FieldProblem.of(
                "signal",
                ProblemCode.SIGNAL,
                Arrays.stream(SafeguardingSignal.values())
                    .map(Enum::name)
                    .collect(Collectors.joining(", "))));
      }
      return Checked.unless(
          problems, () -> new Option(OptionId.of(id), labelWords.orElseThrow(), named));
    }
  }

  private static Optional<Words> words(
      List<FieldProblem> problems, String field, Written value, int max, boolean required) {
    if (value == null || (value.plain() == null && value.byLanguage() == null)) {
      if (required) {
        problems.add(FieldProblem.of(field, ProblemCode.REQUIRED));
      }
      return Optional.empty();
    }
    int before = problems.size();
    if (value.plain() != null && value.byLanguage() != null) {
      problems.add(FieldProblem.of(field, ProblemCode.TEXT_BOTH));
      return Optional.empty();
    }
    if (value.plain() != null) {
      text(problems, field, value.plain(), max);
      return problems.size() > before ? Optional.empty() : Optional.of(Words.of(value.plain()));
    }
    if (value.byLanguage().isEmpty()) {
      problems.add(FieldProblem.of(field, ProblemCode.TEXT_NO_LANGUAGE));
      return Optional.empty();
    }
    var texts = new LinkedHashMap<Language, String>();
    value
        .byLanguage()
        .forEach((tag, text) -> {
          var language = Language.parse(tag);
          if (language.isEmpty()) {
            // The name is not repeated: it is whatever was sent.
            problems.add(FieldProblem.of(field, ProblemCode.TEXT_LANGUAGE_TAG));
          } else if (text == null) {
            problems.add(FieldProblem.of(field + "." + tag, ProblemCode.REQUIRED));
          } else if (text(problems, field + "." + tag, text, max)) {
            texts.put(language.get(), text);
          }
        });
    return problems.size() > before ? Optional.empty() : Optional.of(Words.of(texts));
  }

  private static boolean text(List<FieldProblem> problems, String field, String value, int max) {
    var stripped = value.strip();
    if (stripped.isEmpty() || stripped.length() > max) {
      problems.add(FieldProblem.of(field, ProblemCode.TEXT_LENGTH, max));
      return false;
    } else if (FreeText.hasControlCharacters(stripped)) {
      // A reporter reads these words on every report: a control character could hide or garble
      // them, or break an export.
      problems.add(FieldProblem.of(field, ProblemCode.TEXT_CONTROL));
      return false;
    }
    return true;
  }
}
