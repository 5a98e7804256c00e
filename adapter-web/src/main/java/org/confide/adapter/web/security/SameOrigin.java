package org.confide.adapter.web.security;

import io.javalin.http.Context;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.confide.adapter.web.Problem;
import org.confide.adapter.web.ProblemException;
import org.confide.adapter.web.WebServer;
import org.confide.adapter.web.WebSettings;

/**
 * Refuses a state-changing request that a browser says came from a page of another origin. A
 * sibling site (another subdomain of the same organisation) is the same <em>site</em>, so {@code
 * SameSite=Strict} cookies go with its requests; only the origin tells the two apart.
 *
 * <p>A request whose method may change something ({@code POST}, {@code PUT}, {@code DELETE}, {@code
 * PATCH}) is refused with 403 when its {@code Sec-Fetch-Site} is present and not {@code
 * same-origin}, or its {@code Origin} is present and not this server's own ({@code null} included:
 * the pages' referrer policy, {@code same-origin}, lets browsers send the real origin with every
 * same-origin form). Clients that send neither, such as curl and other API clients, are not
 * browsers acting for someone else, and are judged by their token alone.
 *
 * <p>This server's own origin is the configured public address when there is one ({@code
 * CONFIDE_PUBLIC_URL}); otherwise the scheme the client used ({@code https} when served over TLS,
 * see {@link Transport}) and the {@code Host} header the request came with. The browser writes
 * {@code Host} from the address it is sending to, so a page elsewhere cannot make it name this
 * server while its {@code Origin} names another. Behind a proxy that rewrites {@code Host} (nginx's
 * default), either pass it through ({@code proxy_set_header Host $host;}) or configure the public
 * address.
 */
public final class SameOrigin {

  private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

  private final Optional<String> publicOrigin;
  private final Transport transport;

  public SameOrigin(WebSettings settings, Transport transport) {
    this.publicOrigin = settings.publicOrigin();
    this.transport = transport;
  }

  /** Throws a 403 problem when {@code ctx} may change something and came from elsewhere. */
  public void check(Context ctx) {
    if (SAFE.contains(ctx.method().name())) {
      return;
    }
    var site = ctx.header("Sec-Fetch-Site");
    var origin = ctx.header("Origin");
    boolean fromElsewhere =
        (site != null && !site.strip().equalsIgnoreCase("same-origin"))
            || (origin != null && !ours(normalised(origin), own(ctx)));
    if (fromElsewhere) {
      throw new ProblemException(refusal(ctx.path()));
    }
  }

  private static boolean ours(Optional<String> origin, Optional<String> own) {
    return origin.isPresent() && origin.equals(own);
  }

  /** This server's origin as the client of {@code ctx} addressed it, or the configured one. */
  public Optional<String> own(Context ctx) {
    if (publicOrigin.isPresent()) {
      return publicOrigin;
    }
    var host = ctx.header("Host");
    if (host == null || host.isBlank()) {
      return Optional.empty();
    }
    return normalised((transport.overTls(ctx) ? "https://" : "http://") + host.strip());
  }

  /** The refusal: for a page, the one a form without its token gets. */
  static Problem refusal(String path) {
    if (WebServer.isApi(path)) {
      return Problem.of(403, "otherSite");
    }
    return FormTokens.expired();
  }

  /**
   * An origin as {@code scheme://host[:port]}, lower case, without the scheme's default port; empty
   * for anything else (an origin of {@code null}, a path, a user name).
   */
  public static Optional<String> normalised(String origin) {
    try {
      var uri = new URI(origin.strip());
      var scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if (!scheme.equals("http") && !scheme.equals("https")
          || uri.getHost() == null
          || uri.getRawUserInfo() != null
          || !(uri.getRawPath() == null
              || uri.getRawPath().isEmpty()
              || uri.getRawPath().equals("/"))
          || uri.getRawQuery() != null
          || uri.getRawFragment() != null) {
        return Optional.empty();
      }
      int port = uri.getPort();
      boolean defaultPort =
          port == -1
              || scheme.equals("http") && port == 80
              || scheme.equals("https") && port == 443;
      return Optional.of(
          scheme
              + "://"
              + uri.getHost().toLowerCase(Locale.ROOT)
              + (defaultPort ? "" : ":" + port));
    } catch (URISyntaxException e) {
      return Optional.empty();
    }
  }
}
