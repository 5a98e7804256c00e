package org.confide.adapter.persistence;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.confide.domain.questionnaire.Option;
import org.confide.domain.questionnaire.OptionId;
import org.confide.domain.questionnaire.Question;
import org.confide.domain.questionnaire.QuestionId;
import org.confide.domain.questionnaire.QuestionKind;
import org.confide.domain.questionnaire.Questionnaire;
import org.confide.domain.questionnaire.QuestionnaireVersion;
import org.confide.domain.questionnaire.SafeguardingSignal;

/**
 * A questionnaire as the JSON document kept in the {@code questionnaires} table: {@code {"version":
 * 1, "questions": [{"id", "text", "kind", "required", "hint", "maxLength", "options": [{"id",
 * "label", "signal"}]}]}}. Reading is strict: unknown fields are refused (a misspelt {@code
 * "requried"} must not silently make a question optional), and every problem is reported with its
 * path in the document, such as {@code questions[3].options[0].id}.
 */
final class QuestionnaireJson {

  /** The longest document read, in characters. */
  static final int MAX_INPUT = 1 << 20;

  private static final int MAX_DEPTH = 32;
  private static final int MAX_NUMBER = 100;

  private static final Set<String> QUESTIONNAIRE_FIELDS = Set.of("version", "questions");
  private static final Set<String> QUESTION_FIELDS =
      Set.of("id", "text", "kind", "required", "hint", "maxLength", "options");
  private static final Set<String> OPTION_FIELDS = Set.of("id", "label", "signal");
  private static final String ID_FORM =
      "must be lower-case words joined by hyphens, at most 64 characters";

  private static final ObjectMapper MAPPER =
      new ObjectMapper(
              new JsonFactoryBuilder()
                  .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                  .streamReadConstraints(
                      StreamReadConstraints.builder()
                          .maxNestingDepth(MAX_DEPTH)
                          .maxNumberLength(MAX_NUMBER)
                          .build())
                  .characterEscapes(new LineSeparatorEscapes())
                  .build())
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

  // Two-space indents and "name": value, as the documents already stored were written.
  private static final DefaultPrettyPrinter INDENTED =
      new DefaultPrettyPrinter()
          .withObjectIndenter(new DefaultIndenter("  ", "\n"))
          .withArrayIndenter(new DefaultIndenter("  ", "\n"))
          .withSeparators(
              Separators.createDefaultInstance()
                  .withObjectFieldValueSpacing(Separators.Spacing.AFTER));

  private QuestionnaireJson() {}

  /** What reading a questionnaire document came to. */
  sealed interface Result permits Parsed, Rejected {}

  /** The document describes a valid questionnaire. */
  record Parsed(Questionnaire questionnaire) implements Result {
    Parsed {
      Objects.requireNonNull(questionnaire, "questionnaire must not be null");
    }
  }

  /** The document can't be used; every problem found, each starting with its path. */
  record Rejected(List<String> problems) implements Result {
    Rejected {
      problems = List.copyOf(Objects.requireNonNull(problems, "problems must not be null"));
      if (problems.isEmpty()) {
        throw new IllegalArgumentException("problems must name at least one problem");
      }
    }
  }

  /** Reads a questionnaire from JSON text. */
  static Result parse(String json) {
    Objects.requireNonNull(json, "json must not be null");
    if (json.length() > MAX_INPUT) {
      return notJson("the document is longer than " + MAX_INPUT + " characters");
    }
    // A byte-order mark is what some editors put first; RFC 8259 lets a reader skip it.
    var text = json.startsWith("\uFEFF") ? json.substring(1) : json;
    JsonNode root;
    try {
      root = MAPPER.readTree(text);
    } catch (NumberFormatException e) {
      return notJson("a number is out of range");
    } catch (JacksonException e) {
      var at = e.getLocation();
      var where =
          at == null ? "" : "line %d, column %d: ".formatted(at.getLineNr(), at.getColumnNr());
      return notJson(where + e.getOriginalMessage());
    }
    if (root == null || root.isMissingNode()) {
      return notJson("the document is empty");
    }
    if (holdsHalfASurrogatePair(root)) {
      return notJson("a string holds half of a surrogate pair");
    }
    return new Reader().questionnaire(root);
  }

  /** Writes {@code questionnaire} as JSON that {@link #parse} reads back to an equal one. */
  static String write(Questionnaire questionnaire) {
    var root = MAPPER.createObjectNode();
    root.put("version", questionnaire.version().value());
    var questions = root.putArray("questions");
    questionnaire.questions().forEach(question -> fields(question, questions.addObject()));
    try {
      return MAPPER.writer(INDENTED).writeValueAsString(root) + "\n";
    } catch (JacksonException e) {
      throw new IllegalStateException("could not write questionnaire " + questionnaire, e);
    }
  }

