package org.confide.domain.safeguarding;

import java.util.Objects;
import java.util.Set;
import org.confide.domain.staff.Role;
import org.confide.domain.staff.StaffId;

/** The staff member deciding a step of an escalation, with the roles they hold. */
public record EscalationDecider(StaffId staff, Set<Role> roles) {

  public EscalationDecider {
    Objects.requireNonNull(staff, "decider staff must not be null");
    roles = Set.copyOf(Objects.requireNonNull(roles, "decider roles must not be null"));
  }

  /** Whether they may decide escalations at all. */
  public boolean isSafeguardingLead() {
    return roles.contains(Role.SAFEGUARDING_LEAD);
  }
}
