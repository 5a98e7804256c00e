package org.confide.application.port.in;

import java.time.Instant;
import java.util.Objects;
import org.confide.domain.staff.StaffId;

/**
 * An administrator resets a staff member's password: the member's old password stops working, every
 * session of theirs ends, and a one-time set-password link is issued, shown once to the
 * administrator and emailed to the member.
 */
public interface ResetStaffPasswordUseCase {

  /**
   * Resets the member's password and issues the link, replacing any earlier link of theirs
   * (audited, without the link). An id with no account is {@link Failure.NotFound}.
   *
   * @param session the acting administrator's session, from {@link LogInStaffUseCase}
   * @param command whose password
   * @return the link's token and when it expires, or why not (one of {@link LookUpFailure})
   */
  Outcome<IssuedLink, LookUpFailure> reset(SessionToken session, Command command);

  /**
   * Whose password.
   *
   * @param staff the member's account
   */
  record Command(StaffId staff) {
    /**
     * Refuses a missing component.
     *
     * @throws NullPointerException if a component is null
     */
    public Command {
      Objects.requireNonNull(staff, "staff must not be null");
    }
  }

  /**
   * The link issued: shown to the administrator once, never stored (only its digest is).
   *
   * @param token the link's token, 64 hexadecimal characters, for the set-password page's address
   * @param expiresAt when the link stops working
   */
  record IssuedLink(String token, Instant expiresAt) {
    /**
     * Refuses a missing component.
     *
     * @throws NullPointerException if a component is null
     */
    public IssuedLink {
      Objects.requireNonNull(token, "token must not be null");
      Objects.requireNonNull(expiresAt, "expires at must not be null");
    }

    @Override
    public String toString() {
      return "IssuedLink[hidden, expires " + expiresAt + "]";
    }
  }
}
