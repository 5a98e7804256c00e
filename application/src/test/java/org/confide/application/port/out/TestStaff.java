package org.confide.application.port.out;

import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.confide.domain.staff.EmailAddress;
import org.confide.domain.staff.PasswordHash;
import org.confide.domain.staff.Role;
import org.confide.domain.staff.StaffId;
import org.confide.domain.staff.StaffMember;

/** Builds staff accounts for the contract tests: active, with a random id and a unique email. */
public final class TestStaff {

  private StaffId id = aStaffId();
  private EmailAddress email =
      EmailAddress.of(
          "staff-" + Long.toHexString(ThreadLocalRandom.current().nextLong()) + "@example.ac.uk");
  private String displayName;
  private Set<Role> roles;
  private PasswordHash passwordHash =
      new PasswordHash("$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHQ$aGFzaGhhc2hoYXNo");

  private TestStaff(String displayName, Set<Role> roles) {
    this.displayName = displayName;
    this.roles = roles;
  }

  /** An adviser. */
  public static TestStaff anAdviser() {
    return new TestStaff("Alex Adviser", EnumSet.of(Role.ADVISER));
  }

  /** A safeguarding lead who also advises. */
  public static TestStaff aSafeguardingLead() {
    return new TestStaff("Lee Lead", EnumSet.of(Role.SAFEGUARDING_LEAD, Role.ADVISER));
  }

  /** A fresh random staff id. */
  public static StaffId aStaffId() {
    return StaffId.generate(ThreadLocalRandom.current());
  }

  public TestStaff withId(StaffId id) {
    this.id = id;
    return this;
  }

  public TestStaff withEmail(String email) {
    this.email = EmailAddress.of(email);
    return this;
  }

  public TestStaff named(String displayName) {
    this.displayName = displayName;
    return this;
  }

  public TestStaff withRoles(Role first, Role... more) {
    this.roles = EnumSet.of(first, more);
    return this;
  }

  public TestStaff withPasswordHash(String encoded) {
    this.passwordHash = new PasswordHash(encoded);
    return this;
  }

  public StaffMember build() {
    return StaffMember.create(id, email, displayName, roles, passwordHash);
  }
}
