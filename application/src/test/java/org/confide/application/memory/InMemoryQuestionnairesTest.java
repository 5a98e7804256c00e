package org.confide.application.memory;

import org.confide.application.port.out.Questionnaires;
import org.confide.testing.contract.QuestionnairesContract;

/** The {@link QuestionnairesContract} run against the in-memory adapter. */
class InMemoryQuestionnairesTest extends QuestionnairesContract {

  private final InMemoryPorts ports = new InMemoryPorts();

  @Override
  protected Questionnaires questionnaires() {
    return ports.questionnaires;
  }
}
