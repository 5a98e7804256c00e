package org.confide.domain.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.confide.domain.shared.FieldProblem;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class QuestionnaireInterpretTest {

  static final LocalDate TODAY = LocalDate.of(2025, 3, 14);

  static final Questionnaire QUESTIONNAIRE =
      Questionnaire.of(
          QuestionnaireVersion.of(3),
          List.of(
              Question.multipleChoice(
                  "incident-type",
                  "What happened?",
                  true,
                  List.of(
                      Option.of("harassment", "Harassment"),
                      Option.of("bullying", "Bullying"),
                      Option.of("stalking", "Stalking"))),
              Question.singleChoice(
                  "where",
                  "Where did it happen?",
                  true,
                  List.of(Option.of("on-campus", "On campus"), Option.of("online", "Online"))),
              Question.date("when", "When did it happen?", false),
              Question.text("location-detail", "Where exactly?", false).withMaxLength(20),
              Question.text("named-person", "Their name?", false)));

  static Map<String, RawAnswer> valid() {
    var raw = new LinkedHashMap<String, RawAnswer>();
    raw.put("incident-type", RawAnswer.of("harassment"));
    raw.put("where", RawAnswer.of("online"));
    return raw;
  }

  static Map<String, RawAnswer> with(String question, RawAnswer answer) {
    var raw = valid();
    raw.put(question, answer);
    return raw;
  }

  static Answers answers(Map<String, RawAnswer> raw) {
    var interpretation = QUESTIONNAIRE.interpret(raw, TODAY);
    assertThat(interpretation).isInstanceOf(Interpretation.Valid.class);
    return ((Interpretation.Valid) interpretation).answers();
  }

  static List<FieldProblem> problems(Map<String, RawAnswer> raw) {
    var interpretation = QUESTIONNAIRE.interpret(raw, TODAY);
    assertThat(interpretation).isInstanceOf(Interpretation.Invalid.class);
    // Each problem as the person reads it in English: its field and its words.
    return ((Interpretation.Invalid) interpretation)
        .problems().stream()
            .map(problem -> new FieldProblem(problem.field(), problem.message()))
            .toList();
  }

  static FieldProblem problem(String question, String message) {
    return new FieldProblem("answers." + question, message);
  }

  @Nested
  class WholeQuestionnaire {

    @Test
    void required_answers_alone_are_valid() {
      assertThat(answers(valid()).byQuestion())
          .containsExactly(
              Map.entry(
                  QuestionId.of("incident-type"),
                  new Answer.MultipleChoice(List.of(OptionId.of("harassment")))),
              Map.entry(QuestionId.of("where"), new Answer.SingleChoice(OptionId.of("online"))));
    }

    @Test
    void answers_come_back_in_questionnaire_order() {
      var raw = new LinkedHashMap<String, RawAnswer>();
      raw.put("named-person", RawAnswer.of("Sam"));
      raw.put("when", RawAnswer.of("2025-01-02"));
      raw.putAll(valid());

      assertThat(answers(raw).byQuestion().keySet())
          .extracting(QuestionId::value)
          .containsExactly("incident-type", "where", "when", "named-person");
    }

    @Test
    void missing_required_answer_is_a_problem() {
      var raw = valid();
      raw.remove("where");

      assertThat(problems(raw))
          .containsExactly(
              problem("where", "Answer the question \u201cWhere did it happen?\u201d"));
    }

    @Test
    void blank_required_answer_counts_as_missing() {
      assertThat(problems(with("incident-type", new RawAnswer.Many(List.of(" ", "")))))
          .containsExactly(
              problem("incident-type", "Answer the question \u201cWhat happened?\u201d"));
    }

    @Test
    void blank_optional_answers_are_left_out() {
      var raw = valid();
      raw.put("when", RawAnswer.of(""));
      raw.put("location-detail", RawAnswer.of("  \n "));
      raw.put("named-person", new RawAnswer.Many(List.of()));

      assertThat(answers(raw).byQuestion().keySet())
          .extracting(QuestionId::value)
          .containsExactly("incident-type", "where");
    }

    @Test
    void unknown_question_is_a_problem() {
      assertThat(problems(with("foo", RawAnswer.of("x"))))
          .containsExactly(
              new FieldProblem("answers.foo", "There is no question 'foo' in this questionnaire"));
    }

    @Test
    void a_key_that_is_not_an_id_is_not_echoed() {
      assertThat(problems(with("<script>", RawAnswer.of("x"))))
          .containsExactly(
              new FieldProblem(
                  "answers", "There is a question id that isn't in this questionnaire"));
    }

    @Test
    void every_problem_is_collected() {
      var raw = new LinkedHashMap<String, RawAnswer>();
      raw.put("incident-type", RawAnswer.of("harassment", "harassment"));
      raw.put("when", RawAnswer.of("2099-01-01"));
      raw.put("location-detail", RawAnswer.of("x".repeat(21)));
      raw.put("colour", RawAnswer.of("blue"));

      assertThat(problems(raw))
          .containsExactly(
              new FieldProblem(
                  "answers.colour", "There is no question 'colour' in this questionnaire"),
              problem("incident-type", "Choose each option only once"),
              problem("where", "Answer the question \u201cWhere did it happen?\u201d"),
              problem("when", "This date is in the future"),
              problem(
                  "location-detail",
                  "Your answer to \u201cWhere exactly?\u201d can be up to 20 characters: it has 21"));
    }
  }

  @Nested
  class SingleChoice {

    @Test
    void takes_an_option_id() {
      assertThat(answers(with("where", RawAnswer.of(" on-campus "))).choice(QuestionId.of("where")))
          .contains(OptionId.of("on-campus"));
    }

    @Test
    void takes_a_list_of_one() {
      assertThat(
              answers(with("where", new RawAnswer.Many(List.of("online"))))
                  .choice(QuestionId.of("where")))
          .contains(OptionId.of("online"));
    }

    @Test
    void refuses_an_unknown_option() {
      assertThat(problems(with("where", RawAnswer.of("moon"))))
          .containsExactly(problem("where", "Choose one of the options"));
    }

    @Test
    void refuses_an_option_of_another_question() {
      assertThat(problems(with("where", RawAnswer.of("harassment"))))
          .containsExactly(problem("where", "Choose one of the options"));
    }

    @Test
    void refuses_two_options() {
      assertThat(problems(with("where", RawAnswer.of("online", "on-campus"))))
          .containsExactly(problem("where", "Choose only one of the options"));
    }
  }

  @Nested
  class MultipleChoice {

    @Test
    void returns_options_in_questionnaire_order() {
      assertThat(
              answers(with("incident-type", RawAnswer.of("stalking", "harassment")))
                  .get(QuestionId.of("incident-type")))
          .contains(
              new Answer.MultipleChoice(
                  List.of(OptionId.of("harassment"), OptionId.of("stalking"))));
    }

    @Test
    void takes_a_single_value_as_one_option() {
      assertThat(
              answers(with("incident-type", RawAnswer.of("bullying")))
                  .chose(QuestionId.of("incident-type"), OptionId.of("bullying")))
          .isTrue();
    }

    @Test
    void refuses_an_unknown_option() {
      assertThat(problems(with("incident-type", RawAnswer.of("harassment", "shouting"))))
          .containsExactly(problem("incident-type", "Choose from the options given"));
    }

    @Test
    void refuses_a_repeated_option() {
      assertThat(problems(with("incident-type", RawAnswer.of("bullying", "bullying"))))
          .containsExactly(problem("incident-type", "Choose each option only once"));
    }
  }

  @Nested
  class Date {

    @Test
    void takes_an_iso_date() {
      assertThat(answers(with("when", RawAnswer.of("2024-02-29"))).get(QuestionId.of("when")))
          .contains(new Answer.Date(LocalDate.of(2024, 2, 29)));
    }

    @Test
    void takes_today() {
      assertThat(answers(with("when", RawAnswer.of("2025-03-14"))).get(QuestionId.of("when")))
          .contains(new Answer.Date(TODAY));
    }

    @Test
    void takes_the_first_of_january_1900() {
      assertThat(answers(with("when", RawAnswer.of("1900-01-01"))).get(QuestionId.of("when")))
          .contains(new Answer.Date(LocalDate.of(1900, 1, 1)));
    }

    @Test
    void refuses_tomorrow() {
      assertThat(problems(with("when", RawAnswer.of("2025-03-15"))))
          .containsExactly(problem("when", "This date is in the future"));
    }

    @Test
    void refuses_a_date_before_1900() {
      assertThat(problems(with("when", RawAnswer.of("1899-12-31"))))
          .containsExactly(problem("when", "This date is before 1900; please check the year"));
    }

    @Test
    void refuses_other_formats_and_impossible_dates() {
      for (var value :
          List.of(
              "14/03/2025",
              "2025-3-14",
              "2025-02-30",
              "20250314",
              "+2025-03-14",
              "yesterday",
              "2025-3",
              "03-2025")) {
        assertThat(problems(with("when", RawAnswer.of(value))))
            .as(value)
            .containsExactly(
                problem(
                    "when",
                    "Enter the date as year-month-day, or year-month if you do not know the day,"
                        + " for example 2024-03-15 or 2024-03, or more-than-a-year-ago"));
      }
    }

    @Test
    void takes_a_month_and_year_when_the_day_is_not_known_up_to_this_month() {
      assertThat(answers(with("when", RawAnswer.of("2025-03"))).get(QuestionId.of("when")))
          .contains(new Answer.Month(java.time.YearMonth.of(2025, 3)));
      assertThat(answers(with("when", RawAnswer.of("1900-01"))).get(QuestionId.of("when")))
          .contains(new Answer.Month(java.time.YearMonth.of(1900, 1)));
      assertThat(problems(with("when", RawAnswer.of("2025-04"))))
          .containsExactly(problem("when", "This date is in the future"));
      assertThat(problems(with("when", RawAnswer.of("1899-12"))))
          .containsExactly(problem("when", "This date is before 1900; please check the year"));
      assertThat(problems(with("when", RawAnswer.of("2024-13"))))
          .containsExactly(problem("when", "Enter a month from 01 to 12, for example 2024-03"));
    }

    @Test
    void takes_more_than_a_year_ago_for_a_date_that_cannot_be_placed_closer() {
      assertThat(
              answers(with("when", RawAnswer.of("more-than-a-year-ago")))
                  .get(QuestionId.of("when")))
          .contains(new Answer.MoreThanAYearAgo());
      assertThat(problems(with("when", RawAnswer.of("more-than-a-year"))))
          .extracting(FieldProblem::field)
          .containsExactly("answers.when");
    }

    @Test
    void refuses_two_dates() {
      assertThat(problems(with("when", RawAnswer.of("2025-01-01", "2025-01-02"))))
          .containsExactly(problem("when", "Enter one date"));
    }
  }

  @Nested
  class Text {

    static Answer text(String value) {
      return answers(with("location-detail", RawAnswer.of(value)))
          .get(QuestionId.of("location-detail"))
          .orElseThrow();
    }

    @Test
    void is_trimmed() {
      assertThat(text("  Library \n")).isEqualTo(new Answer.Text("Library"));
    }

    @Test
    void keeps_newlines_and_tabs_and_turns_crlf_into_newlines() {
      assertThat(text("a\r\nb\tc\rd")).isEqualTo(new Answer.Text("a\nb\tc\nd"));
    }

    @Test
    void takes_exactly_the_maximum_length_counting_characters_not_chars() {
      assertThat(text("😀".repeat(20))).isEqualTo(new Answer.Text("😀".repeat(20)));
    }

    @Test
    void refuses_more_than_the_maximum_length() {
      assertThat(problems(with("location-detail", RawAnswer.of("x".repeat(21)))))
          .containsExactly(
              problem(
                  "location-detail",
                  "Your answer to \u201cWhere exactly?\u201d can be up to 20 characters: it has 21"));
    }

    @Test
    void has_a_default_maximum_of_2000() {
      assertThat(
              answers(with("named-person", RawAnswer.of("x".repeat(2000))))
                  .get(QuestionId.of("named-person")))
          .isPresent();
      assertThat(problems(with("named-person", RawAnswer.of("x".repeat(2001)))))
          .containsExactly(
              problem(
                  "named-person",
                  "Your answer to \u201cTheir name?\u201d can be up to 2,000 characters: it has"
                      + " 2,001"));
    }

    @Test
    void refuses_nul_and_other_control_characters() {
      for (var value :
          List.of("a\u0000b", "a\u0007b", "a\u001bb", "a\u007fb", "a\u0085b", "a\ud800b")) {
        assertThat(problems(with("location-detail", RawAnswer.of(value))))
            .as(value)
            .containsExactly(
                problem(
                    "location-detail",
                    "This contains hidden characters that we can't save; please retype it"));
      }
    }

    @Test
    void refuses_two_texts() {
      assertThat(problems(with("location-detail", RawAnswer.of("a", "b"))))
          .containsExactly(problem("location-detail", "This question takes one answer"));
    }
  }

  private static LabelledAnswer labelled(String question, String text, String... answer) {
    return new LabelledAnswer(
        QuestionId.of(question),
        Words.of(text),
        java.util.Arrays.stream(answer).map(Words::of).toList(),
        QUESTIONNAIRE.question(QuestionId.of(question)).orElseThrow().kind().isChoice());
  }

  @Nested
  class Labels {

    @Test
    void label_names_an_option() {
      assertThat(QUESTIONNAIRE.label(QuestionId.of("where"), OptionId.of("online")))
          .contains(Words.of("Online"));
      assertThat(QUESTIONNAIRE.label(QuestionId.of("where"), OptionId.of("bullying"))).isEmpty();
      assertThat(QUESTIONNAIRE.label(QuestionId.of("nowhere"), OptionId.of("online"))).isEmpty();
    }

    @Test
    void labelled_puts_answers_back_into_words() {
      var raw = valid();
      raw.put("incident-type", RawAnswer.of("stalking", "bullying"));
      raw.put("when", RawAnswer.of("2025-01-02"));
      raw.put("named-person", RawAnswer.of("Sam"));

      assertThat(QUESTIONNAIRE.labelled(answers(raw)))
          .containsExactly(
              labelled("incident-type", "What happened?", "Bullying", "Stalking"),
              labelled("where", "Where did it happen?", "Online"),
              labelled("when", "When did it happen?", "2025-01-02"),
              labelled("named-person", "Their name?", "Sam"));
    }

    @Test
    void labelled_says_which_answers_are_labels_of_options_a_page_marks_with_their_language() {
      var raw = valid();
      raw.put("when", RawAnswer.of("2025-01-02"));
      raw.put("named-person", RawAnswer.of("Sam"));

      assertThat(QUESTIONNAIRE.labelled(answers(raw)))
          .extracting(LabelledAnswer::question, LabelledAnswer::chosen)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple(QuestionId.of("incident-type"), true),
              org.assertj.core.groups.Tuple.tuple(QuestionId.of("where"), true),
              org.assertj.core.groups.Tuple.tuple(QuestionId.of("when"), false),
              org.assertj.core.groups.Tuple.tuple(QuestionId.of("named-person"), false));
    }

    @Test
    void labelled_answer_does_not_print_what_was_written() {
      assertThat(labelled("named-person", "Their name?", "Sam")).asString().doesNotContain("Sam");
    }
  }
}
