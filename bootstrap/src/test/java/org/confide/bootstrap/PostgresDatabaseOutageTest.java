package org.confide.bootstrap;

import java.util.Map;
import org.confide.adapter.persistence.NeedsPostgres;

/**
 * The database goes away through a proxy the test cuts and restores, refusing new connections and
 * dropping open ones: a network failure between Confide and PostgreSQL. Skipped without a test
 * database, except in CI.
 */
@NeedsPostgres
class PostgresDatabaseOutageTest extends DatabaseOutage {

  @Override
  Database database() {
    var proxied = ProxiedPostgres.start();
    return new Database() {
      @Override
      public Map<String, String> environment() {
        return proxied.environment();
      }

      @Override
      public String url() {
        return org.confide.adapter.persistence.TestDatabases.postgresUrl().orElseThrow();
      }

      @Override
      public void away() {
        proxied.proxy.cut();
      }

      @Override
      public void back() {
        proxied.proxy.restore();
      }

      @Override
      public void close() {
        proxied.close();
      }
    };
  }
}
