package org.confide.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.confide.application.port.out.Questionnaires.Kept;
import org.confide.domain.questionnaire.DefaultQuestionnaire;
import org.confide.domain.questionnaire.Questionnaire;
import org.confide.domain.questionnaire.QuestionnaireVersion;
import org.junit.jupiter.api.Test;

/**
 * How {@link JdbiQuestionnaires} moves a deployment that started before the shipped questionnaire's
 * version 2 onto it: only a database holding nothing but the shipped version 1, unchanged and in
 * use, is moved; a deployment with a version of its own keeps what it has. Run on H2 and on
 * PostgreSQL by a nested class of each store's test.
 */
abstract class ShippedQuestionnaireUpgrade {

  private static final Instant AT = Instant.parse("2026-03-02T10:00:00Z");
  private static final QuestionnaireVersion ONE = QuestionnaireVersion.of(1);
  private static final QuestionnaireVersion TWO = QuestionnaireVersion.of(2);

  /** {@return an empty database, the store started once on it} */
  abstract Database database();

  // The database as a release that shipped only version 1 left it; the store returned, started
  // before, acts on it as that release would have (starting a store anew would move it on).
  private JdbiQuestionnaires asBeforeVersionTwo() {
    var before = restarted();
    database()
        .transactions()
        .inTransactionWithHandle(handle -> {
          handle.execute("update questionnaire_in_use set version = 1");
          return handle.execute("delete from questionnaires where version = 2");
        });
    return before;
  }

  private JdbiQuestionnaires restarted() {
    return new JdbiQuestionnaires(database().transactions());
  }

  @Test
  void a_database_holding_only_the_shipped_first_version_is_moved_to_the_second() {
    assertThat(asBeforeVersionTwo().versions()).extracting(Kept::version).containsExactly(ONE);

    var upgraded = restarted();

    assertThat(upgraded.current()).isEqualTo(DefaultQuestionnaire.standard());
    assertThat(upgraded.answerable(ONE)).contains(DefaultQuestionnaire.first());
    assertThat(upgraded.answerable(TWO)).contains(DefaultQuestionnaire.standard());
    assertThat(restarted().current()).isEqualTo(DefaultQuestionnaire.standard());
  }

  @Test
  void a_version_of_the_organisations_own_keeps_the_deployment_where_it_is() {
    var own = Questionnaire.of(TWO, DefaultQuestionnaire.first().questions().subList(0, 6));
    asBeforeVersionTwo().add(own, AT);

    var kept = restarted();

    assertThat(kept.current()).isEqualTo(DefaultQuestionnaire.first());
    assertThat(kept.find(TWO)).contains(own);
    assertThat(kept.versions()).hasSize(2);
  }

  @Test
  void a_version_of_the_organisations_own_in_use_stays_in_use() {
    var own =
        Questionnaire.of(
            QuestionnaireVersion.of(3), DefaultQuestionnaire.first().questions().subList(0, 6));
    var before = asBeforeVersionTwo();
    before.add(own, AT);
    before.use(own.version());

    var kept = restarted();

    assertThat(kept.current()).isEqualTo(own);
    assertThat(kept.find(TWO)).isEmpty();
  }

  @Test
  void a_first_version_that_is_not_the_shipped_one_is_not_replaced() {
    asBeforeVersionTwo();
    var other = Questionnaire.of(ONE, DefaultQuestionnaire.first().questions().subList(0, 6));
    database()
        .transactions()
        .withHandle(handle ->
            handle
                .createUpdate(
                    "update questionnaires set definition = :definition where version = 1")
                .bind("definition", QuestionnaireJson.write(other))
                .execute());

    var kept = restarted();

    assertThat(kept.current()).isEqualTo(other);
    assertThat(kept.versions()).extracting(Kept::version).containsExactly(ONE);
  }

  @Test
  void starting_again_after_the_move_changes_nothing() {
    restarted();
    restarted();

    assertThat(restarted().versions())
        .isEqualTo(
            List.of(
                new Kept(ONE, java.util.Optional.empty(), false, java.util.Optional.empty()),
                new Kept(TWO, java.util.Optional.empty(), true, java.util.Optional.empty())));
  }
}