  private static void fields(Question question, ObjectNode fields) {
    fields.put("id", question.id().value());
    fields.put("text", question.text());
    fields.put("kind", question.kind().name());
    fields.put("required", question.required());
    question.hint().ifPresent(hint -> fields.put("hint", hint));
    question.maxLength().ifPresent(maxLength -> fields.put("maxLength", maxLength));
    if (question.kind().isChoice()) {
      var options = fields.putArray("options");
      for (var option : question.options()) {
        var optionFields = options.addObject();
        optionFields.put("id", option.id().value());
        optionFields.put("label", option.label());
        option.signal().ifPresent(signal -> optionFields.put("signal", signal.name()));
      }
    }
  }

  private static Rejected notJson(String problem) {
    return new Rejected(List.of("not JSON: " + problem));
  }

  private static boolean holdsHalfASurrogatePair(JsonNode node) {
    if (node.isTextual()) {
      return halfASurrogatePair(node.textValue());
    }
    if (node.isObject()) {
      return node.propertyStream()
          .anyMatch(field ->
              halfASurrogatePair(field.getKey()) || holdsHalfASurrogatePair(field.getValue()));
    }
    return node.valueStream().anyMatch(QuestionnaireJson::holdsHalfASurrogatePair);
  }

  private static boolean halfASurrogatePair(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return true;
      }
    }
    return false;
  }

  /** One reading: collects problems as it goes, and builds nothing once one is found. */
  private static final class Reader {

    private final List<String> problems = new ArrayList<>();

    Result questionnaire(JsonNode root) {
      if (!root.isObject()) {
        return new Rejected(List.of("(document): must be a JSON object"));
      }
      unknown(root, "", QUESTIONNAIRE_FIELDS);
      var version = integer(root, "", "version", 1, Integer.MAX_VALUE, true);
      var questions = list(root, "", "questions", Questionnaire.MAX_QUESTIONS, true);
      var read = new ArrayList<Question>();
      var seen = new HashMap<QuestionId, String>();
      for (int i = 0; i < questions.size(); i++) {
        var path = "questions[" + i + "]";
        question(questions.get(i), path)
            .ifPresent(question -> {
              var earlier = seen.putIfAbsent(question.id(), path);
              if (earlier != null) {
                problem(path + ".id", "\"" + question.id() + "\" is already used by " + earlier);
              }
              read.add(question);
            });
      }
      return problems.isEmpty()
          ? new Parsed(Questionnaire.of(QuestionnaireVersion.of(version.orElseThrow()), read))
          : new Rejected(problems);
    }

    private Optional<Question> question(JsonNode fields, String path) {
      if (!fields.isObject()) {
        problem(path, "must be an object");
        return Optional.empty();
      }
      int before = problems.size();
      unknown(fields, path, QUESTION_FIELDS);
      var id = id(fields, path, QuestionId::isWellFormed).map(QuestionId::of);
      var text = string(fields, path, "text", Question.MAX_TEXT, true);
      var kind = constant(fields, path, "kind", QuestionKind.class, true);
      var required = bool(fields, path, "required");
      var hint = string(fields, path, "hint", Question.MAX_HINT, false);
      var maxLength = OptionalInt.empty();
      if (kind.isPresent() && kind.get() != QuestionKind.TEXT && fields.has("maxLength")) {
        problem(path + ".maxLength", "only TEXT questions have a maxLength");
      } else if (kind.isPresent() && kind.get() == QuestionKind.TEXT) {
        maxLength =
            OptionalInt.of(
                integer(fields, path, "maxLength", 1, Question.MAX_LENGTH_CAP, false)
                    .orElse(Question.DEFAULT_MAX_LENGTH));
      }
      var options = new ArrayList<Option>();
      if (kind.isPresent() && !kind.get().isChoice() && fields.has("options")) {
        problem(path + ".options", "only SINGLE_CHOICE and MULTIPLE_CHOICE questions have options");
      } else {
        var choice = kind.map(QuestionKind::isChoice).orElse(false);
        var items = list(fields, path, "options", Question.MAX_OPTIONS, choice);
        var seen = new HashMap<OptionId, String>();
        for (int i = 0; i < items.size(); i++) {
          var optionPath = path + ".options[" + i + "]";
          option(items.get(i), optionPath)
              .ifPresent(option -> {
                var earlier = seen.putIfAbsent(option.id(), optionPath);
                if (earlier != null) {
                  problem(
                      optionPath + ".id", "\"" + option.id() + "\" is already used by " + earlier);
                }
                options.add(option);
              });
        }
      }
      if (problems.size() > before) {
        return Optional.empty();
      }
      return Optional.of(
          new Question(
              id.orElseThrow(),
              text.orElseThrow(),
              kind.orElseThrow(),
              required.orElse(false),
              options,
              hint,
              maxLength));
    }

    private Optional<Option> option(JsonNode fields, String path) {
      if (!fields.isObject()) {
        problem(path, "must be an object");
        return Optional.empty();
      }
      int before = problems.size();
      unknown(fields, path, OPTION_FIELDS);
      var id = id(fields, path, OptionId::isWellFormed).map(OptionId::of);
      var label = string(fields, path, "label", Option.MAX_LABEL, true);
      var signal = constant(fields, path, "signal", SafeguardingSignal.class, false);
      return problems.size() > before
          ? Optional.empty()
          : Optional.of(new Option(id.orElseThrow(), label.orElseThrow(), signal));
    }

    private void unknown(JsonNode fields, String path, Set<String> known) {
      fields
          .propertyStream()
          .map(field -> field.getKey())
          .filter(name -> !known.contains(name))
          .forEach(name ->
              problem(
                  at(path, name),
                  "is not a known field; expected "
                      + known.stream().sorted().collect(Collectors.joining(", "))));
    }

    private Optional<JsonNode> field(JsonNode fields, String path, String name, boolean required) {
      var value = Optional.ofNullable(fields.get(name)).filter(v -> !v.isNull());
      if (value.isEmpty() && required) {
        problem(at(path, name), "is required");
      }
      return value;
    }

    // Ids are not trimmed: integrators match them exactly.
    private Optional<String> id(JsonNode fields, String path, Predicate<String> wellFormed) {
      var value = field(fields, path, "id", true);
      if (value.isPresent()
          && !(value.get().isTextual() && wellFormed.test(value.get().asText()))) {
        problem(at(path, "id"), ID_FORM);
        return Optional.empty();
      }
      return value.map(JsonNode::asText);
    }

    private Optional<String> string(
        JsonNode fields, String path, String name, int maxLength, boolean required) {
      var value = field(fields, path, name, required);
      if (value.isEmpty()) {
        return Optional.empty();
      }
      if (!value.get().isTextual()) {
        problem(at(path, name), "must be a string");
        return Optional.empty();
      }
      var stripped = value.get().asText().strip();
      if (stripped.isEmpty() || stripped.length() > maxLength) {
        problem(at(path, name), "must be 1 to " + maxLength + " characters, not counting spaces");
        return Optional.empty();
      }
      return Optional.of(stripped);
    }

    private Optional<Integer> integer(
        JsonNode fields, String path, String name, int min, int max, boolean required) {
      var value = field(fields, path, name, required);
      if (value.isEmpty()) {
        return Optional.empty();
      }
      if (value.get().isNumber()) {
        var number = value.get().decimalValue();
        if (Math.abs(number.scale()) < 20
            && number.stripTrailingZeros().scale() <= 0
            && number.compareTo(BigDecimal.valueOf(min)) >= 0
            && number.compareTo(BigDecimal.valueOf(max)) <= 0) {
          return Optional.of(number.intValueExact());
        }
      }
      problem(at(path, name), "must be a whole number from " + min + " to " + max);
      return Optional.empty();
    }

    private Optional<Boolean> bool(JsonNode fields, String path, String name) {
      var value = field(fields, path, name, false);
      if (value.isPresent() && !value.get().isBoolean()) {
        problem(at(path, name), "must be true or false");
        return Optional.empty();
      }
      return value.map(JsonNode::booleanValue);
    }

    private <E extends Enum<E>> Optional<E> constant(
        JsonNode fields, String path, String name, Class<E> type, boolean required) {
      var constants = type.getEnumConstants();
      var value = field(fields, path, name, required);
      var match =
          value
              .filter(JsonNode::isTextual)
              .flatMap(v ->
                  Arrays.stream(constants).filter(c -> c.name().equals(v.textValue())).findFirst());
      if (value.isPresent() && match.isEmpty()) {
        problem(
            at(path, name),
            "must be one of "
                + Arrays.stream(constants).map(Enum::name).collect(Collectors.joining(", ")));
      }
      return match;
    }

    private List<JsonNode> list(
        JsonNode fields, String path, String name, int maxSize, boolean required) {
      var value = field(fields, path, name, required);
      if (value.isEmpty()) {
        return List.of();
      }
      var list = value.get();
      if (!list.isArray() || list.isEmpty() || list.size() > maxSize) {
        problem(at(path, name), "must be a list of 1 to " + maxSize + " items");
        return List.of();
      }
      var items = new ArrayList<JsonNode>();
      list.forEach(items::add);
      return items;
    }

    private void problem(String path, String message) {
      problems.add(path + ": " + message);
    }

    private static String at(String path, String name) {
      return path.isEmpty() ? name : path + "." + name;
    }
  }

  /** Jackson's escapes, and U+2028 and U+2029 too: they end a line in JavaScript source. */
  private static final class LineSeparatorEscapes extends CharacterEscapes {

    private static final SerializedString LINE_SEPARATOR = new SerializedString("\\u2028");
    private static final SerializedString PARAGRAPH_SEPARATOR = new SerializedString("\\u2029");
    private final int[] ascii = standardAsciiEscapesForJSON();

    @Override
    public int[] getEscapeCodesForAscii() {
      return ascii;
    }

    @Override
    public SerializableString getEscapeSequence(int ch) {
      return switch (ch) {
        case '\u2028' -> LINE_SEPARATOR;
        case '\u2029' -> PARAGRAPH_SEPARATOR;
        default -> null;
      };
    }
  }
}
