package org.confide.domain.safeguarding;

import java.util.Objects;
import java.util.Set;
import org.confide.domain.staff.Role;
import org.confide.domain.staff.StaffId;

/**
 * The staff member deciding a step of an escalation, with the roles they hold.
 *
 * @param staff who is deciding
 * @param roles the roles they hold now; whether their account is active is for the caller to check
 */
public record EscalationDecider(StaffId staff, Set<Role> roles) {

  /**
   * A decider; keeps an unmodifiable copy of the roles.
   *
   * @throws NullPointerException if the staff id, the roles or a role is null
   */
  public EscalationDecider {
    Objects.requireNonNull(staff, "decider staff must not be null");
    roles = Set.copyOf(Objects.requireNonNull(roles, "decider roles must not be null"));
  }

  /**
   * Whether they may decide escalations at all.
   *
   * @return true if they hold {@link Role#SAFEGUARDING_LEAD}
   */
  public boolean isSafeguardingLead() {
    return roles.contains(Role.SAFEGUARDING_LEAD);
  }
}
