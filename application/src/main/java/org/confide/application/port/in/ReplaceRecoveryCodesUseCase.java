package org.confide.application.port.in;

import java.util.List;
import java.util.Objects;

/**
 * A staff member replaces their recovery codes with new ones, proving a fresh code from their
 * authenticator app; the old codes stop working.
 */
public interface ReplaceRecoveryCodesUseCase {

  /**
   * New recovery codes for the member holding {@code session}.
   *
   * @param session the member's staff session, from {@link LogInStaffUseCase}
   * @param command the code their app shows now
   * @return the new codes, shown this once, or why not (one of {@link RecoveryCodesFailure})
   */
  Outcome<List<String>, RecoveryCodesFailure> replace(SessionToken session, Command command);

  /**
   * The code from the app.
   *
   * @param code the 6 digits the authenticator app shows now; a recovery code does not do
   */
  record Command(String code) {
    /**
     * Refuses a missing code.
     *
     * @throws NullPointerException if the code is null
     */
    public Command {
      Objects.requireNonNull(code, "code must not be null");
    }

    @Override
    public String toString() {
      return "ReplaceRecoveryCodes[hidden]";
    }
  }
}
