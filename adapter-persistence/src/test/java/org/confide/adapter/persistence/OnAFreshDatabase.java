package org.confide.adapter.persistence;

import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterEach;

/**
 * A test of the migrations themselves, on an empty database of its own ({@link FreshDatabase}):
 * made once per test, dropped after it.
 */
abstract class OnAFreshDatabase {

  /** The empty database: a private H2, or a schema of its own on PostgreSQL. */
  abstract FreshDatabase fresh();

  private final FreshDatabase empty = fresh();

  @AfterEach
  void dropTheFreshDatabase() {
    empty.drop();
  }

  /** Flyway on the empty database, to migrate it as far as the test says. */
  FluentConfiguration flyway() {
    return empty.flyway();
  }

  /** Plain Jdbi on it. */
  Jdbi jdbi() {
    return empty.jdbi();
  }

  /** The database opened as Confide opens it, which migrates it to today's schema. */
  Database open() {
    return empty.open();
  }

  /** The database opened as Confide opens it offering {@code firstLanguage} first. */
  Database open(org.confide.domain.shared.Language firstLanguage) {
    return empty.open(firstLanguage);
  }
}
