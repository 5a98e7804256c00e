package org.confide.adapter.persistence;

/** {@link CodePauseOnEveryNode} on the PostgreSQL test database. */
@NeedsPostgres
class PostgresCodePauseOnEveryNodeTest extends CodePauseOnEveryNode {

  @Override
  Database database() {
    return TestDatabases.postgres();
  }
}
