package org.confide.adapter.web.security;

import io.javalin.http.Context;
import java.util.Collections;
import java.util.Locale;
import org.confide.adapter.web.WebSettings;

/**
 * Whether a request reached this server over TLS (HTTPS), and what follows from it: the {@code
 * Strict-Transport-Security} header, and cookies that are {@code Secure} with the {@code __Host-}
 * prefix (see {@link Pages}).
 *
 * <p>A request came over TLS when the server is configured to be behind TLS ({@code
 * CONFIDE_BEHIND_TLS=true}: every client reaches it over HTTPS, through a proxy that ends TLS), or
 * when a trusted proxy ({@link TrustedProxies}) says so for this request with {@code
 * X-Forwarded-Proto: https}. The header is read only from a trusted peer, and only its last value
 * (the one the nearest proxy wrote); from anyone else it is ignored, so a client cannot make the
 * server send it cookies it would then refuse to read over plain HTTP.
 */
public final class Transport {

  /** Two years, and every subdomain: what browsers' preload lists ask for. */
  static final String STRICT_TRANSPORT_SECURITY = "max-age=63072000; includeSubDomains";

  private final boolean behindTls;
  private final TrustedProxies proxies;

  public Transport(WebSettings settings) {
    this.behindTls = settings.behindTls();
    this.proxies = settings.trustedProxies();
  }

  /** Whether the client of {@code ctx} sent it over TLS. */
  public boolean overTls(Context ctx) {
    if (behindTls) {
      return true;
    }
    if (proxies.isEmpty() || !proxies.trusts(String.valueOf(ctx.ip()))) {
      return false;
    }
    var values = Collections.list(ctx.req().getHeaders("X-Forwarded-Proto"));
    if (values.isEmpty()) {
      return false;
    }
    var hops = values.getLast().split(",");
    return hops[hops.length - 1].strip().toLowerCase(Locale.ROOT).equals("https");
  }

  /** Adds {@code Strict-Transport-Security} when {@code ctx} came over TLS; never over HTTP. */
  public void strictTransportSecurity(Context ctx) {
    if (overTls(ctx)) {
      ctx.header("Strict-Transport-Security", STRICT_TRANSPORT_SECURITY);
    }
  }
}
