package org.confide.adapter.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.confide.adapter.web.i18n.Languages;
import org.confide.adapter.web.i18n.Texts;
import org.confide.domain.questionnaire.DefaultQuestionnaire;
import org.confide.domain.questionnaire.Interpretation;
import org.confide.domain.questionnaire.RawAnswer;
import org.confide.domain.report.ContactDetails;
import org.confide.domain.shared.FieldProblem;
import org.confide.domain.shared.FreeText;
import org.junit.jupiter.api.Test;

/**
 * The domain's problems with what a reporter sent, as the pages say them: in English exactly as the
 * domain words them, and in Welsh each one in its own words, never the catch-all.
 */
class ProblemWordsTest {

  private static final Languages LANGUAGES = Languages.shipped();
  private static final Texts ENGLISH = LANGUAGES.first();
  private static final Texts WELSH =
      LANGUAGES.of(org.confide.domain.shared.Language.WELSH).orElseThrow();
  private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

  @Test
  void every_problem_a_reporter_can_meet_reads_in_english_as_the_domain_words_it() {
    assertThat(problems())
        .isNotEmpty()
        .allSatisfy(
            problem -> assertThat(ProblemWords.of(problem, ENGLISH)).isEqualTo(problem.message()));
  }

  @Test
  void every_problem_a_reporter_can_meet_has_its_own_welsh_words() {
    var catchAll = WELSH.text("problem.other");
    assertThat(problems())
        .allSatisfy(problem ->
            assertThat(ProblemWords.of(problem, WELSH))
                .as(problem.message())
                .isNotEqualTo(catchAll)
                .isNotEqualTo(problem.message()));
  }

  @Test
  void a_text_over_its_limit_keeps_its_numbers_and_a_question_its_own_text_in_welsh() {
    var tooLong =
        new FieldProblem("body", FreeText.problem("Your message", "a".repeat(5_210), 5_000).get());
    assertThat(ProblemWords.of(tooLong, WELSH))
        .isEqualTo("Gall eich neges fod hyd at 5,000 nod o hyd: mae'n 5,210 nod ar hyn o bryd");
    assertThat(ProblemWords.of(new FieldProblem("answers.x", "Answer the question “Pwy?”"), WELSH))
        .isEqualTo("Atebwch y cwestiwn “Pwy?”");
  }

  @Test
  void a_sentence_not_known_is_the_catch_all_in_every_language_never_english_on_a_welsh_page() {
    var unknown = new FieldProblem("answers", "Something the pages have never heard of");
    assertThat(ProblemWords.of(unknown, WELSH)).isEqualTo("Gwiriwch yr ateb hwn");
    assertThat(ProblemWords.of(unknown, ENGLISH)).isEqualTo("Check this answer");
  }

  /** What the domain says of contact details, answers and texts a reporter may get wrong. */
  private static List<FieldProblem> problems() {
    var problems = new ArrayList<FieldProblem>();
    contact(problems, "", null, null);
    contact(problems, "Sam", "not an email", "call me");
    contact(problems, "n".repeat(500), "e".repeat(500) + "@example.ac.uk", "1".repeat(500));
    var questionnaire = DefaultQuestionnaire.standard();
    for (var raw :
        List.of(
            Map.<String, RawAnswer>of(),
            Map.of("incident-type", RawAnswer.of("no-such-option")),
            Map.of("where", RawAnswer.of("online", "off-campus")),
            Map.of("when", RawAnswer.of("2999-01-01")),
            Map.of("when", RawAnswer.of("1850-01")),
            Map.of("when", RawAnswer.of("2026-13")),
            Map.of("when", RawAnswer.of("yesterday")),
            Map.of("location-detail", RawAnswer.of("x".repeat(600))),
            Map.of("location-detail", RawAnswer.of("a\u0000b")))) {
      if (questionnaire.interpret(raw, TODAY) instanceof Interpretation.Invalid invalid) {
        problems.addAll(invalid.problems());
      }
    }
    for (var what : List.of("Your account", "Your message", "Your preference")) {
      FreeText.problem(what, "", 10).ifPresent(p -> problems.add(new FieldProblem("x", p)));
      FreeText.problem(what, "a".repeat(11), 10)
          .ifPresent(p -> problems.add(new FieldProblem("x", p)));
      FreeText.problem(what, "a\u0001", 10).ifPresent(p -> problems.add(new FieldProblem("x", p)));
    }
    return problems;
  }

  private static void contact(
      List<FieldProblem> problems, String name, String email, String phone) {
    if (ContactDetails.check(name, email, phone) instanceof ContactDetails.Check.Invalid invalid) {
      problems.addAll(invalid.problems());
    }
  }
}
