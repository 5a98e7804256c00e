package org.confide.application.port.in;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.confide.domain.staff.Role;
import org.confide.domain.staff.StaffId;

/** An administrator lists the staff accounts. */
public interface ListStaffUseCase {

  /**
   * Every staff account, active or not.
   *
   * @param session the acting staff member's session, from {@link LogInStaffUseCase}
   * @return every staff account, or why not (one of {@link StaffDenial})
   */
  Outcome<List<StaffAccount>, StaffDenial> list(SessionToken session);

  /**
   * A staff account as administrators see it.
   *
   * @param id the account's id, which names it in the audit trail
   * @param email the address they sign in with
   * @param displayName the name other staff see
   * @param roles the roles they hold
   * @param active whether the account may sign in
   * @param twoFactorSetUp whether they have set up an authenticator app
   * @param lastSignIn when they last signed in, by password or single sign-on; empty if they have
   *     not since Confide began to note it
   */
  record StaffAccount(
      StaffId id,
      String email,
      String displayName,
      Set<Role> roles,
      boolean active,
      boolean twoFactorSetUp,
      Optional<Instant> lastSignIn) {
    /**
     * Refuses a missing component; copies the roles.
     *
     * @throws NullPointerException if a component is null
     */
    public StaffAccount {
      Objects.requireNonNull(id, "id must not be null");
      Objects.requireNonNull(email, "email must not be null");
      Objects.requireNonNull(displayName, "displayName must not be null");
      Objects.requireNonNull(lastSignIn, "lastSignIn must not be null");
      roles = Set.copyOf(roles);
    }
  }
}
