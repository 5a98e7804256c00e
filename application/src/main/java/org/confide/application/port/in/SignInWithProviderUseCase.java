package org.confide.application.port.in;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.confide.domain.staff.Role;

/**
 * A staff member signs in through the organisation's identity provider (single sign-on): the
 * identity the provider vouched for is mapped to an existing, active staff account by its verified
 * email address, and a staff session is opened, the same as a password sign-in opens.
 */
public interface SignInWithProviderUseCase {

  /**
   * Opens a staff session for the active account with this email address, if the provider verified
   * it. Answers {@link Failure.Refused}, with a reason the member can act on, when the email
   * address is not verified, no account has it, or the account is deactivated. An account is
   * created only when the deployer turned provisioning on ({@link Command#provision()} present) and
   * the provider's groups map to at least one role: a new, active account with those roles, audited
   * as {@code STAFF_CREATED} by the system, then signed in like any member. Provisioning never
   * reactivates a deactivated account nor changes an existing account's roles: those stay an
   * administrator's decision. When the provider did not prove a second factor that the deployer
   * accepts, Confide's own applies exactly as for a password sign-in: a member who has set up
   * two-factor sign-in must give a code from their app or a recovery code ({@link
   * Failure.Unauthenticated} without one, or with a wrong or used one), and one who has not and
   * must gets a session that opens only the setting up. Success and every refusal are audited,
   * naming the account when there is one and never the email address.
   *
   * @param command what the provider vouched for, and any code the member typed
   * @return the staff session, or why not
   */
  Outcome<SessionGrant, ProviderSignInFailure> signIn(Command command);

  /**
   * What the provider vouched for, checked by the driving adapter (signature, issuer, audience,
   * expiry, nonce), and what the member typed.
   *
   * @param email the email address the provider gave, as given
   * @param emailVerified whether the provider says it verified the address
   * @param secondFactorByProvider whether the provider proved a second factor that the deployer
   *     lets stand in for Confide's own
   * @param code the code from the authenticator app, or a recovery code, if given
   * @param provision the account to create if no account has this email address, when the deployer
   *     turned provisioning on; empty when it is off
   */
  record Command(
      String email,
      boolean emailVerified,
      boolean secondFactorByProvider,
      Optional<String> code,
      Optional<Provision> provision) {
    /**
     * Refuses a missing component.
     *
     * @throws NullPointerException if a component is null
     */
    public Command {
      Objects.requireNonNull(email, "email must not be null");
      Objects.requireNonNull(code, "code must be Optional, not null");
      Objects.requireNonNull(provision, "provision must be Optional, not null");
    }

    /**
     * A sign-in that creates no account (provisioning off).
     *
     * @param email the email address the provider gave, as given
     * @param emailVerified whether the provider says it verified the address
     * @param secondFactorByProvider whether the provider proved an accepted second factor
     * @param code the code from the authenticator app, or a recovery code, if given
     */
    public Command(
        String email,
        boolean emailVerified,
        boolean secondFactorByProvider,
        Optional<String> code) {
      this(email, emailVerified, secondFactorByProvider, code, Optional.empty());
    }

    /**
     * This sign-in with a code.
     *
     * @param code a code from the authenticator app, or a recovery code
     * @return the same sign-in, with the code
     */
    public Command withCode(String code) {
      return new Command(
          email, emailVerified, secondFactorByProvider, Optional.of(code), provision);
    }

    @Override
    public String toString() {
      return "SignInWithProvider[hidden]";
    }
  }

  /**
   * The account provisioning would create, from what the provider vouched for and the deployer's
   * mapping of its groups to roles.
   *
   * @param displayName the name from the provider (its {@code name} claim, or the email address)
   * @param roles the roles the member's groups map to; empty when none of them maps, and then no
   *     account is created
   */
  record Provision(String displayName, Set<Role> roles) {
    /**
     * Copies the roles.
     *
     * @throws NullPointerException if a component is null
     */
    public Provision {
      Objects.requireNonNull(displayName, "displayName must not be null");
      roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    @Override
    public String toString() {
      return "Provision[" + roles + "]";
    }
  }
}
