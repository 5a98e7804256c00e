package org.confide.domain.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.confide.domain.questionnaire.QuestionnaireDocument.OptionEntry;
import org.confide.domain.questionnaire.QuestionnaireDocument.QuestionEntry;
import org.confide.domain.shared.Checked;
import org.confide.domain.shared.FieldProblem;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class QuestionnaireDocumentTest {

  private static final QuestionnaireVersion TWO = QuestionnaireVersion.of(2);

  private static List<String> fields(Checked<?> checked) {
    return checked.problems().stream().map(FieldProblem::field).toList();
  }

  @Nested
  class RoundTrip {

    @Test
    void the_default_written_as_a_document_reads_back_to_the_same_questions() {
      var standard = DefaultQuestionnaire.standard();

      var read = QuestionnaireDocument.of(standard).check(TWO);

      assertThat(read).isEqualTo(Checked.valid(Questionnaire.of(TWO, standard.questions())));
    }

    @Test
    void a_text_question_without_a_maximum_length_gets_the_default_one() {
      var document =
          new QuestionnaireDocument(
              List.of(new QuestionEntry("detail", "Tell us", "TEXT", null, null, null, null)));

      var question = ((Checked.Valid<Questionnaire>) document.check(TWO)).value().questions();

      assertThat(question.getFirst().maxLength()).hasValue(Question.DEFAULT_MAX_LENGTH);
      assertThat(question.getFirst().required()).isFalse();
    }
  }

  @Nested
  class Problems {

    @Test
    void no_questions_is_named_at_questions() {
      assertThat(fields(new QuestionnaireDocument(null).check(TWO))).containsExactly("questions");
      assertThat(fields(new QuestionnaireDocument(List.of()).check(TWO)))
          .containsExactly("questions");
    }

    @Test
    void every_problem_is_named_by_its_path_in_the_document() {
      var document =
          new QuestionnaireDocument(
              List.of(
                  new QuestionEntry("a", "First", "DATE", true, "", 10, List.of()),
                  new QuestionEntry(
                      "Bad Id",
                      (String) null,
                      "SINGLE_CHOICE",
                      true,
                      null,
                      null,
                      List.of(
                          new OptionEntry("yes", "Yes", "UNDER_18"),
                          new OptionEntry("yes", "Again", null),
                          new OptionEntry("-", "x".repeat(Option.MAX_LABEL + 1), "LOUD"))),
                  new QuestionEntry("a", "Again", "ESSAY", false, "bell\u0007", null, null),
                  new QuestionEntry("c", "Choose", "MULTIPLE_CHOICE", false, null, null, null)));

      assertThat(fields(document.check(TWO)))
          .containsExactlyInAnyOrder(
              "questions[0].hint",
              "questions[0].maxLength",
              "questions[0].options",
              "questions[1].id",
              "questions[1].text",
              "questions[1].options[1].id",
              "questions[1].options[2].id",
              "questions[1].options[2].label",
              "questions[1].options[2].signal",
              "questions[2].id",
              "questions[2].kind",
              "questions[2].hint",
              "questions[3].options");
    }
  }
}
