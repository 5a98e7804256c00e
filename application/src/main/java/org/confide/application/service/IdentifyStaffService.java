package org.confide.application.service;

import org.confide.application.port.in.IdentifyStaffUseCase;
import org.confide.application.port.in.Outcome;
import org.confide.application.port.in.SessionToken;
import org.confide.domain.staff.StaffMember;

/** Tells a page who holds a staff session. */
public final class IdentifyStaffService implements IdentifyStaffUseCase {

  private final Context context;
  private final Gate gate;

  public IdentifyStaffService(Context context) {
    this.context = context;
    this.gate = new Gate(context);
  }

  @Override
  public Outcome<StaffIdentity> identify(SessionToken session) {
    return gate.asStaff(session, member -> Outcome.done(identity(context, member)));
  }

  static StaffIdentity identity(Context context, StaffMember member) {
    return new StaffIdentity(
        member.id(),
        member.email().value(),
        member.displayName(),
        member.roles(),
        context.authenticators().isConfirmed(member.id()));
  }
}
