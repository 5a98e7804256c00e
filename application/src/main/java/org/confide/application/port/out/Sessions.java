package org.confide.application.port.out;

import java.time.Instant;
import java.util.Optional;
import org.confide.domain.session.Session;
import org.confide.domain.session.SessionDigest;

/**
 * Server-side sessions of reporters and staff, shared by every server node. Expiry is decided by
 * the caller from {@link Session#createdAt()} and {@link Session#lastSeenAt()}.
 */
public interface Sessions {

  /** Stores a new session. */
  void create(Session session);

  /** The session with this digest. */
  Optional<Session> find(SessionDigest digest);

  /** Records that the session was used at {@code at}; nothing happens if it is gone. */
  void touch(SessionDigest digest, Instant at);

  /** Ends one session; nothing happens if it is gone. */
  void remove(SessionDigest digest);

  /** Ends every session of {@code subject} (a report erased, an account deactivated). */
  void removeAll(Session.Subject subject);

  /**
   * Removes sessions created before {@code createdBefore} or last used before {@code idleBefore},
   * and returns how many.
   */
  int removeExpired(Instant createdBefore, Instant idleBefore);
}
