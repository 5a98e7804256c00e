package org.confide.testing.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.confide.testing.TestReports.aReport;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.confide.application.port.out.Outcomes;
import org.confide.application.port.out.Reports;
import org.confide.application.port.out.Transactions;
import org.confide.domain.outcome.CaseOutcome;
import org.confide.domain.outcome.Choice;
import org.confide.domain.outcome.ChoiceKey;
import org.confide.domain.outcome.ChoiceList;
import org.confide.domain.outcome.Choices;
import org.confide.domain.shared.Language;
import org.confide.domain.shared.OwnText;
import org.confide.domain.shared.ReportReference;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The contract of every {@link Outcomes} adapter. A list is not saved until it is; once saved it is
 * found again whole, offered entries in order then the retired ones, and a list saved empty stays
 * saved; each list is kept apart from the other. A case's outcome is found again with its tags in
 * the order recorded, replaced by the next one recorded, cleared, and reported in use for its list;
 * writes undone with their transaction leave nothing; changing what was saved, without saving
 * again, is not visible.
 *
 * <p>{@link #outcomes()} and {@link #reports()} must share one store, empty at the start of each
 * test.
 */
public abstract class OutcomesContract {

  /** For a subclass that runs this contract against one adapter. */
  protected OutcomesContract() {}

  /** {@return the adapter under test} */
  protected abstract Outcomes outcomes();

  /** {@return the transactions {@link #outcomes()} takes part in} */
  protected abstract Transactions transactions();

  /** {@return the reports, which a case's outcome belongs to} */
  protected abstract Reports reports();

  private static ChoiceKey key(String value) {
    return new ChoiceKey(value);
  }

  private ReportReference stored() {
    var report = aReport().build();
    reports().add(report);
    return report.reference();
  }

  private static CaseOutcome outcome(String outcome, String... tags) {
    var keys = new LinkedHashSet<ChoiceKey>();
    for (var tag : tags) {
      keys.add(key(tag));
    }
    return new CaseOutcome(Optional.ofNullable(outcome).map(ChoiceKey::new), keys);
  }

  @Nested
  class Lists {

    @Test
    void a_list_never_saved_is_not_found() {
      assertThat(outcomes().saved(ChoiceList.OUTCOMES)).isEmpty();
      assertThat(outcomes().saved(ChoiceList.TAGS)).isEmpty();
    }

    @Test
    void a_saved_list_is_found_again_offered_entries_in_order_then_the_retired() {
      var list =
          Choices.of(
              List.of(
                  new Choice(key("zeta"), "Zeta", false),
                  new Choice(key("old"), "Old one", true),
                  new Choice(key("alpha"), "Alpha", false)));

      outcomes().replace(ChoiceList.OUTCOMES, list);

      assertThat(outcomes().saved(ChoiceList.OUTCOMES)).contains(list);
      assertThat(outcomes().saved(ChoiceList.OUTCOMES).orElseThrow().all())
          .extracting(choice -> choice.label().first())
          .containsExactly("Zeta", "Alpha", "Old one");
      assertThat(outcomes().saved(ChoiceList.TAGS)).isEmpty();
    }

    @Test
    void labels_in_each_language_are_found_again_in_each_and_plain_ones_stay_plain() {
      var support = new LinkedHashMap<Language, String>();
      support.put(Language.WELSH, "Cymorth wedi'i roi");
      support.put(Language.ENGLISH, "Support provided");
      var list =
          Choices.of(
              List.of(
                  new Choice(key("cymorth-wedi-i-roi"), OwnText.of(support), false),
                  new Choice(key("no-further-action"), "No further action", false),
                  new Choice(
                      key("old"), OwnText.of(Map.of(new Language("ga"), "Sean-cheann")), true)));

      outcomes().replace(ChoiceList.OUTCOMES, list);
      var again = outcomes().saved(ChoiceList.OUTCOMES).orElseThrow();

      assertThat(again).isEqualTo(list);
      assertThat(again.all().getFirst().label().in(Language.ENGLISH)).isEqualTo("Support provided");
      assertThat(again.all().getFirst().label().first()).isEqualTo("Cymorth wedi'i roi");
      assertThat(again.all().get(1).label().plain()).contains("No further action");
      // Replacing the list again leaves no label of the entries it drops.
      outcomes()
          .replace(
              ChoiceList.OUTCOMES,
              Choices.of(
                  List.of(new Choice(key("no-further-action"), "No further action", false))));
      assertThat(outcomes().saved(ChoiceList.OUTCOMES).orElseThrow().all())
          .singleElement()
          .satisfies(
              choice -> assertThat(choice.label()).isEqualTo(OwnText.of("No further action")));
    }

    @Test
    void the_defaults_saved_as_they_are_are_found_again_as_confides_defaults() {
      var defaults = Choices.defaults(ChoiceList.OUTCOMES);
      // As a save of the page's first box alone stores them: plain, the first language's.
      var plain =
          Choices.of(
              defaults.all().stream()
                  .map(c -> new Choice(c.key(), c.label().first(), c.retired()))
                  .toList());

      outcomes().replace(ChoiceList.OUTCOMES, defaults);
      assertThat(outcomes().saved(ChoiceList.OUTCOMES).orElseThrow().all())
          .hasSize(5)
          .allMatch(choice -> Choices.isDefault(ChoiceList.OUTCOMES, choice));
      outcomes().replace(ChoiceList.OUTCOMES, plain);
      assertThat(outcomes().saved(ChoiceList.OUTCOMES).orElseThrow().all())
          .hasSize(5)
          .allMatch(choice -> Choices.isDefault(ChoiceList.OUTCOMES, choice));
    }

    @Test
    void a_list_saved_empty_stays_saved_and_replaces_the_one_before() {
      outcomes().replace(ChoiceList.TAGS, Choices.of(List.of(new Choice(key("a"), "A", false))));
      outcomes().replace(ChoiceList.TAGS, Choices.of(List.of()));

      assertThat(outcomes().saved(ChoiceList.TAGS)).contains(Choices.of(List.of()));
    }

    @Test
    void a_list_saved_in_a_transaction_undone_is_not_saved() {
      try {
        transactions()
            .inTransaction(() -> {
              outcomes().replace(ChoiceList.OUTCOMES, Choices.defaults(ChoiceList.OUTCOMES));
              throw new IllegalStateException("undo");
            });
      } catch (IllegalStateException expected) {
        // The transaction was undone.
      }

      assertThat(outcomes().saved(ChoiceList.OUTCOMES)).isEmpty();
    }
  }

  @Nested
  class CasesOutcomes {

    @Test
    void an_outcome_is_found_again_with_its_tags_in_order_and_counts_as_in_use() {
      var reference = stored();

      outcomes().record(reference, outcome("support-provided", "zeta", "alpha"));

      var found = outcomes().of(reference).orElseThrow();
      assertThat(found.outcome()).contains(key("support-provided"));
      assertThat(found.tags()).containsExactly(key("zeta"), key("alpha"));
      assertThat(outcomes().inUse(ChoiceList.OUTCOMES)).isEqualTo(Set.of(key("support-provided")));
      assertThat(outcomes().inUse(ChoiceList.TAGS)).isEqualTo(Set.of(key("zeta"), key("alpha")));
    }

    @Test
    void an_outcome_with_no_outcome_chosen_keeps_its_tags() {
      var reference = stored();

      outcomes().record(reference, outcome(null, "online"));

      assertThat(outcomes().of(reference)).contains(outcome(null, "online"));
      assertThat(outcomes().inUse(ChoiceList.OUTCOMES)).isEmpty();
    }

    @Test
    void recording_again_replaces_and_clearing_forgets() {
      var reference = stored();
      var other = stored();
      outcomes().record(reference, outcome("a", "t1"));
      outcomes().record(other, outcome("b"));

      outcomes().record(reference, outcome("c"));
      assertThat(outcomes().of(reference)).contains(outcome("c"));
      assertThat(outcomes().inUse(ChoiceList.TAGS)).isEmpty();

      outcomes().clear(reference);
      assertThat(outcomes().of(reference)).isEmpty();
      assertThat(outcomes().of(other)).contains(outcome("b"));
      assertThat(outcomes().inUse(ChoiceList.OUTCOMES)).isEqualTo(Set.of(key("b")));
    }

    @Test
    void an_outcome_recorded_in_a_transaction_undone_leaves_nothing() {
      var reference = stored();
      try {
        transactions()
            .inTransaction(() -> {
              outcomes().record(reference, outcome("a", "t"));
              throw new IllegalStateException("undo");
            });
      } catch (IllegalStateException expected) {
        // The transaction was undone.
      }

      assertThat(outcomes().of(reference)).isEmpty();
      assertThat(outcomes().inUse(ChoiceList.TAGS)).isEmpty();
    }

    @Test
    void changing_a_tag_set_after_recording_without_recording_again_is_not_visible() {
      var reference = stored();
      var tags = new LinkedHashSet<ChoiceKey>(List.of(key("t")));
      outcomes().record(reference, new CaseOutcome(Optional.of(key("a")), tags));

      tags.add(key("later"));

      assertThat(outcomes().of(reference).orElseThrow().tags()).containsExactly(key("t"));
    }
  }
}
