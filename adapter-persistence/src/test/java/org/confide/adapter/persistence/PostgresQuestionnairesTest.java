package org.confide.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.confide.application.port.out.Questionnaires;
import org.confide.application.port.out.Questionnaires.AddOutcome;
import org.confide.domain.questionnaire.DefaultQuestionnaire;
import org.confide.domain.questionnaire.Questionnaire;
import org.confide.domain.questionnaire.QuestionnaireVersion;
import org.confide.testing.contract.QuestionnairesContract;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The {@link QuestionnairesContract} run against {@link JdbiQuestionnaires} on PostgreSQL. */
@NeedsPostgres
class PostgresQuestionnairesTest extends QuestionnairesContract {

  private static final Instant AT = Instant.parse("2026-03-02T10:00:00Z");

  private Database database;
  private Questionnaires questionnaires;

  @BeforeEach
  void emptyDatabase() {
    database = TestDatabases.postgres();
    questionnaires = new JdbiQuestionnaires(database.transactions());
  }

  @Override
  protected Questionnaires questionnaires() {
    return questionnaires;
  }

  @Nested
  class Upgrading extends ShippedQuestionnaireUpgrade {
    @Override
    Database database() {
      return database;
    }
  }

  @Nested
  class Starting {

    @Test
    void a_second_adapter_on_the_same_database_keeps_the_stored_versions() {
      var third = version(3);
      questionnaires.add(third, AT);
      questionnaires.use(third.version());

      var restarted = new JdbiQuestionnaires(database.transactions());

      assertThat(restarted.current()).isEqualTo(third);
      assertThat(restarted.find(QuestionnaireVersion.of(1))).contains(DefaultQuestionnaire.first());
      assertThat(restarted.find(QuestionnaireVersion.of(2)))
          .contains(DefaultQuestionnaire.standard());
    }
  }

  @Nested
  class InsideATransaction {

    // A unique violation would abort a PostgreSQL transaction, failing every later statement.
    @Test
    void a_taken_version_leaves_the_running_transaction_usable() {
      database
          .transactions()
          .inTransaction(() -> {
            assertThat(questionnaires.add(DefaultQuestionnaire.standard(), AT))
                .isEqualTo(AddOutcome.VERSION_TAKEN);
            assertThat(questionnaires.add(version(3), AT)).isEqualTo(AddOutcome.ADDED);
            questionnaires.use(QuestionnaireVersion.of(3));
            return null;
          });

      assertThat(questionnaires.current()).isEqualTo(version(3));
    }
  }

  private static Questionnaire version(int version) {
    return Questionnaire.of(
        QuestionnaireVersion.of(version), DefaultQuestionnaire.standard().questions());
  }
}
