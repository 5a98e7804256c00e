package org.confide.application.service;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.confide.application.port.in.ListStaffUseCase;
import org.confide.application.port.in.ListStaffUseCase.StaffAccount;
import org.confide.application.port.in.Outcome;
import org.confide.application.port.in.SessionToken;
import org.confide.application.port.in.StaffDenial;
import org.confide.application.port.out.Authenticators;
import org.confide.application.port.out.StaffDirectory;
import org.confide.domain.staff.Permission;

/** Lists the staff accounts for administrators. */
public final class ListStaffService implements ListStaffUseCase {

  private final Gate gate;
  private final StaffDirectory staffDirectory;
  private final Authenticators authenticators;

  /**
   * The service, wired by {@link org.confide.application.Confide#assemble}: an embedder uses that,
   * or {@link org.confide.application.InMemoryConfide}, rather than this.
   *
   * @param gate resolves the acting party's session, checks two-factor sign-in and the role, and
   *     runs the work in one transaction
   * @param staffDirectory the staff accounts
   * @param authenticators staff members' authenticators and recovery codes
   */
  public ListStaffService(Gate gate, StaffDirectory staffDirectory, Authenticators authenticators) {
    this.gate = Objects.requireNonNull(gate, "gate");
    this.staffDirectory = Objects.requireNonNull(staffDirectory, "staffDirectory");
    this.authenticators = Objects.requireNonNull(authenticators, "authenticators");
  }

  @Override
  public Outcome<List<StaffAccount>, StaffDenial> list(SessionToken session) {
    return gate.asStaff(
        session,
        Permission.MANAGE_STAFF,
        Function.identity(),
        admin -> {
          var lastSignIns = staffDirectory.lastSignIns();
          return Outcome.done(
              staffDirectory.all().stream()
                  .map(member ->
                      new StaffAccount(
                          member.id(),
                          member.email().value(),
                          member.displayName(),
                          member.roles(),
                          member.active(),
                          authenticators.isConfirmed(member.id()),
                          Optional.ofNullable(lastSignIns.get(member.id()))))
                  .toList());
        });
  }
}
