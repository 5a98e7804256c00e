package org.confide.domain.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class QuestionnaireFormatTest {

  static Questionnaire parsed(String json) {
    var result = QuestionnaireFormat.parse(json);
    assertThat(result).isInstanceOf(QuestionnaireFormat.Parsed.class);
    return ((QuestionnaireFormat.Parsed) result).questionnaire();
  }

  static List<String> problems(String json) {
    var result = QuestionnaireFormat.parse(json);
    assertThat(result).isInstanceOf(QuestionnaireFormat.Rejected.class);
    return ((QuestionnaireFormat.Rejected) result).problems();
  }

  // Single quotes keep the fixtures readable.
  static String json(String singleQuoted) {
    return singleQuoted.replace('\'', '"');
  }

  static String withQuestion(String question) {
    return json("{'version': 1, 'questions': [" + question + "]}");
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

      var written = QuestionnaireFormat.write(questionnaire);

      assertThat(parsed(written)).isEqualTo(questionnaire);
      assertThat(QuestionnaireFormat.write(parsed(written))).isEqualTo(written);
    }

    @Test
    void the_default_questionnaire_round_trips() {
      var questionnaire = DefaultQuestionnaire.standard();

      assertThat(parsed(QuestionnaireFormat.write(questionnaire))).isEqualTo(questionnaire);
    }
  }

  @Nested
  class Rejecting {

    @Test
    void text_that_is_not_json() {
      assertThat(problems("{'version': 1}"))
          .containsExactly("not JSON: line 1, column 2: expected a field name in double quotes");
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
              "questions[1].hint: must be a string");
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
}
