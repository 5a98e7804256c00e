package org.confide.application.port.in;

import java.util.Objects;

/**
 * A staff member changes their own password, proving the current one. Every other session of theirs
 * ends; the one that asked stays.
 */
public interface ChangeOwnPasswordUseCase {

  /**
   * Changes the password of the member holding {@code session}.
   *
   * @param session the member's staff session, from {@link LogInStaffUseCase}
   * @param command the current password and the new one, both wiped once read
   * @return done, or why not (one of {@link PasswordChangeFailure})
   */
  Outcome<Outcome.Ok, PasswordChangeFailure> change(SessionToken session, Command command);

  /**
   * The passwords, current and new.
   *
   * @param currentPassword the password the member signs in with now
   * @param newPassword the password they will sign in with: at least 12 characters, at most 1,024
   */
  record Command(char[] currentPassword, char[] newPassword) {
    /**
     * Refuses a missing password.
     *
     * @throws NullPointerException if a component is null
     */
    public Command {
      Objects.requireNonNull(currentPassword, "currentPassword must not be null");
      Objects.requireNonNull(newPassword, "newPassword must not be null");
    }

    @Override
    public String toString() {
      return "ChangeOwnPassword[hidden]";
    }
  }
}
