package org.confide.domain.questionnaire;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * A questionnaire as a JSON file, as organisations load their own and download the current one:
 * {@code {"version": 1, "questions": [{"id", "text", "kind", "required", "hint", "maxLength",
 * "options": [{"id", "label", "signal"}]}]}}. Reading is strict: unknown fields are refused (a
 * misspelt {@code "requried"} must not silently make a question optional), and every problem is
 * reported with its path, such as {@code questions[3].options[0].id}.
 */
public final class QuestionnaireFormat {

  private static final Set<String> QUESTIONNAIRE_FIELDS = Set.of("version", "questions");
  private static final Set<String> QUESTION_FIELDS =
      Set.of("id", "text", "kind", "required", "hint", "maxLength", "options");
  private static final Set<String> OPTION_FIELDS = Set.of("id", "label", "signal");
  private static final String ID_FORM =
      "must be lower-case words joined by hyphens, at most 64 characters";

  private QuestionnaireFormat() {}

  /** What reading a questionnaire file came to. */
  public sealed interface Result permits Parsed, Rejected {}

  /** The file describes a valid questionnaire. */
  public record Parsed(Questionnaire questionnaire) implements Result {
    public Parsed {
      Objects.requireNonNull(questionnaire, "questionnaire must not be null");
    }
  }

  /** The file can't be used; every problem found, each starting with its JSON path. */
  public record Rejected(List<String> problems) implements Result {
    public Rejected {
      problems = List.copyOf(Objects.requireNonNull(problems, "problems must not be null"));
      if (problems.isEmpty()) {
        throw new IllegalArgumentException("problems must name at least one problem");
      }
    }
  }

  /** Reads a questionnaire from JSON text. */
  public static Result parse(String json) {
    return switch (Json.parse(json)) {
      case Json.Malformed malformed -> new Rejected(List.of("not JSON: " + malformed.problem()));
      case Json.Value value -> new Reader().questionnaire(value.value());
    };
  }

  /** Writes {@code questionnaire} as JSON that {@link #parse} reads back to an equal one. */
  public static String write(Questionnaire questionnaire) {
    var root = new LinkedHashMap<String, Object>();
    root.put("version", questionnaire.version().value());
    root.put(
        "questions", questionnaire.questions().stream().map(QuestionnaireFormat::fields).toList());
    return Json.write(root);
  }

  private static Map<String, Object> fields(Question question) {
    var fields = new LinkedHashMap<String, Object>();
    fields.put("id", question.id().value());
    fields.put("text", question.text());
    fields.put("kind", question.kind().name());
    fields.put("required", question.required());
    question.hint().ifPresent(hint -> fields.put("hint", hint));
    question.maxLength().ifPresent(maxLength -> fields.put("maxLength", maxLength));
    if (question.kind().isChoice()) {
      fields.put("options", question.options().stream().map(QuestionnaireFormat::fields).toList());
    }
    return fields;
  }

  private static Map<String, Object> fields(Option option) {
    var fields = new LinkedHashMap<String, Object>();
    fields.put("id", option.id().value());
    fields.put("label", option.label());
    option.signal().ifPresent(signal -> fields.put("signal", signal.name()));
    return fields;
  }

  /** One reading: collects problems as it goes, and builds nothing once one is found. */
  private static final class Reader {

    private final List<String> problems = new ArrayList<>();

