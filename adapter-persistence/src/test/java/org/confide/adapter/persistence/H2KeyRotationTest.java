package org.confide.adapter.persistence;

import org.junit.jupiter.api.AfterEach;

/** {@link KeyRotation} on a private in-memory H2. */
class H2KeyRotationTest extends KeyRotation {

  private Database database;

  @Override
  Database database() {
    database = TestDatabases.h2();
    return database;
  }

  @AfterEach
  void close() {
    database.close();
  }
}
