package org.confide.adapter.persistence;

import org.confide.application.port.out.Questionnaires;
import org.confide.testing.contract.QuestionnairesContract;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;

/**
 * The {@link QuestionnairesContract} run against {@link JdbiQuestionnaires} on a private H2
 * database.
 */
class H2QuestionnairesTest extends QuestionnairesContract {

  private final Database database = TestDatabases.h2();
  private final Questionnaires questionnaires = new JdbiQuestionnaires(database.transactions());

  @AfterEach
  void closeDatabase() {
    database.close();
  }

  @Override
  protected Questionnaires questionnaires() {
    return questionnaires;
  }

  @Nested
  class Starting extends ShippedQuestionnaireUpgrade {
    @Override
    Database database() {
      return database;
    }
  }
}
