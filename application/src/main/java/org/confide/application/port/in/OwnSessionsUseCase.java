package org.confide.application.port.in;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A staff member sees where they are signed in and ends any of those sessions: a browser left
 * signed in elsewhere, or a token they no longer use. Only their own: another member's session is
 * not found.
 */
public interface OwnSessionsUseCase {

  /**
   * The member's sessions that have not ended, oldest first.
   *
   * @param session the member's staff session, from {@link LogInStaffUseCase}
   * @return their active sessions, the one asking among them, or why not
   */
  Outcome<List<ActiveSession>, StaffSessionDenial> list(SessionToken session);

  /**
   * Ends one of the member's sessions, this one included (audited, naming no session).
   *
   * @param session the member's staff session, from {@link LogInStaffUseCase}
   * @param command which session
   * @return done, or why not: {@link Failure.NotFound} for an id that is none of their active
   *     sessions, whoever else's it may be
   */
  Outcome<Outcome.Ok, OwnSessionFailure> end(SessionToken session, Command command);

  /**
   * Which session.
   *
   * @param id a session's id, from {@link #list}
   */
  record Command(String id) {
    /**
     * Refuses a missing component.
     *
     * @throws NullPointerException if a component is null
     */
    public Command {
      Objects.requireNonNull(id, "id must not be null");
    }
  }

  /**
   * One session, as its member sees it: when, never where from (no address is ever stored).
   *
   * @param id the session's id: keyed under the server secret, so it opens nothing and says nothing
   *     of the session's token
   * @param startedAt when it was opened
   * @param lastUsedAt when it was last used, to the minute
   * @param expiresAt when it ends unless used again: the sooner of its idle and absolute limits
   * @param current whether it is the session that asked
   */
  record ActiveSession(
      String id, Instant startedAt, Instant lastUsedAt, Instant expiresAt, boolean current) {
    /**
     * Refuses a missing component.
     *
     * @throws NullPointerException if a component is null
     */
    public ActiveSession {
      Objects.requireNonNull(id, "id must not be null");
      Objects.requireNonNull(startedAt, "started at must not be null");
      Objects.requireNonNull(lastUsedAt, "last used at must not be null");
      Objects.requireNonNull(expiresAt, "expires at must not be null");
    }
  }
}
