package org.confide.domain.staff;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.confide.domain.shared.FreeText;

/**
 * A member of staff with an account: who they are, what roles they hold, and whether the account is
 * active. Immutable; deactivation returns a new member.
 *
 * <p>Two members are equal when every part is equal; the hash code is the id's.
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

  /**
   * A new, active account.
   *
   * @param id a new id
   * @param email their email address, which is also their login name
   * @param displayName the name other staff see: trimmed, not blank, at most 120 characters, no
   *     control characters but line breaks and tabs
   * @param roles the roles they hold, at least one
   * @param passwordHash the hash of their password
   * @return the account
   * @throws IllegalArgumentException if the display name breaks a rule or there is no role
   */
  public static StaffMember create(
      StaffId id,
      EmailAddress email,
      String displayName,
      Set<Role> roles,
      PasswordHash passwordHash) {
    return new StaffMember(id, email, displayName, roles, passwordHash, true);
  }

  /**
   * Rebuilds a stored account. For stores only.
   *
   * @param id the account's id
   * @param email their email address
   * @param displayName the name other staff see
   * @param roles the roles they hold, at least one
   * @param passwordHash the hash of their password
   * @param active whether the account may still sign in
   * @return the account
   * @throws IllegalArgumentException if the display name breaks a rule or there is no role
   */
  public static StaffMember reconstitute(
      StaffId id,
      EmailAddress email,
      String displayName,
      Set<Role> roles,
      PasswordHash passwordHash,
      boolean active) {
    return new StaffMember(id, email, displayName, roles, passwordHash, active);
  }

  /**
   * The account, no longer able to log in; its history stays. An administrator may make it active
   * again ({@link #changed}).
   *
   * @return the account, inactive
   */
  public StaffMember deactivate() {
    return new StaffMember(id, email, displayName, roles, passwordHash, false);
  }

  /**
   * The account with a new display name, roles and state; its id, email and password stay.
   *
   * @param newDisplayName the name other staff see, under the same rules as at creation
   * @param newRoles the roles they hold, at least one
   * @param nowActive whether the account may sign in
   * @return the account, changed
   * @throws IllegalArgumentException if the display name breaks a rule or there is no role
   */
  public StaffMember changed(String newDisplayName, Set<Role> newRoles, boolean nowActive) {
    return new StaffMember(id, email, newDisplayName, newRoles, passwordHash, nowActive);
  }

  /**
   * The account with a new password hash.
   *
   * @param newHash the hash of the new password
   * @return the account, otherwise the same
   */
  public StaffMember withPasswordHash(PasswordHash newHash) {
    return new StaffMember(id, email, displayName, roles, newHash, active);
  }

  /**
   * Whether this member is active and holds a role that grants {@code permission}.
   *
   * @param permission what they want to do
   * @return true if they may; always false for an inactive account
   */
  public boolean may(Permission permission) {
    return active && permission.grantedToAny(roles);
  }

  /**
   * Whether this member holds {@code role}. Unlike {@link #may}, it says nothing about whether the
   * account is active.
   *
   * @param role a role
   * @return true if it is among their roles, active or not
   */
  public boolean holds(Role role) {
    return roles.contains(role);
  }

  /**
   * Identifies the member.
   *
   * @return the id
   */
  public StaffId id() {
    return id;
  }

  /**
   * Their email address, which is also their login name.
   *
   * @return the address, in lower case
   */
  public EmailAddress email() {
    return email;
  }

  /**
   * The name other staff see.
   *
   * @return the display name, trimmed
   */
  public String displayName() {
    return displayName;
  }

  /**
   * What they are there to do.
   *
   * @return an unmodifiable set of at least one role
   */
  public Set<Role> roles() {
    return roles;
  }

  /**
   * The hash of their password.
   *
   * @return the hash
   */
  public PasswordHash passwordHash() {
    return passwordHash;
  }

  /**
   * Whether the account may still sign in and act.
   *
   * @return false once {@link #deactivate deactivated}
   */
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
