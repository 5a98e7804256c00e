package org.confide.application.port.in;

import java.util.Objects;
import org.confide.domain.staff.EmailAddress;

/** An administrator resets a staff member's two-factor sign-in, for a lost or replaced phone. */
public interface ResetTwoFactorUseCase {

  /**
   * Removes the member's authenticator and recovery codes and ends their sessions, so that they set
   * up two-factor sign-in again (audited); nothing to remove changes nothing. An address with no
   * account is {@link Failure.NotFound}.
   */
  Outcome<Outcome.Ok, LookUpFailure> reset(SessionToken session, Command command);

  /**
   * Whose two-factor sign-in.
   *
   * @param email the member's address
   */
  record Command(EmailAddress email) {
    public Command {
      Objects.requireNonNull(email, "email must not be null");
    }
  }
}
