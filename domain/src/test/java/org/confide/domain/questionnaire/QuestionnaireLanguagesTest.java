package org.confide.domain.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.confide.domain.questionnaire.QuestionnaireDocument.OptionEntry;
import org.confide.domain.questionnaire.QuestionnaireDocument.QuestionEntry;
import org.confide.domain.questionnaire.QuestionnaireDocument.Written;
import org.confide.domain.shared.Checked;
import org.confide.domain.shared.FieldProblem;
import org.confide.domain.shared.Language;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The questionnaire's texts in each language: what a version has, lacks, and shows. */
class QuestionnaireLanguagesTest {

  private static final Language EN = Language.ENGLISH;
  private static final Language CY = Language.WELSH;
  private static final Language GA = new Language("ga");
  private static final QuestionnaireVersion THREE = QuestionnaireVersion.of(3);

  private static Written in(String en, String cy) {
    var texts = new LinkedHashMap<String, String>();
    texts.put("en", en);
    if (cy != null) {
      texts.put("cy", cy);
    }
    return new Written(null, texts);
  }

  private static QuestionnaireDocument underEighteen(Written hint, Written noLabel) {
    return new QuestionnaireDocument(
        List.of(
            new QuestionEntry(
                "under-18",
                in("Under 18?", "O dan 18?"),
                "SINGLE_CHOICE",
                true,
                hint,
                null,
                List.of(
                    new OptionEntry("yes", in("Yes", "Ydy"), "UNDER_18"),
                    new OptionEntry("no", noLabel, null)))));
  }

  @Nested
  class Words_ {

    @Test
    void a_plain_text_is_english_whatever_order_the_languages_are_offered_in() {
      var plain = Words.of("Yes");

      assertThat(plain.missing(List.of(EN))).isEmpty();
      assertThat(plain.missing(List.of(EN, CY))).containsExactly(CY);
      assertThat(plain.missing(List.of(CY, EN))).containsExactly(CY);
      assertThat(plain.missing(List.of(CY))).containsExactly(CY);
      assertThat(plain.given(EN)).contains("Yes");
      assertThat(plain.given(CY)).isEmpty();
      assertThat(plain.in(CY)).isEqualTo("Yes");
    }

    @Test
    void a_text_in_named_languages_is_shown_in_the_one_asked_or_else_the_first() {
      var words = Words.of(Map.of(EN, " Yes ")).with(CY, "Ydy");

      assertThat(words.in(CY)).isEqualTo("Ydy");
      assertThat(words.in(EN)).isEqualTo("Yes");
      assertThat(words.in(GA)).isEqualTo("Yes");
      assertThat(words.missing(List.of(EN, CY, GA))).containsExactly(GA);
    }

    @Test
    void a_plain_text_given_another_language_keeps_its_words_as_english() {
      assertThat(Words.of("Yes").with(CY, "Ydy")).isEqualTo(Words.of(Map.of(EN, "Yes", CY, "Ydy")));
      assertThat(Words.of("Yes").named()).isEqualTo(Words.of(Map.of(EN, "Yes")));
    }

