package org.confide.application.port.in;

import java.util.List;
import java.util.Objects;
import org.confide.domain.shared.ProblemCode;

/**
 * A staff member proves their authenticator app holds the secret they were shown, and receives
 * recovery codes, shown once. Works with any live staff session, including one that is good for
 * nothing else until this is done.
 */
public interface ConfirmTwoFactorUseCase {

  /** Why {@link #confirm} is refused once two-factor sign-in is set up. */
  ProblemCode ALREADY_SET_UP = ProblemCode.TWO_FACTOR_ALREADY;

  /**
   * Proves the app holds the secret with a code it shows now. Then two-factor sign-in is set up,
   * the session is replaced by a new one (the old token stops working) and the recovery codes are
   * returned, the only time they can be seen. A wrong code is {@link Failure.Invalid} on {@code
   * code}; confirming before beginning, or once set up ({@link #ALREADY_SET_UP}), is {@link
   * Failure.Refused}.
   *
   * @param session the acting staff member's session, from {@link LogInStaffUseCase}
   * @param command the code the app shows
   * @return the new session and the recovery codes, or why not (one of {@link
   *     SessionRequestFailure})
   */
  Outcome<Confirmed, SessionRequestFailure> confirm(SessionToken session, Command command);

  /**
   * The code the app shows.
   *
   * @param code the six digits as typed
   */
  record Command(String code) {
    /**
     * Refuses a missing component.
     *
     * @throws NullPointerException if a component is null
     */
    public Command {
      Objects.requireNonNull(code, "code must not be null");
    }

    @Override
    public String toString() {
      return "ConfirmTwoFactor[hidden]";
    }
  }

  /**
   * The new session, and the recovery codes as shown to the member.
   *
   * @param session the session that replaces the one confirmed with, which has ended
   * @param recoveryCodes ten codes, each usable once in place of the app's code; shown only now
   */
  record Confirmed(SessionGrant session, List<String> recoveryCodes) {
    /**
     * Refuses a missing component; collections are copied, so the record never changes.
     *
     * @throws NullPointerException if a component is null
     */
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
