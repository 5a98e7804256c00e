package org.confide.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class OwnTextTest {

  private static final Language EN = Language.ENGLISH;
  private static final Language CY = Language.WELSH;
  private static final Language GA = new Language("ga");

  private static Map<Language, String> texts(Object... pairs) {
    var texts = new LinkedHashMap<Language, String>();
    for (int i = 0; i < pairs.length; i += 2) {
      texts.put((Language) pairs[i], (String) pairs[i + 1]);
    }
    return texts;
  }

  @Nested
  class Shown {

    @Test
    void a_reader_is_shown_the_text_in_their_language() {
      var name = OwnText.of(texts(EN, "University of Example", CY, "Prifysgol Enghraifft"));

      assertThat(name.shown(CY, EN)).isEqualTo(new OwnText.Shown("Prifysgol Enghraifft", CY));
      assertThat(name.shown(EN, EN)).isEqualTo(new OwnText.Shown("University of Example", EN));
    }

    @Test
    void a_plain_text_is_the_first_languages_whichever_that_is() {
      var name = OwnText.of("Prifysgol Enghraifft");

      assertThat(name.shown(CY, CY)).isEqualTo(new OwnText.Shown("Prifysgol Enghraifft", CY));
      assertThat(name.shown(EN, CY)).isEqualTo(new OwnText.Shown("Prifysgol Enghraifft", CY));
      assertThat(name.given(CY, CY)).contains("Prifysgol Enghraifft");
      assertThat(name.given(EN, CY)).isEmpty();
    }

    @Test
    void a_text_missing_in_the_readers_language_falls_back_to_the_first_language_then_any() {
      var both = OwnText.of(texts(CY, "Nodyn", EN, "Note"));
      var irishOnly = OwnText.of(texts(GA, "Nóta"));

      assertThat(both.shown(GA, EN)).isEqualTo(new OwnText.Shown("Note", EN));
      assertThat(irishOnly.shown(CY, EN)).isEqualTo(new OwnText.Shown("Nóta", GA));
      assertThat(irishOnly.in(CY)).isEqualTo("Nóta");
    }
  }

  @Nested
  class Checking {

    @Test
    void each_problem_is_named_by_its_language() {
      var typed = OwnText.Typed.of(texts(EN, "Fine", CY, "x".repeat(101)));

      var checked = OwnText.check("organisationName", ProblemSubject.NAME, typed, 100);

      assertThat(checked.problems())
          .extracting(FieldProblem::field, FieldProblem::code)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple(
                  "organisationName.cy", Optional.of(ProblemCode.AT_MOST)));
    }

    @Test
    void blank_texts_are_ones_not_written_and_none_written_is_empty() {
      var some =
          OwnText.check(
              "name",
              ProblemSubject.NAME,
              OwnText.Typed.of(texts(EN, " Nightline ", CY, " ")),
              100);
      var none =
          OwnText.check("name", ProblemSubject.NAME, OwnText.Typed.of(texts(EN, "", CY, "")), 100);

      assertThat(some).isEqualTo(Checked.valid(Optional.of(OwnText.of(texts(EN, "Nightline")))));
      assertThat(none).isEqualTo(Checked.valid(Optional.empty()));
      assertThat(OwnText.check("name", ProblemSubject.NAME, OwnText.Typed.plain("  "), 100))
          .isEqualTo(Checked.valid(Optional.empty()));
    }

    @Test
    void a_plain_text_stays_plain() {
      var checked =
          OwnText.check("name", ProblemSubject.NAME, OwnText.Typed.plain(" Nightline "), 100);

      assertThat(checked).isEqualTo(Checked.valid(Optional.of(OwnText.of("Nightline"))));
      assertThat(OwnText.of("Nightline").plain()).contains("Nightline");
    }

    @Test
    void an_own_text_is_never_blank_nor_both_plain_and_named() {
      assertThatThrownBy(() -> OwnText.of(texts(CY, " ")))
          .isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> OwnText.of(Map.of())).isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> new OwnText(Optional.of("a"), texts(CY, "b")))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }
}
