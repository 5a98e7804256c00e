package org.confide.adapter.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SecurityHeadersTest {

  @Test
  void every_response_forbids_framing_sniffing_and_referrers() {
    assertThat(SecurityHeaders.forEveryResponse())
        .containsEntry("X-Content-Type-Options", "nosniff")
        .containsEntry("Referrer-Policy", "same-origin")
        .containsKey("Content-Security-Policy");
    assertThat(SecurityHeaders.CONTENT_SECURITY_POLICY).contains("frame-ancestors 'none'");
  }

  @Test
  void content_security_policy_allows_no_inline_code_and_no_other_origin() {
    assertThat(SecurityHeaders.CONTENT_SECURITY_POLICY)
        .doesNotContain("unsafe-inline")
        .doesNotContain("unsafe-eval")
        .doesNotContain("http:")
        .doesNotContain("https:")
        .doesNotContain("*");
  }

  @Test
  void report_content_is_never_stored() {
    assertThat(SecurityHeaders.forReportContent())
        .containsEntry("Cache-Control", "no-store, max-age=0")
        .containsAllEntriesOf(SecurityHeaders.forEveryResponse());
  }

  @Test
  void strict_transport_security_only_when_asked_for_tls() {
    assertThat(SecurityHeaders.forEveryResponse()).doesNotContainKey("Strict-Transport-Security");
    assertThat(SecurityHeaders.overTls(SecurityHeaders.forEveryResponse()))
        .containsKey("Strict-Transport-Security");
  }
}
