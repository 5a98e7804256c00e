package org.confide.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import org.confide.domain.audit.AuditChain;
import org.confide.domain.audit.ChainVerdict;
import org.confide.testing.TestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * On PostgreSQL, Confide run as a role given the README's grant appends to the audit trail, and the
 * database refuses that role any update or deletion of audit rows.
 */
@NeedsPostgres
class PostgresAppendOnlyAuditTrailTest {

  private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");

  private String role;
  private Database restricted;

  @BeforeEach
  void aRoleGivenTheReadmeGrant() {
    var owner = TestDatabases.postgres();
    owner
        .jdbi()
        .useHandle(handle -> {
          // Roles belong to the whole cluster: one per test database, so suites never share one.
          role =
              "confide_app_"
                  + handle.createQuery("select current_database()").mapTo(String.class).one();
          handle.execute(
              "do $$ begin if not exists (select from pg_roles where rolname = '"
                  + role
                  + "') then create role "
                  + role
                  + " login; end if; end $$");
          // The grant the README gives for PostgreSQL deployments, word for word but the name.
          handle.execute("grant usage on schema public to " + role);
          handle.execute(
              "grant select, insert, update, delete on all tables in schema public to " + role);
          handle.execute("grant usage, select on all sequences in schema public to " + role);
          handle.execute("revoke update, delete, truncate on audit_events from " + role);
        });
    restricted =
        Database.postgres(
            TestDatabases.postgresUrl().orElseThrow(), Optional.of(role), Optional.empty());
  }

  @AfterEach
  void closeDatabase() {
    restricted.close();
  }

  private java.sql.Connection asTheRole() throws SQLException {
    var props = new java.util.Properties();
    props.setProperty("user", role);
    return DriverManager.getConnection(
        TestDatabases.postgresUrl().orElseThrow().replaceAll("user=[^&]*", "user=" + role), props);
  }

  @Test
  void the_role_appends_events_and_keeps_one_whole_chain() {
    var trail = new JdbiAuditTrail(restricted.transactions());
    trail.append(TestData.aLogIn(T0));
    trail.append(TestData.aLogIn(T0.plusSeconds(1)));

    assertThat(AuditChain.verify(trail.head(), after -> trail.chain(after, 10)))
        .isEqualTo(new ChainVerdict.Whole(2));
  }

  @Test
  void the_database_refuses_the_role_any_update_or_deletion_of_audit_rows() throws SQLException {
    new JdbiAuditTrail(restricted.transactions()).append(TestData.aLogIn(T0));

    try (var connection = asTheRole();
        var statement = connection.createStatement()) {
      assertThatThrownBy(() -> statement.executeUpdate("update audit_events set detail = 'x'"))
          .isInstanceOf(SQLException.class)
          .hasMessageContaining("permission denied");
      assertThatThrownBy(() -> statement.executeUpdate("delete from audit_events"))
          .isInstanceOf(SQLException.class)
          .hasMessageContaining("permission denied");
      assertThatThrownBy(() -> statement.executeUpdate("truncate audit_events"))
          .isInstanceOf(SQLException.class)
          .hasMessageContaining("permission denied");
      try (var rows = statement.executeQuery("select count(*) from audit_events")) {
        rows.next();
        assertThat(rows.getLong(1)).isEqualTo(1);
      }
    }
  }
}
