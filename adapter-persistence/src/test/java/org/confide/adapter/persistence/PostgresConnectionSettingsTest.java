package org.confide.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * What every connection Confide opens to PostgreSQL is set to, whichever statement it runs first.
 */
@NeedsPostgres
class PostgresConnectionSettingsTest {

  private final Database database = TestDatabases.postgres();

  @Test
  void a_statement_waits_for_a_held_row_at_most_the_lock_timeout() {
    assertThat(show("lock_timeout")).isEqualTo("2s");
  }

  @Test
  void the_just_in_time_compiler_is_off_so_no_short_query_waits_for_its_own_compiling() {
    assertThat(show("jit")).isEqualTo("off");
  }

  private String show(String setting) {
    return database
        .jdbi()
        .withHandle(handle -> handle.createQuery("show " + setting).mapTo(String.class).one());
  }
}
