package org.confide.adapter.persistence;

/** {@link PagesPerLanguageMigration} on a private in-memory H2. */
class H2PagesPerLanguageMigrationTest extends PagesPerLanguageMigration {

  @Override
  FreshDatabase fresh() {
    return FreshDatabase.h2();
  }
}
