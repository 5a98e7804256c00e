package org.confide.application.port.in;

import java.util.Objects;
import org.confide.domain.staff.EmailAddress;

/** An administrator resets a staff member's two-factor sign-in, for a lost or replaced phone. */
public interface ResetTwoFactorUseCase {

  /**
   * Removes the member's authenticator and recovery codes and ends their sessions, so that they set
   * up two-factor sign-in again (audited); nothing to remove changes nothing. An address with no
   * account is {@link Failure.NotFound}.
   *
   * @param session the acting staff member's session, from {@link LogInStaffUseCase}
   * @param command whose two-factor sign-in
   * @return {@link Outcome.Ok} once the authenticator is removed (or there was none), or why not
   *     (one of {@link LookUpFailure})
   */
  Outcome<Outcome.Ok, LookUpFailure> reset(SessionToken session, Command command);

  /**
   * Whose two-factor sign-in.
   *
   * @param email the member's address
   */
  record Command(EmailAddress email) {
    /**
     * Refuses a missing component.
     *
     * @throws NullPointerException if a component is null
     */
    public Command {
      Objects.requireNonNull(email, "email must not be null");
    }
  }
}
