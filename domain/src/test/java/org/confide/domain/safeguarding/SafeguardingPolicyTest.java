package org.confide.domain.safeguarding;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.confide.domain.questionnaire.Answers;
import org.confide.domain.questionnaire.DefaultQuestionnaire;
import org.confide.domain.questionnaire.Interpretation;
import org.confide.domain.questionnaire.Option;
import org.confide.domain.questionnaire.Question;
import org.confide.domain.questionnaire.Questionnaire;
import org.confide.domain.questionnaire.QuestionnaireVersion;
import org.confide.domain.questionnaire.RawAnswer;
import org.confide.domain.questionnaire.SafeguardingSignal;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class SafeguardingPolicyTest {

  static final Questionnaire DEFAULT = DefaultQuestionnaire.standard();
  static final SafeguardingPolicy POLICY = SafeguardingPolicy.standard();

  /** Answers to the default questionnaire: the required ones, calm, changed by {@code changes}. */
  static Answers answers(String... changes) {
    var raw = new LinkedHashMap<String, RawAnswer>();
    raw.put("incident-type", RawAnswer.of("harassment"));
    raw.put("where", RawAnswer.of("online"));
    raw.put("reporter-role", RawAnswer.of("student"));
    raw.put("affected-person", RawAnswer.of("me"));
    raw.put("under-18", RawAnswer.of("no"));
    raw.put("immediate-danger", RawAnswer.of("no"));
    for (int i = 0; i < changes.length; i += 2) {
      raw.put(changes[i], RawAnswer.of(changes[i + 1]));
    }
    return switch (DEFAULT.interpret(raw, LocalDate.of(2025, 3, 14))) {
      case Interpretation.Valid valid -> valid.answers();
      case Interpretation.Invalid invalid -> throw new AssertionError(invalid.problems());
    };
  }

  static RiskAssessment assess(Answers answers) {
    return POLICY.assess(DEFAULT, answers, Optional.empty());
  }

  static RiskAssessment assessAccount(String account) {
    return POLICY.assess(DEFAULT, answers(), Optional.of(account));
  }

  @Nested
  class FromAnswers {

    @Test
    void nothing_of_concern_is_none() {
      assertThat(assess(answers())).isEqualTo(RiskAssessment.none());
      assertThat(POLICY.assess(DEFAULT, Answers.none(), Optional.of("It happened in the library.")))
          .isEqualTo(RiskAssessment.none());
    }

    @Test
    void under_18_is_urgent() {
      assertThat(assess(answers("under-18", "yes")))
          .isEqualTo(new RiskAssessment(RiskLevel.URGENT, List.of(RiskReason.UNDER_18)));
    }

    @Test
    void immediate_danger_is_urgent() {
      assertThat(assess(answers("immediate-danger", "yes")))
          .isEqualTo(new RiskAssessment(RiskLevel.URGENT, List.of(RiskReason.IMMEDIATE_DANGER)));
    }

    @Test
    void not_sure_about_under_18_is_a_concern() {
      assertThat(assess(answers("under-18", "not-sure")))
          .isEqualTo(new RiskAssessment(RiskLevel.CONCERN, List.of(RiskReason.POSSIBLY_UNDER_18)));
    }

    @Test
    void one_serious_harm_answer_is_a_concern() {
      assertThat(assess(answers("threats-made", "yes")))
          .isEqualTo(new RiskAssessment(RiskLevel.CONCERN, List.of(RiskReason.SERIOUS_HARM)));
    }

    @Test
    void serious_harm_from_two_questions_is_urgent() {
      assertThat(assess(answers("threats-made", "yes", "ongoing-risk", "yes")))
          .isEqualTo(new RiskAssessment(RiskLevel.URGENT, List.of(RiskReason.SERIOUS_HARM)));
    }

    @Test
    void serious_harm_to_someone_who_may_be_under_18_is_urgent() {
      assertThat(assess(answers("ongoing-risk", "yes", "under-18", "not-sure")))
          .isEqualTo(
              new RiskAssessment(
                  RiskLevel.URGENT,
                  List.of(RiskReason.POSSIBLY_UNDER_18, RiskReason.SERIOUS_HARM)));
    }

    @Test
    void every_reason_is_given() {
      assertThat(
              assess(answers("under-18", "yes", "immediate-danger", "yes", "threats-made", "yes")))
          .isEqualTo(
              new RiskAssessment(
                  RiskLevel.URGENT,
                  List.of(
                      RiskReason.UNDER_18, RiskReason.IMMEDIATE_DANGER, RiskReason.SERIOUS_HARM)));
    }

    @Test
    void signals_come_from_the_options_of_any_questionnaire() {
      var own =
          Questionnaire.of(
              QuestionnaireVersion.of(1),
              List.of(
                  Question.multipleChoice(
                      "worries",
                      "What worries you?",
                      false,
                      List.of(
                          Option.of("nothing", "Nothing"),
                          Option.of(
                              "danger", "Danger now", SafeguardingSignal.IMMEDIATE_DANGER)))));
      var raw = Map.of("worries", RawAnswer.of("nothing", "danger"));
      var answers = ((Interpretation.Valid) own.interpret(raw, LocalDate.of(2025, 1, 1))).answers();

      assertThat(POLICY.assess(own, answers, Optional.empty()).isUrgent()).isTrue();
      assertThat(POLICY.showsImmediateDanger(own, answers)).isTrue();
    }
  }

  @Nested
  class FreeText {

    @Test
    void an_indicator_alone_is_a_concern_never_urgent() {
      for (var account :
          List.of(
              "I want to kill myself",
              "He said he was GOING TO HURT me",
              "I've thought about suicide",
              "she had a knife",
              "there were weapons",
              "I’m 15 and at college",
              "i am 16",
              "he is 17 years old",
              "thoughts of self-harm")) {
        assertThat(assessAccount(account))
            .as(account)
            .isEqualTo(
                new RiskAssessment(RiskLevel.CONCERN, List.of(RiskReason.FREE_TEXT_INDICATOR)));
      }
    }

    @Test
    void reads_line_breaks_tabs_and_runs_of_spaces_as_one_space() {
      assertThat(assessAccount("I want to\r\n  kill\tmyself").reasons())
          .containsExactly(RiskReason.FREE_TEXT_INDICATOR);
      assertThat(assessAccount("thoughts of self\n\nharm").reasons())
          .containsExactly(RiskReason.FREE_TEXT_INDICATOR);
    }

    @Test
    void folds_letters_as_unicode_case_insensitive_matching_would() {
      // The dotless i and the long s fold to i and s through their capitals.
      assertThat(assessAccount("I want to kıll myself").reasons())
          .containsExactly(RiskReason.FREE_TEXT_INDICATOR);
      assertThat(assessAccount("thoughts of ſelf-harm, née Smith").reasons())
          .containsExactly(RiskReason.FREE_TEXT_INDICATOR);
    }

    @Test
    void matches_whole_words_only() {
      for (var account :
          List.of("It had begun to rain", "I'm 150 cm", "I am 18", "a knifeless meal", "")) {
        assertThat(assessAccount(account)).as(account).isEqualTo(RiskAssessment.none());
      }
    }

    @Test
    void finds_a_phrase_exactly_where_the_whole_pattern_searched_everywhere_would() {
      // The search tries the pattern only where a phrase could begin; it must answer as the plain
      // search over every character does, on texts made of phrases, their pieces, other words,
      // digits, punctuation and letters beyond ASCII, run together or apart.
      var pieces =
          List.of(
              "kill",
              "killing",
              "myself",
              "end",
              "ending",
              "my life",
              "it all",
              "want",
              "wanted",
              "to die",
              "suicide",
              "suicidal",
              "self",
              "-",
              "harm",
              "harming",
              "hurt",
              "going to",
              "threats",
              "threatened",
              "to kill",
              "me",
              "weapon",
              "weapons",
              "knife",
              "knives",
              "gun",
              "guns",
              "firearm",
              "i'm",
              "im",
              "i am",
              "age",
              "aged",
              "1",
              "15",
              "17",
              "18",
              "150",
              "years old",
              "yo",
              "y/o",
              "under",
              "underage",
              "under 18",
              " ",
              " ",
              " ",
              ".",
              ",",
              "'",
              "_",
              "x",
              "caf\u00e9",
              "\u0301",
              "\u0131",
              "\u00e9l",
              "a");
      var random = new java.util.Random(18);
      for (int n = 0; n < 50_000; n++) {
        var text = new StringBuilder();
        int count = 1 + random.nextInt(8);
        for (int i = 0; i < count; i++) {
          text.append(pieces.get(random.nextInt(pieces.size())));
        }
        var written = text.toString();
        assertThat(SafeguardingPolicy.holdsIndicator(written))
            .as("'%s'", written)
            .isEqualTo(SafeguardingPolicy.INDICATORS.matcher(written).find());
      }
    }

    @Test
    void text_answers_are_read_too() {
      assertThat(assess(answers("location-detail", "Where he keeps a gun")).level())
          .isEqualTo(RiskLevel.CONCERN);
    }

    @Test
    void adds_its_reason_but_never_raises_a_concern_to_urgent() {
      assertThat(
              POLICY.assess(DEFAULT, answers("threats-made", "yes"), Optional.of("he has a knife")))
          .isEqualTo(
              new RiskAssessment(
                  RiskLevel.CONCERN,
                  List.of(RiskReason.SERIOUS_HARM, RiskReason.FREE_TEXT_INDICATOR)));
    }

    @Test
    void keeps_an_urgent_assessment_urgent() {
      assertThat(POLICY.assess(DEFAULT, answers("under-18", "yes"), Optional.of("I'm 15")))
          .isEqualTo(
              new RiskAssessment(
                  RiskLevel.URGENT, List.of(RiskReason.UNDER_18, RiskReason.FREE_TEXT_INDICATOR)));
    }
  }

  @Nested
  class ImmediateDanger {

    @Test
    void is_shown_when_the_reporter_says_someone_is_in_danger_now() {
      assertThat(POLICY.showsImmediateDanger(DEFAULT, answers("immediate-danger", "yes"))).isTrue();
    }

    @Test
    void is_shown_by_the_assessment_exactly_when_the_policy_shows_it() {
      for (var answers :
          List.of(
              answers("immediate-danger", "yes"),
              answers(),
              answers("under-18", "yes"),
              answers("immediate-danger", "yes", "under-18", "yes"),
              Answers.none())) {
        assertThat(POLICY.assess(DEFAULT, answers, Optional.empty()).showsImmediateDanger())
            .as(answers.toString())
            .isEqualTo(POLICY.showsImmediateDanger(DEFAULT, answers));
      }
    }

    @Test
    void is_not_shown_for_other_risks() {
      assertThat(POLICY.showsImmediateDanger(DEFAULT, answers())).isFalse();
      assertThat(POLICY.showsImmediateDanger(DEFAULT, answers("under-18", "yes"))).isFalse();
      assertThat(POLICY.showsImmediateDanger(DEFAULT, Answers.none())).isFalse();
    }
  }
}
