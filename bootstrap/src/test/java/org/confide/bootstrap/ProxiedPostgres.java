package org.confide.bootstrap;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import org.confide.adapter.persistence.TestDatabases;

/** The PostgreSQL test database reached through a {@link TcpProxy} the test can cut or slow. */
final class ProxiedPostgres implements AutoCloseable {

  final TcpProxy proxy;
  final String url;

  private ProxiedPostgres(TcpProxy proxy, String url) {
    this.proxy = proxy;
    this.url = url;
  }

  /** Empties the test database and puts a proxy in front of it. */
  static ProxiedPostgres start() {
    var direct = TestDatabases.emptiedPostgresUrl();
    var uri = URI.create(direct.substring("jdbc:".length()));
    int port = uri.getPort() < 0 ? 5432 : uri.getPort();
    var proxy = TcpProxy.to(uri.getHost(), port);
    var proxied =
        direct.replaceFirst(
            "//" + uri.getHost() + "(:" + port + ")?/", "//127.0.0.1:" + proxy.port() + "/");
    return new ProxiedPostgres(proxy, proxied);
  }

  /** The server's environment on the proxied database, with a first administrator. */
  Map<String, String> environment() {
    var environment = new HashMap<String, String>();
    environment.put("CONFIDE_DATABASE_URL", url);
    environment.put("CONFIDE_PORT", "0");
    environment.put("CONFIDE_ADMIN_EMAIL", Staff.ADMIN);
    environment.put("CONFIDE_ADMIN_PASSWORD", Staff.PASSWORD);
    return environment;
  }

  @Override
  public void close() {
    proxy.close();
  }
}
