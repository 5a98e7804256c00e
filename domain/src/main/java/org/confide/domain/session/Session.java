package org.confide.domain.session;

import java.time.Instant;
import java.util.Objects;
import org.confide.domain.shared.ReportReference;
import org.confide.domain.staff.StaffId;

/**
 * A server-side session: whose it is, when it began and when it was last used. Stored under the
 * digest of its token, so a copy of the store opens no session.
 *
 * @param digest the digest of the session's token, under which it is stored and found
 * @param subject whose session it is
 * @param createdAt when it was opened; its absolute limit counts from here
 * @param lastSeenAt when its last use was recorded; its idle limit counts from here. Not before
 *     {@code createdAt}
 * @param secondFactorByProvider whether the organisation's identity provider proved a second factor
 *     when it was opened (single sign-on, where the deployer lets that stand in for Confide's own);
 *     only a staff session may say so
 */
public record Session(
    SessionDigest digest,
    Subject subject,
    Instant createdAt,
    Instant lastSeenAt,
    boolean secondFactorByProvider) {

  /**
   * A session.
   *
   * @throws IllegalArgumentException if it was last seen before it was created
   */
  public Session {
    Objects.requireNonNull(digest, "digest must not be null");
    Objects.requireNonNull(subject, "subject must not be null");
    Objects.requireNonNull(createdAt, "created at must not be null");
    Objects.requireNonNull(lastSeenAt, "last seen at must not be null");
    if (lastSeenAt.isBefore(createdAt)) {
      throw new IllegalArgumentException("last seen at must not be before created at");
    }
    if (secondFactorByProvider && !(subject instanceof Subject.Staff)) {
      throw new IllegalArgumentException("only a staff session has a second factor");
    }
  }

  /**
   * A session whose second factor, if any, Confide checked itself.
   *
   * @param digest the digest of the session's token
   * @param subject whose session it is
   * @param createdAt when it was opened
   * @param lastSeenAt when its last use was recorded
   * @throws IllegalArgumentException if it was last seen before it was created
   */
  public Session(SessionDigest digest, Subject subject, Instant createdAt, Instant lastSeenAt) {
    this(digest, subject, createdAt, lastSeenAt, false);
  }

  /**
   * The session, used at {@code at}. Whether the use is worth writing to the store is {@link
   * SessionPolicy#isUseWorthRecording}.
   *
   * @param at when it was used
   * @return the session last seen at {@code at}; this very session if {@code at} is not later than
   *     its last use
   */
  public Session seenAt(Instant at) {
    return at.isAfter(lastSeenAt)
        ? new Session(digest, subject, createdAt, at, secondFactorByProvider)
        : this;
  }

  /** Who a session belongs to. */
  public sealed interface Subject {
    /**
     * The holder of a report's access code; nothing else is known about them.
     *
     * @param report the report whose access code opened the session
     */
    record Reporter(ReportReference report) implements Subject {
      /**
       * A reporter's session.
       *
       * @throws NullPointerException if {@code report} is null
       */
      public Reporter {
        Objects.requireNonNull(report, "report must not be null");
      }
    }

    /**
     * A staff member.
     *
     * @param staff the staff member signed in
     */
    record Staff(StaffId staff) implements Subject {
      /**
       * A staff member's session.
       *
       * @throws NullPointerException if {@code staff} is null
       */
      public Staff {
        Objects.requireNonNull(staff, "staff must not be null");
      }
    }
  }
}
