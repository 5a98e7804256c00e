package org.confide.application.port.in;

import java.util.Objects;
import java.util.Set;
import org.confide.domain.staff.Role;
import org.confide.domain.staff.StaffId;

/** An administrator creates a staff account. */
public interface CreateStaffUseCase {

  /**
   * Creates the account and answers its id. Every problem with what was entered (an email that is
   * not one or is taken, a name, no role, a short password) is {@link Failure.Invalid}, all at
   * once. The password is wiped from the command once read.
   *
   * @param session the acting staff member's session, from {@link LogInStaffUseCase}
   * @param command a new account as entered
   * @return the new account's id, or why not (one of {@link StaffRequestFailure})
   */
  Outcome<StaffId, StaffRequestFailure> create(SessionToken session, Command command);

  /**
   * A new account as entered.
   *
   * @param email the address as typed; checked with the rest, so that every problem is named at
   *     once
   * @param displayName the name colleagues see
   * @param roles what the account may do; at least one
   * @param password the first password, wiped once read
   */
  record Command(String email, String displayName, Set<Role> roles, char[] password) {
    /**
     * Refuses a missing component; collections are copied, so the record never changes.
     *
     * @throws NullPointerException if a component is null
     */
    public Command {
      Objects.requireNonNull(email, "email must not be null");
      Objects.requireNonNull(displayName, "display name must not be null");
      roles = Set.copyOf(roles);
      Objects.requireNonNull(password, "password must not be null");
    }

    @Override
    public String toString() {
      return "CreateStaff[" + roles + "]";
    }
  }
}
