package org.confide.bootstrap;

import java.util.HashMap;
import java.util.Map;
import org.confide.adapter.persistence.NeedsPostgres;

/**
 * PostgreSQL itself is stopped under submission load ({@code pg_ctl stop}, as an operator or a
 * crashed host would) and started again: every request meanwhile gets a fast 503, nothing
 * acknowledged is lost, and the node serves again within 30 seconds without a restart. On a
 * PostgreSQL server of the test's own ({@link PrivatePostgres}), so the machine's server, which
 * other suites use, is never stopped. Skipped without a test database, except in CI.
 */
@NeedsPostgres
class PostgresStoppedTest extends DatabaseOutage {

  @Override
  Database database() throws Exception {
    var postgres = PrivatePostgres.start();
    return new Database() {
      @Override
      public Map<String, String> environment() {
        var environment = new HashMap<String, String>();
        environment.put("CONFIDE_DATABASE_URL", postgres.url());
        environment.put("CONFIDE_PORT", "0");
        environment.put("CONFIDE_ADMIN_EMAIL", Staff.ADMIN);
        environment.put("CONFIDE_ADMIN_PASSWORD", Staff.PASSWORD);
        return environment;
      }

      @Override
      public String url() {
        return postgres.url();
      }

      @Override
      public void away() {
        postgres.down();
      }

      @Override
      public void back() {
        postgres.up();
      }

      @Override
      public void close() throws Exception {
        postgres.close();
      }
    };
  }
}
