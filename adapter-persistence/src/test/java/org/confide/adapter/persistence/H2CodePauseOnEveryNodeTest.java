package org.confide.adapter.persistence;

import org.junit.jupiter.api.AfterEach;

/** {@link CodePauseOnEveryNode} on a private H2 database. */
class H2CodePauseOnEveryNodeTest extends CodePauseOnEveryNode {

  private final Database database = TestDatabases.h2();

  @AfterEach
  void closeDatabase() {
    database.close();
  }

  @Override
  Database database() {
    return database;
  }
}
