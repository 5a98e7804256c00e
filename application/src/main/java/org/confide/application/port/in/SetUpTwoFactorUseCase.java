package org.confide.application.port.in;

import java.util.List;
import java.util.Objects;

/**
 * A staff member sets up two-factor sign-in: they are shown a secret for their authenticator app,
 * prove it with a code, and receive recovery codes, shown once. Works with any live staff session,
 * including one that is good for nothing else until this is done.
 */
public interface SetUpTwoFactorUseCase {

  /** Why {@link #confirm} is refused once two-factor sign-in is set up. */
  String ALREADY_SET_UP = "Two-factor sign-in is already set up";

  /** Whether the holder has set it up, whether it is required, and recovery codes left. */
  Outcome<Status> status(SessionToken session);

  /**
   * The secret to put into an authenticator app: the same one until it is confirmed. Refused once
   * two-factor sign-in is set up (an administrator can reset it).
   */
  Outcome<Enrolment> begin(SessionToken session);

  /**
   * Proves the app holds the secret with a code it shows now. Then two-factor sign-in is set up,
   * the session is replaced by a new one (the old token stops working) and the recovery codes are
   * returned, the only time they can be seen. A wrong code is {@link Outcome.Invalid} on {@code
   * code}.
   */
  Outcome<Confirmed> confirm(SessionToken session, String code);

  /** Where a staff member stands. */
  record Status(boolean setUp, boolean required, int recoveryCodesLeft) {
    /** Whether the member can do nothing else until they set it up. */
    public boolean mustSetUp() {
      return required && !setUp;
    }
  }

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

  /** The new session, and the recovery codes as shown to the member. */
  record Confirmed(SessionGrant session, List<String> recoveryCodes) {
    public Confirmed {
      Objects.requireNonNull(session, "session must not be null");
      recoveryCodes = List.copyOf(recoveryCodes);
    }

    @Override
    public String toString() {
      return "Confirmed[hidden]";
    }
  }
}
