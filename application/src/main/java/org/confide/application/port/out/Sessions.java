package org.confide.application.port.out;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.confide.domain.session.Session;
import org.confide.domain.session.SessionDigest;

/**
 * Server-side sessions of reporters and staff, shared by every server node. Expiry is decided by
 * the caller from {@link Session#createdAt()} and {@link Session#lastSeenAt()}.
 */
public interface Sessions {

  /**
   * Stores a new session.
   *
   * @param session the session, known by the digest of its token
   */
  void create(Session session);

  /**
   * The session with this digest, expired or not: the caller decides.
   *
   * @param digest the digest of the token presented
   * @return the session, with when it was created and last used; empty if there is none
   */
  Optional<Session> find(SessionDigest digest);

  /**
   * Records that the session was used; nothing happens if it is gone.
   *
   * @param digest the session's digest
   * @param at when it was used
   */
  void touch(SessionDigest digest, Instant at);

  /**
   * Every session of one holder, expired or not (the caller decides), oldest first.
   *
   * @param subject the report or staff member whose sessions are wanted
   * @return their sessions, by when they were created, then by digest
   */
  List<Session> all(Session.Subject subject);

  /**
   * Ends one session; nothing happens if it is gone.
   *
   * @param digest the session's digest
   */
  void remove(SessionDigest digest);

  /**
   * Ends every session of one holder (a report erased, an account deactivated).
   *
   * @param subject the report or staff member whose sessions end
   */
  void removeAll(Session.Subject subject);

  /**
   * Removes sessions created before {@code createdBefore} or last used before {@code idleBefore},
   * and returns how many.
   *
   * @param createdBefore sessions created before this have passed their absolute limit
   * @param idleBefore sessions last used before this have been idle too long
   * @return how many were removed
   */
  int removeExpired(Instant createdBefore, Instant idleBefore);
}