    @Test
    void words_are_either_plain_or_by_language_never_both_or_neither() {
      assertThatThrownBy(() -> Words.of(Map.of())).isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> new Words(java.util.Optional.of("Yes"), Map.of(CY, "Ydy")))
          .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_label_too_long_in_any_language_breaks_the_option() {
      var tooLong = Words.of(Map.of(EN, "Yes", CY, "y".repeat(Option.MAX_LABEL + 1)));

      assertThatThrownBy(() -> new Option(OptionId.of("yes"), tooLong, java.util.Optional.empty()))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Nested
  class Refusal {

    @Test
    void a_version_lacking_a_language_it_must_have_is_refused_naming_each_missing_text() {
      var document = underEighteen(in("We ask to keep them safe.", null), in("No", null));

      var checked = document.check(THREE, List.of(EN, CY));

      assertThat(checked.problems())
          .extracting(FieldProblem::field)
          .containsExactly("questions[0].hint.cy", "questions[0].options[1].label.cy");
      assertThat(checked.problems().getFirst().message()).contains("hint", "\"under-18\"", "cy");
      assertThat(checked.problems().getLast().message())
          .contains("label", "\"no\"", "\"under-18\"", "cy");
    }

    @Test
    void the_same_version_is_kept_where_only_the_languages_it_has_are_required() {
      var document = underEighteen(in("We ask to keep them safe.", null), in("No", null));

      assertThat(document.check(THREE, List.of(EN))).isInstanceOf(Checked.Valid.class);
      assertThat(document.check(THREE)).isInstanceOf(Checked.Valid.class);
    }

    @Test
    void a_version_with_every_language_is_kept_with_its_texts() {
      var document =
          underEighteen(in("We ask to keep them safe.", "Rydyn ni'n gofyn."), in("No", "Na"));

      var questionnaire =
          ((Checked.Valid<Questionnaire>) document.check(THREE, List.of(EN, CY))).value();

      var question = questionnaire.questions().getFirst();
      assertThat(question.text().in(CY)).isEqualTo("O dan 18?");
      assertThat(question.hint().orElseThrow().in(CY)).isEqualTo("Rydyn ni'n gofyn.");
      assertThat(question.options().getLast().label().in(EN)).isEqualTo("No");
      assertThat(QuestionnaireDocument.of(questionnaire).check(THREE, List.of(EN, CY)))
          .isEqualTo(Checked.valid(questionnaire));
    }

    @Test
    void an_english_only_version_of_plain_texts_lacks_every_welsh_text() {
      var plain = QuestionnaireDocument.of(DefaultQuestionnaire.standard());

      var problems = plain.check(THREE, List.of(EN, CY)).problems();

      assertThat(problems).hasSize(DefaultQuestionnaire.texts().size());
      assertThat(problems).allSatisfy(p -> assertThat(p.field()).endsWith(".cy"));
      assertThat(plain.check(THREE, List.of(EN))).isInstanceOf(Checked.Valid.class);
    }

    @Test
    void a_version_of_plain_texts_lacks_welsh_not_english_where_welsh_is_offered_first() {
      var plain = QuestionnaireDocument.of(DefaultQuestionnaire.standard());

      var problems = plain.check(THREE, List.of(CY, EN)).problems();

      assertThat(problems).hasSize(DefaultQuestionnaire.texts().size());
      assertThat(problems).allSatisfy(p -> assertThat(p.field()).endsWith(".cy"));
    }

    @Test
    void a_text_named_by_no_language_tag_or_both_plain_and_by_language_is_a_problem() {
      var document =
          new QuestionnaireDocument(
              List.of(
                  new QuestionEntry(
                      "when",
                      new Written(null, Map.of("English", "When?")),
                      "DATE",
                      false,
                      new Written("Roughly", Map.of("cy", "Yn fras")),
                      null,
                      null),
                  new QuestionEntry(
                      "where",
                      new Written(null, Map.of()),
                      "TEXT",
                      false,
                      (Written) null,
                      null,
                      null)));

      assertThat(document.check(THREE, List.of(EN, CY)).problems())
          .extracting(FieldProblem::field)
          .containsExactly("questions[0].text", "questions[0].hint", "questions[1].text");
    }
  }

  @Nested
  class TheDefault {

    private static final Map<Language, Map<String, String>> WELSH =
        Map.of(CY, Map.of("where.text", "Ble digwyddodd hyn?", "where.option.online", "Ar-lein"));

    @Test
    void its_texts_are_keyed_by_question_and_option_ids() {
      assertThat(DefaultQuestionnaire.texts())
          .containsEntry("where.text", "Where did it happen?")
          .containsEntry(
              "under-18.hint", "We ask so that the right people can make sure they are safe.")
          .containsEntry("under-18.option.not-sure", "I'm not sure")
          .doesNotContainKey("where.hint");
    }

    @Test
    void a_translation_gives_the_shipped_texts_their_language_and_leaves_an_organisations_own() {
      var standard = DefaultQuestionnaire.standard();
      var own = new java.util.ArrayList<>(standard.questions());
      int where = own.indexOf(standard.question(QuestionId.of("where")).orElseThrow());
      var shipped = own.get(where);
      var ownOptions = new java.util.ArrayList<>(shipped.options());
      ownOptions.set(0, Option.of("on-campus", "At the university"));
      own.set(
          where,
          new Question(
              shipped.id(),
              shipped.text(),
              shipped.kind(),
              shipped.required(),
              ownOptions,
              shipped.hint(),
              shipped.maxLength()));

      var translated =
          DefaultQuestionnaire.translated(Questionnaire.of(THREE, own), WELSH)
              .question(QuestionId.of("where"))
              .orElseThrow();

      assertThat(translated.text().in(CY)).isEqualTo("Ble digwyddodd hyn?");
      assertThat(translated.option(OptionId.of("online")).orElseThrow().label().in(CY))
          .isEqualTo("Ar-lein");
      assertThat(translated.option(OptionId.of("on-campus")).orElseThrow().label())
          .isEqualTo(Words.of("At the university"));
      assertThat(translated.option(OptionId.of("online")).orElseThrow().label().in(EN))
          .isEqualTo("Online, including social media, email and messages");
    }

    @Test
    void a_stored_plain_version_keeps_its_english_when_welsh_is_offered_first() {
      // Version 1 was stored before languages; an organisation now lists cy before en.
      var translated =
          DefaultQuestionnaire.translated(DefaultQuestionnaire.first(), WELSH)
              .question(QuestionId.of("where"))
              .orElseThrow();

      assertThat(translated.text().given(EN)).contains("Where did it happen?");
      assertThat(translated.text().given(CY)).contains("Ble digwyddodd hyn?");
      assertThat(translated.text().in(EN)).isEqualTo("Where did it happen?");
      assertThat(translated.option(OptionId.of("online")).orElseThrow().label().in(EN))
          .isEqualTo("Online, including social media, email and messages");
      // An organisation's own plain text is still English, not shown as the Welsh it is not.
      assertThat(Words.of("At the university").given(CY)).isEmpty();
    }

    @Test
    void answers_in_words_are_translated_where_they_are_the_shipped_texts() {
      var answers =
          new Answers(
              Map.of(QuestionId.of("where"), new Answer.SingleChoice(OptionId.of("online"))));
      var labelled = DefaultQuestionnaire.standard().labelled(answers).getFirst();

      var translated = DefaultQuestionnaire.translated(labelled, WELSH);

      assertThat(translated.questionIn(CY)).isEqualTo("Ble digwyddodd hyn?");
      assertThat(translated.answerIn(CY)).containsExactly("Ar-lein");
      assertThat(translated.answerIn(EN))
          .containsExactly("Online, including social media, email and messages");
      assertThat(labelled.answerFirst())
          .containsExactly("Online, including social media, email and messages");
    }
  }
}
