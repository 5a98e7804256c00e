package org.confide.adapter.web.security;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The headers every response carries (DESIGN.md, "Security and privacy"), and the stricter set for
 * responses that carry report content. A reporter may be on a shared or watched device: what they
 * told us must not be cached, framed, sniffed or leaked through a referrer.
 */
public final class SecurityHeaders {

  /** Our own origin only: no inline script or style, no third party, no framing. */
  public static final String CONTENT_SECURITY_POLICY =
      "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
          + " font-src 'self'; connect-src 'self'; form-action 'self'; base-uri 'none';"
          + " frame-ancestors 'none'";

  private static final Map<String, String> EVERY_RESPONSE = everyResponse();
  private static final Map<String, String> WITH_REPORT_CONTENT = withReportContent();

  private SecurityHeaders() {}

  /** The headers for every response, in a stable order. */
  public static Map<String, String> forEveryResponse() {
    return EVERY_RESPONSE;
  }

  /** The headers for a response carrying report content, messages or contact details. */
  public static Map<String, String> forReportContent() {
    return WITH_REPORT_CONTENT;
  }

  /** Adds HSTS to {@code headers} when the request came over TLS; never over plain HTTP. */
  public static Map<String, String> overTls(Map<String, String> headers) {
    var copy = new LinkedHashMap<>(headers);
    copy.put("Strict-Transport-Security", Transport.STRICT_TRANSPORT_SECURITY);
    return Map.copyOf(copy);
  }

  private static Map<String, String> everyResponse() {
    var headers = new LinkedHashMap<String, String>();
    headers.put("Content-Security-Policy", CONTENT_SECURITY_POLICY);
    headers.put("X-Content-Type-Options", "nosniff");
    // Our own pages send their origin with each form (checked by SameOrigin); no other site learns
    // where a reporter came from.
    headers.put("Referrer-Policy", "same-origin");
    headers.put("X-Frame-Options", "DENY");
    headers.put("Cross-Origin-Opener-Policy", "same-origin");
    headers.put("Cross-Origin-Resource-Policy", "same-origin");
    headers.put(
        "Permissions-Policy", "camera=(), microphone=(), geolocation=(), interest-cohort=()");
    return Collections.unmodifiableMap(headers);
  }

  private static Map<String, String> withReportContent() {
    var headers = new LinkedHashMap<>(everyResponse());
    // A shared computer's browser history and cache must hold no copy of what was reported.
    headers.put("Cache-Control", "no-store, max-age=0");
    headers.put("Pragma", "no-cache");
    headers.put("Expires", "0");
    return Collections.unmodifiableMap(headers);
  }
}
