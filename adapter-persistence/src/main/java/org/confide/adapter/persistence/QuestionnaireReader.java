package org.confide.adapter.persistence;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.confide.adapter.persistence.QuestionnaireJson.Parsed;
import org.confide.adapter.persistence.QuestionnaireJson.Rejected;
import org.confide.adapter.persistence.QuestionnaireJson.Result;
import org.confide.domain.questionnaire.Option;
import org.confide.domain.questionnaire.OptionId;
import org.confide.domain.questionnaire.Question;
import org.confide.domain.questionnaire.QuestionId;
import org.confide.domain.questionnaire.QuestionKind;
import org.confide.domain.questionnaire.Questionnaire;
import org.confide.domain.questionnaire.QuestionnaireVersion;
import org.confide.domain.questionnaire.SafeguardingSignal;
import org.confide.domain.questionnaire.Words;
import org.confide.domain.shared.Language;

/**
 * One reading of a questionnaire document already parsed as JSON: collects every problem as it
 * goes, each with its path in the document, and builds nothing once one is found.
 */
final class QuestionnaireReader {

  private static final Set<String> QUESTIONNAIRE_FIELDS = Set.of("version", "questions");
  private static final Set<String> QUESTION_FIELDS =
      Set.of("id", "text", "kind", "required", "hint", "maxLength", "options");
  private static final Set<String> OPTION_FIELDS = Set.of("id", "label", "signal");
  private static final String ID_FORM =
      "must be lower-case words joined by hyphens, at most 64 characters";

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
    var text = words(fields, path, "text", Question.MAX_TEXT, true);
    var kind = constant(fields, path, "kind", QuestionKind.class, true);
    var required = bool(fields, path, "required");
    var hint = words(fields, path, "hint", Question.MAX_HINT, false);
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
    var label = words(fields, path, "label", Option.MAX_LABEL, true);
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
    if (value.isPresent() && !(value.get().isTextual() && wellFormed.test(value.get().asText()))) {
      problem(at(path, "id"), ID_FORM);
      return Optional.empty();
    }
    return value.map(JsonNode::asText);
  }

  // A string (a plain text, read as English, Words.PLAIN_LANGUAGE) or an object of texts by
  // language tag.
  private Optional<Words> words(
      JsonNode fields, String path, String name, int maxLength, boolean required) {
    var value = field(fields, path, name, required);
    if (value.isEmpty()) {
      return Optional.empty();
    }
    if (value.get().isTextual()) {
      return text(value.get(), at(path, name), maxLength).map(Words::of);
    }
    if (!value.get().isObject() || value.get().isEmpty()) {
      problem(
          at(path, name),
          "must be a string, or an object of the text in each language, such as {\"en\": ...}");
      return Optional.empty();
    }
    int before = problems.size();
    var texts = new LinkedHashMap<Language, String>();
    value
        .get()
        .propertyStream()
        .forEach(entry -> {
          var where = at(at(path, name), entry.getKey());
          var language = Language.parse(entry.getKey());
          if (language.isEmpty()) {
            problem(where, "is not a language tag such as en or cy");
          } else {
            text(entry.getValue(), where, maxLength)
                .ifPresent(text -> texts.put(language.get(), text));
          }
        });
    return problems.size() > before ? Optional.empty() : Optional.of(Words.of(texts));
  }

  private Optional<String> text(JsonNode value, String where, int maxLength) {
    if (!value.isTextual()) {
      problem(where, "must be a string");
      return Optional.empty();
    }
    var stripped = value.asText().strip();
    if (stripped.isEmpty() || stripped.length() > maxLength) {
      problem(where, "must be 1 to " + maxLength + " characters, not counting spaces");
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
