package org.confide.domain.staff;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.confide.domain.shared.FreeText;

/**
 * A member of staff with an account: who they are, what roles they hold, and whether the account is
 * active. Immutable; deactivation returns a new member.
 */
public final class StaffMember {

  private final StaffId id;
  private final EmailAddress email;
  private final String displayName;
  private final Set<Role> roles;
  private final PasswordHash passwordHash;
  private final boolean active;

  private StaffMember(
      StaffId id,
      EmailAddress email,
      String displayName,
      Set<Role> roles,
      PasswordHash passwordHash,
      boolean active) {
    this.id = Objects.requireNonNull(id, "staff id must not be null");
    this.email = Objects.requireNonNull(email, "email must not be null");
    this.displayName = FreeText.require("displayName", displayName, 120);
    Objects.requireNonNull(roles, "roles must not be null");
    if (roles.isEmpty()) {
      throw new IllegalArgumentException("roles must name at least one role");
    }
    this.roles = Set.copyOf(EnumSet.copyOf(roles));
    this.passwordHash = Objects.requireNonNull(passwordHash, "password hash must not be null");
    this.active = active;
  }

  /** A new, active account. */
  public static StaffMember create(
      StaffId id,
      EmailAddress email,
      String displayName,
      Set<Role> roles,
      PasswordHash passwordHash) {
    return new StaffMember(id, email, displayName, roles, passwordHash, true);
  }

  /** Rebuilds a stored account. */
  public static StaffMember reconstitute(
      StaffId id,
      EmailAddress email,
      String displayName,
      Set<Role> roles,
      PasswordHash passwordHash,
      boolean active) {
    return new StaffMember(id, email, displayName, roles, passwordHash, active);
  }

  /** The account, no longer able to log in; its history stays. */
  public StaffMember deactivate() {
    return new StaffMember(id, email, displayName, roles, passwordHash, false);
  }

  /** The account with a new password hash. */
  public StaffMember withPasswordHash(PasswordHash newHash) {
    return new StaffMember(id, email, displayName, roles, newHash, active);
  }

  /** Whether this member is active and holds a role that grants {@code permission}. */
  public boolean may(Permission permission) {
    return active && permission.grantedToAny(roles);
  }

  /** Whether this member holds {@code role}. */
  public boolean holds(Role role) {
    return roles.contains(role);
  }

  public StaffId id() {
    return id;
  }

  public EmailAddress email() {
    return email;
  }

  public String displayName() {
    return displayName;
  }

  public Set<Role> roles() {
    return roles;
  }

  public PasswordHash passwordHash() {
    return passwordHash;
  }

  public boolean active() {
    return active;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof StaffMember that
        && id.equals(that.id)
        && email.equals(that.email)
        && displayName.equals(that.displayName)
        && roles.equals(that.roles)
        && passwordHash.equals(that.passwordHash)
        && active == that.active;
  }

  @Override
  public int hashCode() {
    return id.hashCode();
  }

  @Override
  public String toString() {
    return "StaffMember[" + id + ", " + roles + (active ? "" : ", inactive") + "]";
  }
}
