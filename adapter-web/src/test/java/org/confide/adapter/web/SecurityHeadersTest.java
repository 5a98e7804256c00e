package org.confide.adapter.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SecurityHeadersTest {

  @Test
  void everyResponseForbidsFramingSniffingAndReferrers() {
    assertThat(SecurityHeaders.forEveryResponse())
        .containsEntry("X-Content-Type-Options", "nosniff")
        .containsEntry("Referrer-Policy", "same-origin")
        .containsKey("Content-Security-Policy");
    assertThat(SecurityHeaders.CONTENT_SECURITY_POLICY).contains("frame-ancestors 'none'");
  }

  @Test
  void contentSecurityPolicyAllowsNoInlineCodeAndNoOtherOrigin() {
    assertThat(SecurityHeaders.CONTENT_SECURITY_POLICY)
        .doesNotContain("unsafe-inline")
        .doesNotContain("unsafe-eval")
        .doesNotContain("http:")
        .doesNotContain("https:")
        .doesNotContain("*");
  }

  @Test
  void reportContentIsNeverStored() {
    assertThat(SecurityHeaders.forReportContent())
        .containsEntry("Cache-Control", "no-store, max-age=0")
        .containsAllEntriesOf(SecurityHeaders.forEveryResponse());
  }

  @Test
  void strictTransportSecurityOnlyWhenAskedForTls() {
    assertThat(SecurityHeaders.forEveryResponse()).doesNotContainKey("Strict-Transport-Security");
    assertThat(SecurityHeaders.overTls(SecurityHeaders.forEveryResponse()))
        .containsKey("Strict-Transport-Security");
  }
}
