package org.confide.application.port.in;

import java.time.Instant;
import java.util.Objects;

/**
 * A session opened: the bearer token to present, and when it expires at the latest.
 *
 * @param token the bearer token, shown to its holder once
 * @param expiresAt the absolute end of the session; it ends sooner if left idle
 */
public record SessionGrant(SessionToken token, Instant expiresAt) {

  /**
   * Refuses a missing component.
   *
   * @throws NullPointerException if a component is null
   */
  public SessionGrant {
    Objects.requireNonNull(token, "token must not be null");
    Objects.requireNonNull(expiresAt, "expires at must not be null");
  }
}
