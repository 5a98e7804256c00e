package org.confide.domain.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class JsonTest {

  static Object value(String json) {
    var result = Json.parse(json);
    assertThat(result).as(json).isInstanceOf(Json.Value.class);
    return ((Json.Value) result).value();
  }

  static String problem(String json) {
    var result = Json.parse(json);
    assertThat(result).as(json).isInstanceOf(Json.Malformed.class);
    return ((Json.Malformed) result).problem();
  }

  @Nested
  class Values {

    @Test
    void reads_each_kind_of_value() {
      assertThat(value("\"a\"")).isEqualTo("a");
      assertThat(value("true")).isEqualTo(true);
      assertThat(value("false")).isEqualTo(false);
      assertThat(value("null")).isEqualTo(Json.Null.NULL);
      assertThat(value("[]")).isEqualTo(List.of());
      assertThat(value("{}")).isEqualTo(Map.of());
    }

    @Test
    void keeps_field_order() {
      assertThat(value("{\"b\": 1, \"a\": [2, {\"c\": null}]}"))
          .isInstanceOf(Map.class)
          .isEqualTo(
              Map.of(
                  "b",
                  new BigDecimal("1"),
                  "a",
                  List.of(new BigDecimal("2"), Map.of("c", Json.Null.NULL))));
      assertThat(List.copyOf(((Map<?, ?>) value("{\"b\": 1, \"a\": 2}")).keySet()))
          .isEqualTo(List.of("b", "a"));
    }

    @Test
    void allows_whitespace_and_a_byte_order_mark() {
      assertThat(value("\uFEFF \t\r\n [ 1 , 2 ] \n"))
          .isEqualTo(List.of(BigDecimal.ONE, BigDecimal.TWO));
    }

    @Test
    void reads_numbers_exactly() {
      assertThat(value("0")).isEqualTo(new BigDecimal("0"));
      assertThat(value("-12")).isEqualTo(new BigDecimal("-12"));
      assertThat(value("3.25")).isEqualTo(new BigDecimal("3.25"));
      assertThat(value("1e3")).isEqualTo(new BigDecimal("1e3"));
      assertThat(value("-1.5E-2")).isEqualTo(new BigDecimal("-0.015"));
      assertThat(value("12345678901234567890123"))
          .isEqualTo(new BigDecimal("12345678901234567890123"));
    }

    @Test
    void refuses_numbers_json_does_not_allow() {
      for (var json :
          List.of("01", "+1", ".5", "1.", "1e", "-", "1e+", "NaN", "Infinity", "0x10")) {
        assertThat(Json.parse(json)).as(json).isInstanceOf(Json.Malformed.class);
      }
    }

    @Test
    void refuses_a_number_too_long_or_out_of_range() {
      assertThat(problem("1".repeat(101))).contains("longer than 100 characters");
      assertThat(problem("1e99999999999")).contains("out of range");
    }
  }

  @Nested
  class Strings {

    @Test
    void reads_every_escape() {
      assertThat(value("\"\\\" \\\\ \\/ \\b \\f \\n \\r \\t \\u00e9 \\u20AC\""))
          .isEqualTo("\" \\ / \b \f \n \r \t é €");
    }

    @Test
    void reads_a_surrogate_pair() {
      assertThat(value("\"\\ud83d\\ude00\"")).isEqualTo("😀");
      assertThat(value("\"😀\"")).isEqualTo("😀");
    }

    @Test
    void refuses_half_a_surrogate_pair() {
      assertThat(problem("\"\\ud83d\"")).contains("surrogate");
      assertThat(problem("\"\\ude00\\ud83d\"")).contains("surrogate");
      assertThat(problem("\"\\ud83dx\"")).contains("surrogate");
    }

    @Test
    void refuses_bad_escapes() {
      assertThat(problem("\"\\x\"")).contains("unknown escape \\x");
      assertThat(problem("\"\\u12\"")).contains("four hexadecimal digits");
      assertThat(problem("\"\\u12g4\"")).contains("four hexadecimal digits");
    }

    @Test
    void refuses_an_unescaped_control_character() {
      assertThat(problem("\"a\nb\"")).contains("control character");
      assertThat(problem("\"a\u0000b\"")).contains("control character");
    }

    @Test
    void refuses_an_unclosed_string() {
      assertThat(problem("\"abc")).isEqualTo("line 1, column 1: a string is not closed");
    }
  }

  @Nested
  class Documents {

    @Test
    void refuses_empty_input() {
      assertThat(problem("")).isEqualTo("line 1, column 1: the document is empty");
      assertThat(problem("  \n ")).isEqualTo("line 2, column 2: the document is empty");
    }

    @Test
    void refuses_trailing_text() {
      assertThat(problem("{} {}"))
          .isEqualTo("line 1, column 4: unexpected text after the end of the document");
      assertThat(problem("true false")).contains("unexpected text");
    }

    @Test
    void refuses_a_duplicate_field_naming_it_and_its_place() {
      assertThat(problem("{\n  \"a\": 1,\n  \"a\": 2\n}"))
          .isEqualTo("line 3, column 3: the field \"a\" appears twice");
    }

    @Test
    void refuses_trailing_commas_and_missing_separators() {
      assertThat(problem("[1,]")).contains("expected a value");
      assertThat(problem("{\"a\":1,}")).contains("expected a field name");
      assertThat(problem("[1 2]")).contains("expected ']'");
      assertThat(problem("{\"a\" 1}")).contains("expected ':'");
      assertThat(problem("{a: 1}")).contains("expected a field name");
      assertThat(problem("[1")).contains("expected ']'");
    }

    @Test
    void refuses_misspelt_literals() {
      assertThat(problem("tru")).contains("expected a value");
      assertThat(problem("nul")).contains("expected a value");
      assertThat(problem("True")).contains("expected a value");
    }

    @Test
    void allows_nesting_32_deep_but_not_33() {
      assertThat(Json.parse("[".repeat(32) + "]".repeat(32))).isInstanceOf(Json.Value.class);
      assertThat(problem("[".repeat(33) + "]".repeat(33)))
          .isEqualTo("line 1, column 33: nesting is deeper than 32 levels");
      assertThat(problem("{\"a\":".repeat(33) + "1" + "}".repeat(33))).contains("deeper than 32");
    }

    @Test
    void refuses_input_over_1_mib() {
      var padding = new char[Json.MAX_INPUT - 2];
      Arrays.fill(padding, ' ');
      var justFits = "[" + new String(padding) + "]";

      assertThat(Json.parse(justFits)).isInstanceOf(Json.Value.class);
      assertThat(problem(justFits + " ")).contains("longer than 1048576 characters");
    }
  }

  @Nested
  class Writing {

    @Test
    void writes_what_it_reads() {
      var document = new LinkedHashMap<String, Object>();
      document.put("text", "quote \" backslash \\ newline \n tab \t bell \u0007 é 😀 \u2028");
      document.put("number", new BigDecimal("-1.5"));
      document.put("flags", List.of(true, false, Json.Null.NULL));
      document.put("empty", Map.of());
      document.put("none", List.of());

      var written = Json.write(document);

      assertThat(written).contains("\\u0007").contains("\\u2028").contains("é 😀");
      assertThat(value(written)).isEqualTo(document);
    }

    @Test
    void writes_indented_json() {
      assertThat(Json.write(Map.of("a", List.of(1)))).isEqualTo("{\n  \"a\": [\n    1\n  ]\n}\n");
    }
  }
}
