package org.confide.application.port.in;

import java.util.Objects;

/**
 * A staff member begins to set up two-factor sign-in: they are shown a secret for their
 * authenticator app, to prove with {@link ConfirmTwoFactorUseCase}. Works with any live staff
 * session, including one that is good for nothing else until this is done.
 */
public interface BeginTwoFactorUseCase {

  /**
   * The secret to put into an authenticator app: the same one until it is confirmed. {@link
   * Failure.Refused} once two-factor sign-in is set up (an administrator can reset it).
   *
   * @param session the acting staff member's session, from {@link LogInStaffUseCase}
   * @return the secret and what to show the member, or why not (one of {@link
   *     TwoFactorEnrolmentFailure})
   */
  Outcome<Enrolment, TwoFactorEnrolmentFailure> begin(SessionToken session);

  /**
   * The secret in base32, as typed into an app, and the {@code otpauth://} link a QR code shows.
   *
   * @param secret the shared secret in base32, as an app takes it typed; never logged
   * @param uri the {@code otpauth://totp/...} link holding the secret, for a QR code
   */
  record Enrolment(String secret, String uri) {
    /**
     * Refuses a missing component.
     *
     * @throws NullPointerException if a component is null
     */
    public Enrolment {
      Objects.requireNonNull(secret, "secret must not be null");
      Objects.requireNonNull(uri, "uri must not be null");
    }

    @Override
    public String toString() {
      return "Enrolment[hidden]";
    }
  }
}
