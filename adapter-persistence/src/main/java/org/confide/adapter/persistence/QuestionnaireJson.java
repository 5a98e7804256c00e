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
import java.util.List;
import java.util.Objects;
import org.confide.domain.questionnaire.Question;
import org.confide.domain.questionnaire.Questionnaire;
import org.confide.domain.questionnaire.Words;

/**
 * A questionnaire as the JSON document kept in the {@code questionnaires} table: {@code {"version":
 * 1, "questions": [{"id", "text", "kind", "required", "hint", "maxLength", "options": [{"id",
 * "label", "signal"}]}]}}. A text ({@code text}, {@code hint}, {@code label}) is a string, read as
 * the first language's, or an object of the text in each language by tag: {@code {"en": "Yes",
 * "cy": "Ydw"}}. Reading is strict: unknown fields are refused (a misspelt {@code "requried"} must
 * not silently make a question optional), and every problem is reported with its path in the
 * document, such as {@code questions[3].options[0].id}.
 */
final class QuestionnaireJson {

  /** The longest document read, in characters. */
  static final int MAX_INPUT = 1 << 20;

  private static final int MAX_DEPTH = 32;
  private static final int MAX_NUMBER = 100;

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
    return new QuestionnaireReader().questionnaire(root);
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
    words(fields, "text", question.text());
    fields.put("kind", question.kind().name());
    fields.put("required", question.required());
    question.hint().ifPresent(hint -> words(fields, "hint", hint));
    question.maxLength().ifPresent(maxLength -> fields.put("maxLength", maxLength));
    if (question.kind().isChoice()) {
      var options = fields.putArray("options");
      for (var option : question.options()) {
        var optionFields = options.addObject();
        optionFields.put("id", option.id().value());
        words(optionFields, "label", option.label());
        option.signal().ifPresent(signal -> optionFields.put("signal", signal.name()));
      }
    }
  }

  // A plain text as a string, as documents were written before texts had languages; texts in
  // named languages as an object by language tag.
  private static void words(ObjectNode fields, String name, Words words) {
    if (words.plain().isPresent()) {
      fields.put(name, words.plain().get());
    } else {
      var byLanguage = fields.putObject(name);
      words.texts().forEach((language, text) -> byLanguage.put(language.tag(), text));
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
