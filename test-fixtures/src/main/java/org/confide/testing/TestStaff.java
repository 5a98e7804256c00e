package org.confide.testing;

import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.confide.domain.staff.EmailAddress;
import org.confide.domain.staff.PasswordHash;
import org.confide.domain.staff.Role;
import org.confide.domain.staff.StaffId;
import org.confide.domain.staff.StaffMember;

/**
 * Builds staff accounts ({@link StaffMember}) to store directly in a port, as the contract tests
 * do: active, with a random id, a unique email at {@code example.ac.uk} and a fixed Argon2id hash
 * (of no password anyone types). To create an account that can sign in, use the {@code createStaff}
 * use case (or {@link Fixture}) instead.
 */
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

  /** {@return a builder of an adviser, Alex Adviser} */
  public static TestStaff anAdviser() {
    return new TestStaff("Alex Adviser", EnumSet.of(Role.ADVISER));
  }

  /** {@return a builder of a safeguarding lead who also advises, Lee Lead} */
  public static TestStaff aSafeguardingLead() {
    return new TestStaff("Lee Lead", EnumSet.of(Role.SAFEGUARDING_LEAD, Role.ADVISER));
  }

  /** {@return a fresh random staff id} */
  public static StaffId aStaffId() {
    return StaffId.generate(ThreadLocalRandom.current());
  }

  /**
   * Gives the account an id of the test's choosing.
   *
   * @param id the id
   * @return this builder
   */
  public TestStaff withId(StaffId id) {
    this.id = id;
    return this;
  }

  /**
   * Gives the account an email of the test's choosing.
   *
   * @param email the email, which must be well formed
   * @return this builder
   */
  public TestStaff withEmail(String email) {
    this.email = EmailAddress.of(email);
    return this;
  }

  /**
   * Gives the account a name.
   *
   * @param displayName the name shown to colleagues
   * @return this builder
   */
  public TestStaff named(String displayName) {
    this.displayName = displayName;
    return this;
  }

  /**
   * Gives the account these roles instead of its own.
   *
   * @param first one role
   * @param more any others
   * @return this builder
   */
  public TestStaff withRoles(Role first, Role... more) {
    this.roles = EnumSet.of(first, more);
    return this;
  }

  /**
   * Gives the account a password hash of the test's choosing.
   *
   * @param encoded an Argon2id hash in its encoded form ({@code $argon2id$v=19$...})
   * @return this builder
   */
  public TestStaff withPasswordHash(String encoded) {
    this.passwordHash = new PasswordHash(encoded);
    return this;
  }

  /** {@return the account, as built so far} */
  public StaffMember build() {
    return StaffMember.create(id, email, displayName, roles, passwordHash);
  }
}
