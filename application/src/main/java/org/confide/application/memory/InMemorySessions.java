package org.confide.application.memory;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.confide.application.port.out.Sessions;
import org.confide.domain.session.Session;
import org.confide.domain.session.SessionDigest;

/** {@link Sessions} in memory, keyed by the digest of the token. */
public final class InMemorySessions implements Sessions {

  private final InMemoryStore<SessionDigest, Session> sessions;

  /**
   * An empty store that takes part in {@code transactions}: give every store of one application the
   * same instance, so that a use case's writes to all of them commit or roll back together.
   *
   * @param transactions the transactions shared by the application's in-memory stores
   */
  public InMemorySessions(InMemoryTransactions transactions) {
    this.sessions = new InMemoryStore<>(transactions);
  }

  @Override
  public void create(Session session) {
    Objects.requireNonNull(session, "session must not be null");
    sessions.atomically(() -> {
      // Like the primary key on the digest in the database; 128 random bits never collide.
      if (sessions.contains(session.digest())) {
        throw new IllegalStateException("a session with this digest exists");
      }
      sessions.put(session.digest(), session);
      return null;
    });
  }

  @Override
  public Optional<Session> find(SessionDigest digest) {
    return sessions.get(Objects.requireNonNull(digest, "digest must not be null"));
  }

  @Override
  public void touch(SessionDigest digest, Instant at) {
    Objects.requireNonNull(digest, "digest must not be null");
    Objects.requireNonNull(at, "at must not be null");
    sessions.atomically(() -> {
      sessions.get(digest).ifPresent(session -> sessions.put(digest, session.seenAt(at)));
      return null;
    });
  }

  @Override
  public List<Session> all(Session.Subject subject) {
    Objects.requireNonNull(subject, "subject must not be null");
    return sessions.read(all ->
        all.values().stream()
            .filter(session -> session.subject().equals(subject))
            .sorted(
                Comparator.comparing(Session::createdAt)
                    .thenComparing(session -> session.digest().hex()))
            .toList());
  }

  @Override
  public void remove(SessionDigest digest) {
    sessions.remove(Objects.requireNonNull(digest, "digest must not be null"));
  }

  @Override
  public void removeAll(Session.Subject subject) {
    Objects.requireNonNull(subject, "subject must not be null");
    sessions.removeIf((digest, session) -> session.subject().equals(subject));
  }

  @Override
  public int removeExpired(Instant createdBefore, Instant idleBefore) {
    Objects.requireNonNull(createdBefore, "created before must not be null");
    Objects.requireNonNull(idleBefore, "idle before must not be null");
    return sessions.removeIf((digest, session) ->
        session.createdAt().isBefore(createdBefore) || session.lastSeenAt().isBefore(idleBefore));
  }
}
