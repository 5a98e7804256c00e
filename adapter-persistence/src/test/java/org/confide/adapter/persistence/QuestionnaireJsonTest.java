package org.confide.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.confide.domain.questionnaire.DefaultQuestionnaire;
import org.confide.domain.questionnaire.Option;
import org.confide.domain.questionnaire.Question;
import org.confide.domain.questionnaire.Questionnaire;
import org.confide.domain.questionnaire.QuestionnaireVersion;
import org.confide.domain.questionnaire.SafeguardingSignal;
import org.confide.domain.questionnaire.Words;
import org.confide.domain.shared.Language;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class QuestionnaireJsonTest {

  static Questionnaire parsed(String json) {
    var result = QuestionnaireJson.parse(json);
    assertThat(result).isInstanceOf(QuestionnaireJson.Parsed.class);
    return ((QuestionnaireJson.Parsed) result).questionnaire();
  }

  static List<String> problems(String json) {
    var result = QuestionnaireJson.parse(json);
    assertThat(result).isInstanceOf(QuestionnaireJson.Rejected.class);
    return ((QuestionnaireJson.Rejected) result).problems();
  }

  // Single quotes keep the fixtures readable.
  static String json(String singleQuoted) {
    return singleQuoted.replace('\'', '"');
  }

  static String withQuestion(String question) {
    return json("{'version': 1, 'questions': [" + question + "]}");
  }

  static String resource(String name) {
    try (var in = QuestionnaireJsonTest.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Nested
  class Reading {

    @Test
    void reads_every_field() {
      var questionnaire =
          parsed(
              json(
                  """
                  {'version': 4, 'questions': [
                    {'id': 'under-18', 'text': 'Under 18?', 'kind': 'SINGLE_CHOICE', 'required': true,
                     'hint': 'We ask to keep people safe.',
                     'options': [{'id': 'yes', 'label': 'Yes', 'signal': 'UNDER_18'}, {'id': 'no', 'label': 'No'}]},
                    {'id': 'where', 'text': 'Where?', 'kind': 'TEXT', 'maxLength': 300},
                    {'id': 'when', 'text': 'When?', 'kind': 'DATE', 'required': false}
                  ]}
                  """));

      assertThat(questionnaire)
          .isEqualTo(
              Questionnaire.of(
                  QuestionnaireVersion.of(4),
                  List.of(
                      Question.singleChoice(
                              "under-18",
                              "Under 18?",
                              true,
                              List.of(
                                  Option.of("yes", "Yes", SafeguardingSignal.UNDER_18),
                                  Option.of("no", "No")))
                          .withHint("We ask to keep people safe."),
                      Question.text("where", "Where?", false).withMaxLength(300),
                      Question.date("when", "When?", false))));
    }

    @Test
    void a_text_question_without_max_length_gets_2000() {
      assertThat(
              parsed(withQuestion("{'id': 'who', 'text': 'Who?', 'kind': 'TEXT'}"))
                  .questions()
                  .get(0)
                  .maxLength())
          .hasValue(2000);
    }

    @Test
    void write_then_parse_gives_an_equal_questionnaire() {
      var questionnaire =
          Questionnaire.of(
              QuestionnaireVersion.of(7),
              List.of(
                  Question.multipleChoice(
                          "what",
                          "What \"happened\"?",
                          true,
                          List.of(
                              Option.of("a", "Ä\nb"),
                              Option.of("b", "B", SafeguardingSignal.SERIOUS_HARM)))
                      .withHint("Choose any 😀"),
                  Question.text("who", "Who?", false).withMaxLength(10_000),
                  Question.date("when", "When?", true)));

      var written = QuestionnaireJson.write(questionnaire);

      assertThat(parsed(written)).isEqualTo(questionnaire);
      assertThat(QuestionnaireJson.write(parsed(written))).isEqualTo(written);
    }

    @Test
    void the_default_questionnaire_round_trips() {
      for (var questionnaire :
          java.util.List.of(DefaultQuestionnaire.first(), DefaultQuestionnaire.standard())) {
        assertThat(parsed(QuestionnaireJson.write(questionnaire))).isEqualTo(questionnaire);
      }
    }
  }

  @Nested
  class Writing {

    @Test
    void writes_indented_json() {
      var questionnaire =
          Questionnaire.of(
              QuestionnaireVersion.of(3),
              List.of(Question.singleChoice("q", "Q?", true, List.of(Option.of("a", "A")))));

      assertThat(QuestionnaireJson.write(questionnaire))
          .isEqualTo(
              json(
                  """
                  {
                    'version': 3,
                    'questions': [
                      {
                        'id': 'q',
                        'text': 'Q?',
                        'kind': 'SINGLE_CHOICE',
                        'required': true,
                        'options': [
                          {
                            'id': 'a',
                            'label': 'A'
                          }
                        ]
                      }
                    ]
                  }
                  """));
    }

    @Test
    void escapes_what_json_needs_and_line_separators() {
      var questionnaire =
          Questionnaire.of(
              QuestionnaireVersion.of(1),
              List.of(
                  Question.text(
                      "q", "quote \" backslash \\ tab \t bell \u0007 é 😀 \u2028 ?", false)));

      var written = QuestionnaireJson.write(questionnaire);

      assertThat(written).contains("quote \\\" backslash \\\\ tab \\t bell \\u0007 é 😀 \\u2028 ?");
      assertThat(parsed(written)).isEqualTo(questionnaire);
    }

    @Test
    void the_default_questionnaire_is_what_the_document_it_replaced_described() {
      // The default shipped as this document until it was built in plain Java; no text may drift.
      assertThat(parsed(resource("default-questionnaire.json")))
          .isEqualTo(DefaultQuestionnaire.first());
    }

    @Test
    void the_documents_already_stored_read_back_and_are_written_the_same() {
      // Version 1 as every database holds it: written by the JSON writer this class replaced.
      var stored = resource("stored-questionnaire-v1.json");

      assertThat(parsed(stored)).isEqualTo(DefaultQuestionnaire.first());
      assertThat(QuestionnaireJson.write(DefaultQuestionnaire.first())).isEqualTo(stored);
    }
  }

  @Nested
  class NotJson {

    static final String VALID =
        json("{'version': 1, 'questions': [{'id': 'q', 'text': 'Q?', 'kind': 'DATE'}]}");

    static String notJson(String json) {
      var problems = problems(json);
      assertThat(problems).as(json).hasSize(1);
      assertThat(problems.get(0)).as(json).startsWith("not JSON: ");
      return problems.get(0);
    }

    @Test
    void allows_whitespace_and_a_byte_order_mark() {
      assertThat(parsed("\uFEFF \t\r\n " + VALID + " \n").version().value()).isEqualTo(1);
    }

    @Test
    void refuses_empty_input() {
      assertThat(notJson("")).isEqualTo("not JSON: the document is empty");
      assertThat(notJson("  \n ")).isEqualTo("not JSON: the document is empty");
    }

    @Test
    void refuses_trailing_text() {
      assertThat(notJson(VALID + " {}")).startsWith("not JSON: line 1, column ");
      assertThat(notJson("true false")).startsWith("not JSON: line 1, column ");
    }

    @Test
    void refuses_a_duplicate_field_naming_it_and_its_line() {
      assertThat(notJson("{\n  \"version\": 1,\n  \"version\": 2\n}"))
          .startsWith("not JSON: line 3, column ")
          .contains("'version'");
    }

    @Test
    void refuses_what_json_does_not_allow() {
      for (var version :
          List.of("01", "+1", ".5", "1.", "1e", "-", "NaN", "Infinity", "0x10", "tru", "'1'")) {
        notJson("{\"version\": " + version + ", \"questions\": []}");
      }
      notJson("{\"version\": 1, \"questions\": [1,]}");
      notJson("{\"version\": 1,}");
      notJson("{version: 1}");
      notJson("{\"version\" 1}");
      notJson("[1 2]");
      notJson("[1");
      notJson("{\"version\": 1, // a comment\n \"questions\": []}");
    }

    @Test
    void reads_whole_numbers_in_any_notation() {
      assertThat(parsed(VALID.replace("1", "2.0")).version().value()).isEqualTo(2);
      assertThat(parsed(VALID.replace("1", "3e0")).version().value()).isEqualTo(3);
    }

    @Test
    void refuses_a_number_too_long_or_out_of_range() {
      notJson(VALID.replace("1", "1".repeat(101)));
      assertThat(problems(VALID.replace("1", "1".repeat(100))))
          .containsExactly("version: must be a whole number from 1 to 2147483647");
      assertThat(notJson(VALID.replace("1", "1e99999999999")))
          .isEqualTo("not JSON: a number is out of range");
    }

    @Test
    void refuses_half_a_surrogate_pair() {
      for (var text : List.of("\\ud83d", "\\ude00\\ud83d", "\\ud83dx")) {
        assertThat(notJson(VALID.replace("Q?", text)))
            .isEqualTo("not JSON: a string holds half of a surrogate pair");
      }
      assertThat(notJson(VALID.replace("\"text\"", "\"\\ud83d\""))).contains("surrogate");
      assertThat(parsed(VALID.replace("Q?", "\\ud83d\\ude00?")).questions().get(0).text().first())
          .isEqualTo("😀?");
    }

    @Test
    void refuses_an_unescaped_control_character() {
      notJson(VALID.replace("Q?", "Q\n?"));
      notJson(VALID.replace("Q?", "Q\u0000?"));
    }

    @Test
    void allows_nesting_32_deep_but_not_33() {
      // The document and its list of questions are the first two levels.
      assertThat(problems(VALID.replace("{\"id\"", nested(30) + ", {\"id\"")))
          .containsExactly("questions[0]: must be an object");
      assertThat(notJson(VALID.replace("{\"id\"", nested(31) + ", {\"id\""))).contains("nesting");
    }

    static String nested(int depth) {
      return "[".repeat(depth) + "]".repeat(depth);
    }

    @Test
    void refuses_input_over_1_mib() {
      var padding = new char[QuestionnaireJson.MAX_INPUT - VALID.length()];
      Arrays.fill(padding, ' ');
      var justFits = VALID + new String(padding);

      assertThat(parsed(justFits).version().value()).isEqualTo(1);
      assertThat(notJson(justFits + " ")).contains("longer than 1048576 characters");
    }
  }

  @Nested
  class Rejecting {

    @Test
    void text_that_is_not_json() {
      assertThat(problems("{'version': 1}"))
          .containsExactly(
              "not JSON: line 1, column 2: Unexpected character (''' (code 39)):"
                  + " was expecting double-quote to start field name");
    }

    @Test
    void a_document_that_is_not_an_object() {
      assertThat(problems("[]")).containsExactly("(document): must be a JSON object");
    }

    @Test
    void missing_version_and_questions() {
      assertThat(problems("{}")).containsExactly("version: is required", "questions: is required");
    }

    @Test
    void bad_version_and_empty_questions() {
      assertThat(problems(json("{'version': 0, 'questions': []}")))
          .containsExactly(
              "version: must be a whole number from 1 to 2147483647",
              "questions: must be a list of 1 to 100 items");
      assertThat(problems(json("{'version': 1.5, 'questions': 'all'}")))
          .containsExactly(
              "version: must be a whole number from 1 to 2147483647",
              "questions: must be a list of 1 to 100 items");
    }

    @Test
    void unknown_fields_at_every_level() {
      assertThat(
              problems(
                  json(
                      """
                      {'version': 1, 'author': 'x', 'questions': [
                        {'id': 'q', 'text': 'Q?', 'kind': 'SINGLE_CHOICE', 'requried': true,
                         'options': [{'id': 'a', 'label': 'A', 'colour': 'red'}]}]}
                      """)))
          .containsExactly(
              "author: is not a known field; expected questions, version",
              "questions[0].requried: is not a known field;"
                  + " expected hint, id, kind, maxLength, options, required, text",
              "questions[0].options[0].colour: is not a known field; expected id, label, signal");
    }

    @Test
    void every_problem_in_a_question_with_its_path() {
      assertThat(
              problems(
                  withQuestion(
                      """
                      {'id': 'q'}, {'id': 'Bad Id', 'text': ' ', 'kind': 'RATING', 'required': 'yes',
                                    'hint': 42}
                      """)))
          .containsExactly(
              "questions[0].text: is required",
              "questions[0].kind: is required",
              "questions[1].id: must be lower-case words joined by hyphens, at most 64 characters",
              "questions[1].text: must be 1 to 500 characters, not counting spaces",
              "questions[1].kind: must be one of SINGLE_CHOICE, MULTIPLE_CHOICE, DATE, TEXT",
              "questions[1].required: must be true or false",
              "questions[1].hint: must be a string, or an object of the text in each language,"
                  + " such as {\"en\": ...}");
    }

    @Test
    void option_problems_name_the_option() {
      assertThat(
              problems(
                  withQuestion(
                      """
                      {'id': 'q', 'text': 'Q?', 'kind': 'MULTIPLE_CHOICE', 'options': [
                        {'id': 'ok', 'label': 'OK'},
                        {'id': 'Not_OK', 'label': ''},
                        {'id': 'ok', 'label': 'Again', 'signal': 'PANIC'},
                        'plain'
                      ]}
                      """)))
          .containsExactly(
              "questions[0].options[1].id: must be lower-case words joined by hyphens, at most 64"
                  + " characters",
              "questions[0].options[1].label: must be 1 to 200 characters, not counting spaces",
              "questions[0].options[2].signal: must be one of UNDER_18, POSSIBLY_UNDER_18,"
                  + " IMMEDIATE_DANGER, SERIOUS_HARM",
              "questions[0].options[3]: must be an object");
    }

    @Test
    void a_repeated_option_id() {
      assertThat(
              problems(
                  withQuestion(
                      """
                      {'id': 'q', 'text': 'Q?', 'kind': 'SINGLE_CHOICE', 'options': [
                        {'id': 'a', 'label': 'A'}, {'id': 'a', 'label': 'B'}]}
                      """)))
          .containsExactly(
              "questions[0].options[1].id: \"a\" is already used by questions[0].options[0]");
    }

    @Test
    void a_repeated_question_id() {
      assertThat(
              problems(
                  withQuestion(
                      """
                      {'id': 'q', 'text': 'Q?', 'kind': 'DATE'},
                      {'id': 'q', 'text': 'Again?', 'kind': 'DATE'}
                      """)))
          .containsExactly("questions[1].id: \"q\" is already used by questions[0]");
    }

    @Test
    void options_and_max_length_on_the_wrong_kinds() {
      assertThat(
              problems(
                  withQuestion(
                      """
                      {'id': 'a', 'text': 'A?', 'kind': 'SINGLE_CHOICE'},
                      {'id': 'b', 'text': 'B?', 'kind': 'MULTIPLE_CHOICE', 'options': []},
                      {'id': 'c', 'text': 'C?', 'kind': 'DATE', 'options': [], 'maxLength': 10},
                      {'id': 'd', 'text': 'D?', 'kind': 'TEXT', 'maxLength': 10001},
                      {'id': 'e', 'text': 'E?', 'kind': 'TEXT', 'maxLength': 0}
                      """)))
          .containsExactly(
              "questions[0].options: is required",
              "questions[1].options: must be a list of 1 to 50 items",
              "questions[2].maxLength: only TEXT questions have a maxLength",
              "questions[2].options: only SINGLE_CHOICE and MULTIPLE_CHOICE questions have options",
              "questions[3].maxLength: must be a whole number from 1 to 10000",
              "questions[4].maxLength: must be a whole number from 1 to 10000");
    }

    @Test
    void null_counts_as_missing() {
      assertThat(problems(json("{'version': null, 'questions': null}")))
          .containsExactly("version: is required", "questions: is required");
    }
  }

  @Nested
  class Languages {

    @Test
    void texts_in_each_language_are_written_as_an_object_and_read_back_equal() {
      var json =
          withQuestion(
              """
              {'id': 'under-18', 'text': {'en': 'Under 18?', 'cy': 'O dan 18?'},
               'kind': 'SINGLE_CHOICE', 'hint': {'en': 'We ask.', 'cy': 'Rydym yn gofyn.'},
               'options': [{'id': 'yes', 'label': {'en': 'Yes', 'cy': 'Ydy'}, 'signal': 'UNDER_18'}]}
              """);

      var questionnaire = parsed(json);

      var question = questionnaire.questions().getFirst();
      assertThat(question.text().in(Language.WELSH)).isEqualTo("O dan 18?");
      assertThat(question.hint().orElseThrow().in(Language.ENGLISH)).isEqualTo("We ask.");
      assertThat(question.options().getFirst().label().in(Language.WELSH)).isEqualTo("Ydy");
      var written = QuestionnaireJson.write(questionnaire);
      assertThat(written).contains("\"cy\": \"O dan 18?\"");
      assertThat(parsed(written)).isEqualTo(questionnaire);
    }

    @Test
    void a_document_stored_before_languages_still_reads_its_plain_texts() {
      var questionnaire = parsed(QuestionnaireJson.write(DefaultQuestionnaire.standard()));

      assertThat(questionnaire).isEqualTo(DefaultQuestionnaire.standard());
      assertThat(questionnaire.questions().getFirst().text()).isEqualTo(Words.of("What happened?"));
    }

    @Test
    void a_text_by_a_name_that_is_no_language_tag_or_of_no_language_is_refused_by_its_path() {
      assertThat(
              problems(
                  withQuestion(
                      "{'id': 'when', 'text': {'English': 'When?'}, 'kind': 'DATE',"
                          + " 'hint': {}}")))
          .containsExactly(
              "questions[0].text.English: is not a language tag such as en or cy",
              "questions[0].hint: must be a string, or an object of the text in each language,"
                  + " such as {\"en\": ...}");
      assertThat(problems(withQuestion("{'id': 'when', 'text': {'cy': 7}, 'kind': 'DATE'}")))
          .containsExactly("questions[0].text.cy: must be a string");
    }
  }
}
