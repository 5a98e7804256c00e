package org.confide.adapter.persistence;

/** {@link PagesPerLanguageMigration} on a schema of its own on PostgreSQL. */
@NeedsPostgres
class PostgresPagesPerLanguageMigrationTest extends PagesPerLanguageMigration {

  @Override
  FreshDatabase fresh() {
    return FreshDatabase.postgresSchema();
  }
}
