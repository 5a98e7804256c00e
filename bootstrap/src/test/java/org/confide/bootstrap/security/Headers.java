package org.confide.bootstrap.security;

import java.util.Set;
import org.assertj.core.api.SoftAssertions;
import org.confide.adapter.web.SecurityHeaders;

/**
 * The headers of DESIGN.md, checked on one answer: a Content-Security-Policy of this origin only
 * that forbids framing, {@code nosniff}, {@code no-referrer}, and {@code no-store} on everything
 * that may carry report content — which is everything but the stylesheet and script, health, and
 * the public questionnaire, service status and API description.
 */
final class Headers {

  private static final Set<String> MAY_BE_CACHED =
      Set.of("/health", "/api/v1/openapi.json", "/api/v1/questionnaire", "/api/v1/service-status");

  private Headers() {}

  static void check(SoftAssertions soft, String what, Client.Reply reply) {
    var csp = reply.header("Content-Security-Policy").orElse("");
    soft.assertThat(csp).as("CSP of %s", what).isEqualTo(SecurityHeaders.CONTENT_SECURITY_POLICY);
    soft.assertThat(csp)
        .as("CSP of %s", what)
        .contains("frame-ancestors 'none'")
        .contains("default-src 'none'")
        .doesNotContain("http:")
        .doesNotContain("https:")
        .doesNotContain("*")
        .doesNotContain("unsafe-");
    soft.assertThat(reply.header("X-Content-Type-Options"))
        .as("nosniff on %s", what)
        .contains("nosniff");
    soft.assertThat(reply.header("Referrer-Policy"))
        .as("Referrer-Policy of %s", what)
        .contains("no-referrer");
    soft.assertThat(reply.header("X-Frame-Options"))
        .as("X-Frame-Options of %s", what)
        .contains("DENY");
    var path = reply.raw().request().uri().getPath();
    if (!path.startsWith("/assets/") || reply.status() != 200) {
      if (!MAY_BE_CACHED.contains(path)) {
        soft.assertThat(reply.header("Cache-Control").orElse(""))
            .as("Cache-Control of %s", what)
            .contains("no-store");
      }
    }
    soft.assertThat(reply.header("Server")).as("Server header of %s", what).isEmpty();
  }
}
