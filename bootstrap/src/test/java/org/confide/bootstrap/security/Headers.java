package org.confide.bootstrap.security;

import java.util.List;
import org.assertj.core.api.SoftAssertions;
import org.confide.adapter.web.security.SecurityHeaders;

/**
 * The headers of DESIGN.md, checked on one answer: a Content-Security-Policy of this origin only
 * that forbids framing, {@code nosniff}, a referrer for this origin only ({@code same-origin}: no
 * other site learns where a reporter came from), and {@code no-store} on every page and every
 * answer of the API that may carry report content.
 */
final class Headers {

  /** Where report content, messages or contact details may be: never stored by a browser. */
  private static final List<String> REPORT_CONTENT =
      List.of("/api/v1/reports", "/api/v1/reporter/", "/api/v1/staff/", "/api/v1/admin/");

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
        .contains("same-origin");
    soft.assertThat(reply.header("X-Frame-Options"))
        .as("X-Frame-Options of %s", what)
        .contains("DENY");
    var path = reply.raw().request().uri().getPath();
    if (reply.contentType().startsWith("text/html")
        || REPORT_CONTENT.stream().anyMatch(path::startsWith)) {
      soft.assertThat(reply.header("Cache-Control").orElse(""))
          .as("Cache-Control of %s", what)
          .contains("no-store");
    }
    soft.assertThat(reply.header("Server")).as("Server header of %s", what).isEmpty();
  }
}
