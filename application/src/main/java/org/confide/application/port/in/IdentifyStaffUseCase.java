package org.confide.application.port.in;

import java.util.Set;
import org.confide.domain.staff.Role;
import org.confide.domain.staff.StaffId;

/** Who holds a staff session: for a page to show only what its holder may use. */
public interface IdentifyStaffUseCase {

  /**
   * The holder of the session, if it is a live staff session of an active account; {@link
   * Failure.TwoFactorFirst} while they have still to set up two-factor sign-in where it is
   * required.
   *
   * @param session the acting staff member's session, from {@link LogInStaffUseCase}
   * @return who holds the session and what they may do, or why not (one of {@link
   *     StaffSessionDenial})
   */
  Outcome<StaffIdentity, StaffSessionDenial> identify(SessionToken session);

  /**
   * A staff member as they appear to themselves and to administrators, with whether they have set
   * up two-factor sign-in.
   *
   * @param id the account's id
   * @param email the address they sign in with
   * @param displayName the name colleagues see
   * @param roles what they may do; at least one
   * @param twoFactorSetUp whether they have an authenticator app set up
   */
  record StaffIdentity(
      StaffId id, String email, String displayName, Set<Role> roles, boolean twoFactorSetUp) {
    /**
     * Refuses a missing component; collections are copied, so the record never changes.
     *
     * @throws NullPointerException if a component is null
     */
    public StaffIdentity {
      roles = Set.copyOf(roles);
    }
  }
}
