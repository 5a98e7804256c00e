package org.confide.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.confide.domain.outcome.Choice;
import org.confide.domain.outcome.ChoiceKey;
import org.confide.domain.outcome.ChoiceList;
import org.confide.domain.outcome.Choices;
import org.confide.domain.shared.Language;
import org.confide.domain.shared.OwnText;
import org.junit.jupiter.api.Test;

/**
 * Migration 37 on a database left by migration 36, with an outcome list already saved: each label
 * is kept plain, the organisation's own in its first language, and an administrator can then save
 * labels in each language beside them.
 */
abstract class OutcomeLabelsMigration extends OnAFreshDatabase {

  @Test
  void the_labels_saved_before_it_stay_plain_and_labels_in_languages_can_be_saved_after() {
    flyway()
        .locations("classpath:db/migration")
        .javaMigrations(new ReportsOwnTheirRows(), new FewerIndexesOnANewReport())
        .placeholders(Map.of("firstLanguage", "cy"))
        .target("36")
        .load()
        .migrate();
    jdbi()
        .useHandle(handle -> {
          handle.execute("insert into closing_lists (list_name) values ('OUTCOMES')");
          handle.execute(
              "insert into closing_choices (list_name, choice_key, label, position, retired)"
                  + " values ('OUTCOMES', 'cymorth', 'Cymorth â ŵ ŷ', 0, false),"
                  + " ('OUTCOMES', 'hen', 'Hen un', 1, true)");
        });

    try (var database = open(Language.WELSH)) {
      var outcomes = new JdbiOutcomes(database.transactions());

      var before = outcomes.saved(ChoiceList.OUTCOMES).orElseThrow();
      assertThat(before.all())
          .containsExactly(
              new Choice(new ChoiceKey("cymorth"), OwnText.of("Cymorth â ŵ ŷ"), false),
              new Choice(new ChoiceKey("hen"), OwnText.of("Hen un"), true));

      var both = new LinkedHashMap<Language, String>();
      both.put(Language.WELSH, "Cymorth â ŵ ŷ");
      both.put(Language.ENGLISH, "Support");
      var after =
          Choices.of(
              List.of(
                  new Choice(new ChoiceKey("cymorth"), OwnText.of(both), false),
                  new Choice(new ChoiceKey("hen"), OwnText.of("Hen un"), true)));
      outcomes.replace(ChoiceList.OUTCOMES, after);
      assertThat(outcomes.saved(ChoiceList.OUTCOMES)).contains(after);
    }
  }
}
