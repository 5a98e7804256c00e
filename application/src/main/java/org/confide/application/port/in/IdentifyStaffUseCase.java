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
   */
  Outcome<StaffIdentity, StaffSessionDenial> identify(SessionToken session);

  /**
   * A staff member as they appear to themselves and to administrators, with whether they have set
   * up two-factor sign-in.
   */
  record StaffIdentity(
      StaffId id, String email, String displayName, Set<Role> roles, boolean twoFactorSetUp) {
    public StaffIdentity {
      roles = Set.copyOf(roles);
    }
  }
}
