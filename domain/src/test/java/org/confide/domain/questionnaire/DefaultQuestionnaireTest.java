package org.confide.domain.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class DefaultQuestionnaireTest {

  static final Questionnaire DEFAULT = DefaultQuestionnaire.standard();

  static Question question(String id) {
    return DEFAULT.question(QuestionId.of(id)).orElseThrow();
  }

  @Test
  void is_version_2_with_13_to_17_questions() {
    assertThat(DEFAULT.version()).isEqualTo(QuestionnaireVersion.of(2));
    assertThat(DEFAULT.questions()).hasSizeBetween(13, 17);
  }

  @Test
  void asks_how_often_it_has_happened_where_version_1_asked_a_yes_or_no_question() {
    var first = DefaultQuestionnaire.first();

    assertThat(first.version()).isEqualTo(QuestionnaireVersion.of(1));
    assertThat(first.question(QuestionId.of("how-often")).orElseThrow().text())
        .isEqualTo(Words.of("Has it happened more than once?"));
    assertThat(question("how-often").text()).isEqualTo(Words.of("How often has it happened?"));
    assertThat(question("how-often").options())
        .isEqualTo(first.question(QuestionId.of("how-often")).orElseThrow().options());
  }

  @Test
  void version_2_keeps_every_id_option_and_signal_of_version_1() {
    var first = DefaultQuestionnaire.first();

    assertThat(DEFAULT.questions()).hasSameSizeAs(first.questions());
    for (int i = 0; i < DEFAULT.questions().size(); i++) {
      var now = DEFAULT.questions().get(i);
      var then = first.questions().get(i);
      assertThat(now.id()).isEqualTo(then.id());
      assertThat(now.kind()).as(now.id().value()).isEqualTo(then.kind());
      assertThat(now.required()).as(now.id().value()).isEqualTo(then.required());
      assertThat(now.options()).as(now.id().value()).isEqualTo(then.options());
    }
    assertThat(DefaultQuestionnaire.isShipped(first.questions())).isTrue();
    assertThat(DefaultQuestionnaire.isShipped(DEFAULT.questions())).isTrue();
    assertThat(DefaultQuestionnaire.isShipped(DEFAULT.questions().subList(1, 3))).isFalse();
  }

  @Test
  void has_the_stable_ids_with_their_kinds() {
    Map.of(
            "incident-type", QuestionKind.MULTIPLE_CHOICE,
            "where", QuestionKind.SINGLE_CHOICE,
            "when", QuestionKind.DATE,
            "reporter-role", QuestionKind.SINGLE_CHOICE,
            "affected-person", QuestionKind.SINGLE_CHOICE,
            "under-18", QuestionKind.SINGLE_CHOICE,
            "immediate-danger", QuestionKind.SINGLE_CHOICE,
            "people-involved-role", QuestionKind.MULTIPLE_CHOICE,
            "named-person", QuestionKind.TEXT,
            "location-detail", QuestionKind.TEXT)
        .forEach((id, kind) -> assertThat(question(id).kind()).as(id).isEqualTo(kind));
  }

  @Test
  void requires_only_what_the_service_needs() {
    assertThat(DEFAULT.questions().stream().filter(Question::required).map(q -> q.id().value()))
        .containsExactlyInAnyOrder(
            "incident-type",
            "where",
            "reporter-role",
            "affected-person",
            "under-18",
            "immediate-danger");
  }

  @Nested
  class Options {

    static List<String> optionIds(String question) {
      return question(question).options().stream().map(option -> option.id().value()).toList();
    }

    @Test
    void incident_types() {
      assertThat(optionIds("incident-type"))
          .contains(
              "harassment",
              "bullying",
              "sexual-misconduct",
              "hate-incident",
              "discrimination",
              "stalking",
              "physical-violence",
              "other");
    }

    @Test
    void where_reporter_role_affected_person_and_people_involved() {
      assertThat(optionIds("where"))
          .containsExactly("on-campus", "off-campus", "online", "prefer-not-to-say");
      assertThat(optionIds("reporter-role"))
          .containsExactly("student", "staff", "visitor", "other", "prefer-not-to-say");
      assertThat(optionIds("affected-person")).containsExactly("me", "someone-else");
      assertThat(optionIds("people-involved-role"))
          .containsExactly(
              "student", "staff", "visitor", "someone-outside", "do-not-know", "prefer-not-to-say");
    }

    @Test
    void under_18_and_immediate_danger_carry_their_signals() {
      assertThat(optionIds("under-18")).containsExactly("yes", "no", "not-sure");
      assertThat(optionIds("immediate-danger")).containsExactly("yes", "no");
      assertThat(question("under-18").option(OptionId.of("yes")).orElseThrow().signal())
          .contains(SafeguardingSignal.UNDER_18);
      assertThat(question("under-18").option(OptionId.of("not-sure")).orElseThrow().signal())
          .contains(SafeguardingSignal.POSSIBLY_UNDER_18);
      assertThat(question("under-18").option(OptionId.of("no")).orElseThrow().signal()).isEmpty();
      assertThat(question("immediate-danger").option(OptionId.of("yes")).orElseThrow().signal())
          .contains(SafeguardingSignal.IMMEDIATE_DANGER);
      assertThat(question("immediate-danger").option(OptionId.of("no")).orElseThrow().signal())
          .isEmpty();
    }

    @Test
    void a_yes_to_threats_or_ongoing_risk_signals_serious_harm() {
      assertThat(question("threats-made").option(OptionId.of("yes")).orElseThrow().signal())
          .contains(SafeguardingSignal.SERIOUS_HARM);
      assertThat(question("ongoing-risk").option(OptionId.of("yes")).orElseThrow().signal())
          .contains(SafeguardingSignal.SERIOUS_HARM);
    }
  }

  @Test
  void free_text_questions_are_optional() {
    assertThat(question("named-person").required()).isFalse();
    assertThat(question("location-detail").required()).isFalse();
    assertThat(question("when").required()).isFalse();
  }
}
