package org.confide.adapter.web.api;

import io.javalin.http.Context;
import java.util.Optional;
import org.confide.adapter.web.ProblemException;
import org.confide.application.port.in.SessionToken;

/**
 * Reads {@code Authorization: Bearer <token>}. A missing or malformed header or token is refused
 * with 401 before any use case runs; whether the token opens a live session of the right kind is
 * for the use case to say.
 */
final class Bearer {

  private static final String PREFIX = "Bearer ";

  private Bearer() {}

  /** The session token of the request; throws a 401 problem when there is none well formed. */
  static SessionToken token(Context ctx) {
    return find(ctx).orElseThrow(ProblemException::unauthenticated);
  }

  static Optional<SessionToken> find(Context ctx) {
    String header = ctx.header("Authorization");
    if (header == null || header.length() <= PREFIX.length()) {
      return Optional.empty();
    }
    if (!header.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
      return Optional.empty();
    }
    String token = header.substring(PREFIX.length()).strip();
    return SessionToken.isWellFormed(token)
        ? Optional.of(new SessionToken(token))
        : Optional.empty();
  }
}
