package org.confide.domain.staff;

import java.util.EnumSet;
import java.util.Random;
import java.util.Set;

/** Test-data builder for {@link StaffMember}: an active adviser, unless told otherwise. */
final class AStaffMember {

  private static final Random RANDOM = new Random(11);

  private StaffId id = StaffId.generate(RANDOM);
  private EmailAddress email = EmailAddress.of("adviser@example.ac.uk");
  private String displayName = "Sam Adviser";
  private Set<Role> roles = EnumSet.of(Role.ADVISER);
  private PasswordHash passwordHash =
      new PasswordHash("$argon2id$v=19$m=19456,t=2,p=1$c2FsdA$aGFzaA");
  private boolean active = true;

  private AStaffMember() {}

  static AStaffMember withRoles(Role first, Role... rest) {
    var builder = new AStaffMember();
    builder.roles = EnumSet.of(first, rest);
    return builder;
  }

  AStaffMember withId(StaffId id) {
    this.id = id;
    return this;
  }

  AStaffMember withEmail(String email) {
    this.email = EmailAddress.of(email);
    return this;
  }

  AStaffMember named(String displayName) {
    this.displayName = displayName;
    return this;
  }

  AStaffMember inactive() {
    this.active = false;
    return this;
  }

  StaffMember build() {
    return StaffMember.reconstitute(id, email, displayName, roles, passwordHash, active);
  }
}
