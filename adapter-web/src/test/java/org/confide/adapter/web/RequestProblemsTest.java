package org.confide.adapter.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.InvocationTargetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Request records whose only constraints are {@code @NotNull} and {@code @Valid} are checked
 * without Jakarta Validation; every request record of the web adapter must be answered with the
 * same problems, in the same words and order, as the validator gives.
 */
class RequestProblemsTest {

  @Test
  void every_request_record_has_the_problems_the_validator_finds() throws Exception {
    var records = requestRecords();
    assertThat(records).hasSizeGreaterThan(30);
    int compared = 0;
    for (var type : records) {
      for (var fill : Fill.values()) {
        var request = instance(type, fill, 0);
        if (request == null) {
          continue;
        }
        assertThat(RequestProblems.of(request).problems())
            .as("%s, %s", type.getName(), fill)
            .isEqualTo(RequestProblems.byValidator(request).problems());
        compared++;
      }
    }
    assertThat(compared).isGreaterThan(60);
  }

  @Test
  void a_submission_is_checked_without_the_validator_and_names_every_missing_field()
      throws Exception {
    var submission = Class.forName("org.confide.adapter.web.api.ReporterApi$SubmitRequest");
    assertThat(RequestProblems.checkedWithoutValidator(submission)).isTrue();

    var empty = instance(submission, Fill.NOTHING, 0);
    assertThat(RequestProblems.of(empty).problems())
        .extracting(p -> p.field() + ": " + p.message())
        .containsExactly(
            "anonymous: Is required",
            "answers: Is required",
            "messaging: Is required",
            "questionnaireVersion: Is required");

    var withSupport = instance(submission, Fill.NESTED_EMPTY, 0);
    assertThat(RequestProblems.of(withSupport).problems())
        .extracting(p -> p.field())
        .contains("support.wanted");
  }

  @Test
  void a_record_with_other_constraints_is_left_to_the_validator() throws Exception {
    var tags = Class.forName("org.confide.adapter.web.api.OutcomesApi$TagsRequest");
    assertThat(RequestProblems.checkedWithoutValidator(tags)).isFalse();
  }

  /** What a request record is made with: nothing, or its nested records present but empty. */
  enum Fill {
    NOTHING,
    NESTED_EMPTY,
    PLAIN_VALUES
  }

  /** Every record compiled in the web adapter's main classes. */
  private static List<Class<?>> requestRecords() throws Exception {
    var root =
        Path.of(RequestProblems.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    var records = new ArrayList<Class<?>>();
    try (var files = Files.walk(root)) {
      for (var file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
        var name = root.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
        var type = Class.forName(name, false, RequestProblems.class.getClassLoader());
        if (type.isRecord()) {
          records.add(type);
        }
      }
    }
    return records;
  }

  /** An instance of {@code type}, or null when its constructor refuses what it is given. */
  private static Object instance(Class<?> type, Fill fill, int depth) throws Exception {
    var components = type.getRecordComponents();
    var types = new Class<?>[components.length];
    var values = new Object[components.length];
    for (int i = 0; i < components.length; i++) {
      var t = components[i].getType();
      types[i] = t;
      values[i] = value(t, fill, depth);
    }
    var constructor = type.getDeclaredConstructor(types);
    constructor.setAccessible(true);
    try {
      return constructor.newInstance(values);
    } catch (InvocationTargetException refused) {
      return null;
    }
  }

  private static Object value(Class<?> type, Fill fill, int depth) throws Exception {
    if (type.isPrimitive()) {
      return java.lang.reflect.Array.get(java.lang.reflect.Array.newInstance(type, 1), 0);
    }
    if (type.isRecord() && fill != Fill.NOTHING && depth < 2) {
      return instance(type, Fill.NOTHING, depth + 1);
    }
    if (fill == Fill.PLAIN_VALUES) {
      if (type == String.class) {
        return "x";
      }
      if (type == Boolean.class) {
        return true;
      }
      if (type == Integer.class) {
        return 1;
      }
      if (type == List.class) {
        return List.of();
      }
      if (type == Map.class) {
        return Map.of();
      }
    }
    return null;
  }
}
