package org.confide.adapter.web.api;

import io.javalin.http.Context;
import java.util.List;
import org.confide.adapter.web.Responses;
import org.confide.application.Confide;
import org.confide.application.port.in.OwnSessionsUseCase;

/** A staff member's own sessions over the API: listed, and ended one at a time. */
public final class OwnSessionsApi {

  private final OwnSessionsUseCase ownSessions;
  private final Responses responses;

  public OwnSessionsApi(Confide confide, Responses responses) {
    this.ownSessions = confide.ownSessions();
    this.responses = responses;
  }

  /** {@code GET /api/v1/staff/sessions}: the member's active sessions, oldest first. */
  public void sessions(Context ctx) {
    responses.send(
        ctx,
        ownSessions.list(Bearer.token(ctx)),
        200,
        sessions -> new SessionsResponse(sessions.stream().map(SessionResponse::of).toList()));
  }

  /** {@code DELETE /api/v1/staff/sessions/{id}}: ends one of them. */
  public void end(Context ctx) {
    responses.sendNoContent(
        ctx,
        ownSessions.end(Bearer.token(ctx), new OwnSessionsUseCase.Command(ctx.pathParam("id"))));
  }

  /** The member's sessions. */
  record SessionsResponse(List<SessionResponse> sessions) {}

  /** One session: when, never where from. */
  record SessionResponse(
      String id, String startedAt, String lastUsedAt, String expiresAt, boolean current) {
    static SessionResponse of(OwnSessionsUseCase.ActiveSession session) {
      return new SessionResponse(
          session.id(),
          session.startedAt().toString(),
          session.lastUsedAt().toString(),
          session.expiresAt().toString(),
          session.current());
    }
  }
}
