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
   */
  Outcome<Enrolment, TwoFactorEnrolmentFailure> begin(SessionToken session);

  /**
   * The secret in base32, as typed into an app, and the {@code otpauth://} link a QR code shows.
   */
  record Enrolment(String secret, String uri) {
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
