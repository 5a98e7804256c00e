package org.confide.application.service;

import java.util.Objects;
import java.util.function.Function;
import org.confide.application.port.in.IdentifyStaffUseCase;
import org.confide.application.port.in.Outcome;
import org.confide.application.port.in.SessionToken;
import org.confide.application.port.in.StaffSessionDenial;
import org.confide.application.port.out.Authenticators;
import org.confide.domain.staff.StaffMember;

/** Tells a page who holds a staff session. */
public final class IdentifyStaffService implements IdentifyStaffUseCase {

  private final Gate gate;
  private final Authenticators authenticators;

  /**
   * The service, wired by {@link org.confide.application.Confide#assemble}: an embedder uses that,
   * or {@link org.confide.application.InMemoryConfide}, rather than this.
   *
   * @param gate resolves the acting party's session, checks two-factor sign-in and the role, and
   *     runs the work in one transaction
   * @param authenticators staff members' authenticators and recovery codes
   */
  public IdentifyStaffService(Gate gate, Authenticators authenticators) {
    this.gate = Objects.requireNonNull(gate, "gate");
    this.authenticators = Objects.requireNonNull(authenticators, "authenticators");
  }

  @Override
  public Outcome<StaffIdentity, StaffSessionDenial> identify(SessionToken session) {
    return gate.asAnyStaff(
        session, Function.identity(), member -> Outcome.done(identity(member, authenticators)));
  }

  static StaffIdentity identity(StaffMember member, Authenticators authenticators) {
    return new StaffIdentity(
        member.id(),
        member.email().value(),
        member.displayName(),
        member.roles(),
        authenticators.isConfirmed(member.id()));
  }
}