    Result questionnaire(Object root) {
      if (!(root instanceof Map<?, ?> fields)) {
        return new Rejected(List.of("(document): must be a JSON object"));
      }
      unknown(fields, "", QUESTIONNAIRE_FIELDS);
      var version = integer(fields, "", "version", 1, Integer.MAX_VALUE, true);
      var questions = list(fields, "", "questions", Questionnaire.MAX_QUESTIONS, true);
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

    private Optional<Question> question(Object value, String path) {
      if (!(value instanceof Map<?, ?> fields)) {
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
      if (kind.isPresent() && kind.get() != QuestionKind.TEXT && fields.containsKey("maxLength")) {
        problem(path + ".maxLength", "only TEXT questions have a maxLength");
      } else if (kind.isPresent() && kind.get() == QuestionKind.TEXT) {
        maxLength =
            OptionalInt.of(
                integer(fields, path, "maxLength", 1, Question.MAX_LENGTH_CAP, false)
                    .orElse(Question.DEFAULT_MAX_LENGTH));
      }
      var options = new ArrayList<Option>();
      if (kind.isPresent() && !kind.get().isChoice() && fields.containsKey("options")) {
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

    private Optional<Option> option(Object value, String path) {
      if (!(value instanceof Map<?, ?> fields)) {
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

    private void unknown(Map<?, ?> fields, String path, Set<String> known) {
      fields.keySet().stream()
          .map(String.class::cast)
          .filter(name -> !known.contains(name))
          .forEach(name ->
              problem(
                  at(path, name),
                  "is not a known field; expected "
                      + known.stream().sorted().collect(Collectors.joining(", "))));
    }

    private Optional<Object> field(Map<?, ?> fields, String path, String name, boolean required) {
      var value = Optional.ofNullable(fields.get(name)).filter(v -> v != Json.Null.NULL);
      if (value.isEmpty() && required) {
        problem(at(path, name), "is required");
      }
      return value.map(Object.class::cast);
    }

    // Ids are not trimmed: integrators match them exactly.
    private Optional<String> id(Map<?, ?> fields, String path, Predicate<String> wellFormed) {
      var value = field(fields, path, "id", true);
      if (value.isPresent() && !(value.get() instanceof String string && wellFormed.test(string))) {
        problem(at(path, "id"), ID_FORM);
        return Optional.empty();
      }
      return value.map(String.class::cast);
    }

    private Optional<String> string(
        Map<?, ?> fields, String path, String name, int maxLength, boolean required) {
      var value = field(fields, path, name, required);
      if (value.isEmpty()) {
        return Optional.empty();
      }
      if (!(value.get() instanceof String string)) {
        problem(at(path, name), "must be a string");
        return Optional.empty();
      }
      var stripped = string.strip();
      if (stripped.isEmpty() || stripped.length() > maxLength) {
        problem(at(path, name), "must be 1 to " + maxLength + " characters, not counting spaces");
        return Optional.empty();
      }
      return Optional.of(stripped);
    }

    private Optional<Integer> integer(
        Map<?, ?> fields, String path, String name, int min, int max, boolean required) {
      var value = field(fields, path, name, required);
      if (value.isEmpty()) {
        return Optional.empty();
      }
      if (value.get() instanceof BigDecimal number
          && Math.abs(number.scale()) < 20
          && number.stripTrailingZeros().scale() <= 0
          && number.compareTo(BigDecimal.valueOf(min)) >= 0
          && number.compareTo(BigDecimal.valueOf(max)) <= 0) {
        return Optional.of(number.intValueExact());
      }
      problem(at(path, name), "must be a whole number from " + min + " to " + max);
      return Optional.empty();
    }

    private Optional<Boolean> bool(Map<?, ?> fields, String path, String name) {
      var value = field(fields, path, name, false);
      if (value.isPresent() && !(value.get() instanceof Boolean)) {
        problem(at(path, name), "must be true or false");
        return Optional.empty();
      }
      return value.map(Boolean.class::cast);
    }

    private <E extends Enum<E>> Optional<E> constant(
        Map<?, ?> fields, String path, String name, Class<E> type, boolean required) {
      var constants = type.getEnumConstants();
      var value = field(fields, path, name, required);
      var match =
          value.flatMap(v -> Arrays.stream(constants).filter(c -> c.name().equals(v)).findFirst());
      if (value.isPresent() && match.isEmpty()) {
        problem(
            at(path, name),
            "must be one of "
                + Arrays.stream(constants).map(Enum::name).collect(Collectors.joining(", ")));
      }
      return match;
    }

    private List<?> list(
        Map<?, ?> fields, String path, String name, int maxSize, boolean required) {
      var value = field(fields, path, name, required);
      if (value.isEmpty()) {
        return List.of();
      }
      if (!(value.get() instanceof List<?> list) || list.isEmpty() || list.size() > maxSize) {
        problem(at(path, name), "must be a list of 1 to " + maxSize + " items");
        return List.of();
      }
      return list;
    }

    private void problem(String path, String message) {
      problems.add(path + ": " + message);
    }

    private static String at(String path, String name) {
      return path.isEmpty() ? name : path + "." + name;
    }
  }
}
