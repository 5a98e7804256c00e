package org.confide.domain.outcome;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.confide.domain.shared.Checked;
import org.confide.domain.shared.FieldProblem;
import org.confide.domain.shared.Language;
import org.confide.domain.shared.OwnText;
import org.junit.jupiter.api.Test;

class ChoicesTest {

  private static OwnText.Typed both(String english, String welsh) {
    var texts = new LinkedHashMap<Language, String>();
    texts.put(Language.ENGLISH, english);
    texts.put(Language.WELSH, welsh);
    return OwnText.Typed.of(texts);
  }

  private static Choices valid(Checked<Choices> checked) {
    return ((Checked.Valid<Choices>) checked).value();
  }

  @Test
  void the_default_outcomes_are_confides_words_in_english_not_the_organisations() {
    var support = Choices.defaults(ChoiceList.OUTCOMES).offered().getFirst();

    assertThat(support.label()).isEqualTo(OwnText.of(Map.of(Language.ENGLISH, "Support provided")));
    assertThat(support.label().shown(Language.WELSH, Language.WELSH).language())
        .isEqualTo(Language.ENGLISH);
  }

  @Test
  void a_default_is_confides_while_unchanged_saved_as_is_included_and_the_organisations_after() {
    var defaults = Choices.defaults(ChoiceList.OUTCOMES);
    assertThat(defaults.all()).allMatch(choice -> Choices.isDefault(ChoiceList.OUTCOMES, choice));
    assertThat(Choices.defaultLabels(ChoiceList.OUTCOMES).keySet())
        .containsExactlyElementsOf(defaults.all().stream().map(Choice::key).toList());
    assertThat(Choices.defaultLabels(ChoiceList.TAGS)).isEmpty();

    // Saved as it was: a page's first box alone is a plain text; retired, still the default.
    var saved =
        valid(
            defaults.replacedBy(
                ChoiceList.OUTCOMES,
                List.of(OwnText.Typed.plain("Support provided"), OwnText.Typed.plain("Mediation")),
                Set.of(new ChoiceKey("no-further-action"))));
    assertThat(saved.all())
        .filteredOn(choice -> Choices.isDefault(ChoiceList.OUTCOMES, choice))
        .extracting(choice -> choice.key().value())
        .containsExactly("support-provided", "no-further-action");

    // Given words of its own in any language, or other words, it is the organisation's.
    var own =
        valid(
            defaults.replacedBy(
                ChoiceList.OUTCOMES,
                List.of(
                    both("Support provided", "Cefnogaeth"),
                    OwnText.Typed.plain("Referred Elsewhere")),
                Set.of()));
    assertThat(own.all()).noneMatch(choice -> Choices.isDefault(ChoiceList.OUTCOMES, choice));
    var welshNamed =
        new Choice(
            new ChoiceKey("support-provided"),
            OwnText.of(Map.of(Language.WELSH, "Support provided")),
            false);
    assertThat(Choices.isDefault(ChoiceList.OUTCOMES, welshNamed)).isFalse();
    // A tag is never a default, whatever it is called.
    assertThat(Choices.isDefault(ChoiceList.TAGS, defaults.all().getFirst())).isFalse();
  }

  @Test
  void a_label_in_each_language_keeps_the_key_its_first_text_made() {
    var list =
        valid(
            Choices.defaults(ChoiceList.OUTCOMES)
                .replacedBy(
                    ChoiceList.OUTCOMES,
                    List.of(
                        both("Support provided", "Cymorth wedi'i roi"),
                        OwnText.Typed.plain("Mediation")),
                    Set.of()));

    assertThat(list.offered())
        .extracting(choice -> choice.key().value())
        .containsExactly("support-provided", "mediation");
    assertThat(list.offered().getFirst().label().in(Language.WELSH))
        .isEqualTo("Cymorth wedi'i roi");
    assertThat(list.offered().get(1).label().plain()).contains("Mediation");
  }

  @Test
  void a_retired_entry_keeps_its_labels_in_every_language() {
    var before =
        valid(
            Choices.defaults(ChoiceList.TAGS)
                .replacedBy(ChoiceList.TAGS, List.of(both("Online", "Ar-lein")), Set.of()));

    var after =
        valid(before.replacedBy(ChoiceList.TAGS, List.of(), Set.of(new ChoiceKey("online"))));

    assertThat(after.all())
        .singleElement()
        .satisfies(tag -> {
          assertThat(tag.retired()).isTrue();
          assertThat(tag.label().in(Language.WELSH)).isEqualTo("Ar-lein");
        });
  }

  @Test
  void each_problem_is_named_by_its_place_and_a_label_in_a_language_by_its_language() {
    var checked =
        Choices.defaults(ChoiceList.OUTCOMES)
            .replacedBy(
                ChoiceList.OUTCOMES,
                List.of(
                    both("Resolved", "x".repeat(101)),
                    both("", " "),
                    OwnText.Typed.plain("RESOLVED"),
                    OwnText.Typed.plain("Resolved")),
                Set.of());

    assertThat(checked.problems())
        .extracting(FieldProblem::field)
        .containsExactly("outcomes[0].cy", "outcomes[1]", "outcomes[3]");
  }
}
