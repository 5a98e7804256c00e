package org.confide.domain.session;

import java.time.Instant;
import java.util.Objects;
import org.confide.domain.shared.ReportReference;
import org.confide.domain.staff.StaffId;

/**
 * A server-side session: whose it is, when it began and when it was last used. Stored under the
 * digest of its token, so a copy of the store opens no session.
 */
public record Session(
    SessionDigest digest, Subject subject, Instant createdAt, Instant lastSeenAt) {

  public Session {
    Objects.requireNonNull(digest, "digest must not be null");
    Objects.requireNonNull(subject, "subject must not be null");
    Objects.requireNonNull(createdAt, "created at must not be null");
    Objects.requireNonNull(lastSeenAt, "last seen at must not be null");
    if (lastSeenAt.isBefore(createdAt)) {
      throw new IllegalArgumentException("last seen at must not be before created at");
    }
  }

  /** The session, used at {@code at}. */
  public Session seenAt(Instant at) {
    return at.isAfter(lastSeenAt) ? new Session(digest, subject, createdAt, at) : this;
  }

  /** Who a session belongs to. */
  public sealed interface Subject {
    /** The holder of a report's access code; nothing else is known about them. */
    record Reporter(ReportReference report) implements Subject {
      public Reporter {
        Objects.requireNonNull(report, "report must not be null");
      }
    }

    /** A staff member. */
    record Staff(StaffId staff) implements Subject {
      public Staff {
        Objects.requireNonNull(staff, "staff must not be null");
      }
    }
  }
}
