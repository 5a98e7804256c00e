package org.confide.application.port.in;

import java.util.Objects;
import java.util.Optional;

/**
 * A staff member signs in through the organisation's identity provider (single sign-on): the
 * identity the provider vouched for is mapped to an existing, active staff account by its verified
 * email address, and a staff session is opened, the same as a password sign-in opens.
 */
public interface SignInWithProviderUseCase {

  /**
   * Opens a staff session for the active account with this email address, if the provider verified
   * it. Answers {@link Failure.Refused}, with a reason the member can act on, when the email
   * address is not verified, no account has it, or the account is deactivated; no account is ever
   * created. When the provider did not prove a second factor that the deployer accepts, Confide's
   * own applies exactly as for a password sign-in: a member who has set up two-factor sign-in must
   * give a code from their app or a recovery code ({@link Failure.Unauthenticated} without one, or
   * with a wrong or used one), and one who has not and must gets a session that opens only the
   * setting up. Success and every refusal are audited, naming the account when there is one and
   * never the email address.
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
   */
  record Command(
      String email, boolean emailVerified, boolean secondFactorByProvider, Optional<String> code) {
    /**
     * Refuses a missing component.
     *
     * @throws NullPointerException if a component is null
     */
    public Command {
      Objects.requireNonNull(email, "email must not be null");
      Objects.requireNonNull(code, "code must be Optional, not null");
    }

    /**
     * This sign-in with a code.
     *
     * @param code a code from the authenticator app, or a recovery code
     * @return the same sign-in, with the code
     */
    public Command withCode(String code) {
      return new Command(email, emailVerified, secondFactorByProvider, Optional.of(code));
    }

    @Override
    public String toString() {
      return "SignInWithProvider[hidden]";
    }
  }
}
