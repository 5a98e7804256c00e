package org.confide.application.port.in;

import java.util.Objects;
import java.util.Set;
import org.confide.domain.staff.Role;
import org.confide.domain.staff.StaffId;

/**
 * An administrator changes a staff account's display name, roles and whether it is active
 * (deactivating it, or making it active again). Confide always keeps one active administrator.
 */
public interface ChangeStaffUseCase {

  /**
   * Changes the account. A name or roles that break the rules are {@link Failure.Invalid} (on
   * {@code displayName}, {@code roles}); a change that would leave no active administrator, or that
   * deactivates the administrator's own account, is {@link Failure.Refused}. Deactivation ends
   * every session of the account. Each part changed is audited.
   *
   * @param session the acting staff member's session, from {@link LogInStaffUseCase}
   * @param command which account, and what it becomes
   * @return done, or why not (one of {@link ChangeStaffFailure})
   */
  Outcome<Outcome.Ok, ChangeStaffFailure> change(SessionToken session, Command command);

  /**
   * Which account, and what it becomes.
   *
   * @param id the account
   * @param displayName its display name, as typed
   * @param roles its roles; at least one
   * @param active whether it may sign in
   */
  record Command(StaffId id, String displayName, Set<Role> roles, boolean active) {
    /**
     * Refuses a missing component; copies the roles.
     *
     * @throws NullPointerException if a component is null
     */
    public Command {
      Objects.requireNonNull(id, "id must not be null");
      Objects.requireNonNull(displayName, "displayName must not be null");
      roles = Set.copyOf(roles);
    }
  }
}
