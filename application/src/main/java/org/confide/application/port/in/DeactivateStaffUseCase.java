package org.confide.application.port.in;

import java.util.Objects;
import org.confide.domain.staff.EmailAddress;

/** An administrator deactivates a staff account. */
public interface DeactivateStaffUseCase {

  /**
   * Deactivates the account and ends its sessions; its history stays. Deactivating an inactive
   * account changes nothing; one's own account is {@link Failure.Refused}; an address with no
   * account is {@link Failure.NotFound}.
   *
   * @param session the acting staff member's session, from {@link LogInStaffUseCase}
   * @param command which account
   * @return {@link Outcome.Ok} once the account is deactivated, or why not (one of {@link
   *     DeactivateStaffFailure})
   */
  Outcome<Outcome.Ok, DeactivateStaffFailure> deactivate(SessionToken session, Command command);

  /**
   * Which account.
   *
   * @param email the account's address
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
