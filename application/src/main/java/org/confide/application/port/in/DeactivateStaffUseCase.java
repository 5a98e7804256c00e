package org.confide.application.port.in;

import java.util.Objects;
import org.confide.domain.staff.EmailAddress;

/** An administrator deactivates a staff account. */
public interface DeactivateStaffUseCase {

  /**
   * Deactivates the account and ends its sessions; its history stays. Deactivating an inactive
   * account changes nothing; one's own account is {@link Failure.Refused}; an address with no
   * account is {@link Failure.NotFound}.
   */
  Outcome<Outcome.Ok, DeactivateStaffFailure> deactivate(SessionToken session, Command command);

  /**
   * Which account.
   *
   * @param email the account's address
   */
  record Command(EmailAddress email) {
    public Command {
      Objects.requireNonNull(email, "email must not be null");
    }
  }
}
