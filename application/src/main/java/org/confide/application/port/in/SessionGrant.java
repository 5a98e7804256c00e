package org.confide.application.port.in;

import java.time.Instant;
import java.util.Objects;

/** A session opened: the bearer token to present, and when it expires at the latest. */
public record SessionGrant(SessionToken token, Instant expiresAt) {

  public SessionGrant {
    Objects.requireNonNull(token, "token must not be null");
    Objects.requireNonNull(expiresAt, "expires at must not be null");
  }
}
