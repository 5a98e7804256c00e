package org.confide.adapter.web;

import io.javalin.http.Context;

/** Whether a request reached this server over TLS (HTTPS), as far as the server can tell. */
final class Transport {

  private final boolean behindTls;

  Transport(WebSettings settings) {
    this.behindTls = settings.behindTls();
  }

  /** Whether the client of {@code ctx} sent it over TLS. */
  boolean overTls(Context ctx) {
    return behindTls;
  }
}
