package org.confide.application.port.in;

import java.time.Instant;
import java.util.Objects;

/**
 * A staff member chooses a new password with the one-time link an administrator issued ({@link
 * ResetStaffPasswordUseCase}). Nobody is signed in: the link is the proof. It works once, until it
 * expires.
 */
public interface SetPasswordByLinkUseCase {

  /**
   * Whether a link still works, for the page that asks for the new password; it spends nothing, so
   * that a mail scanner opening the link uses nothing up.
   *
   * @param token the token from the link, as presented
   * @return when the link expires, or why it does not work ({@link Failure.NotFound} for a link
   *     already used, replaced or never issued; {@link Failure.Refused} for one that has expired)
   */
  Outcome<OpenLink, PasswordLinkFailure> check(String token);

  /**
   * Sets the member's password and spends the link (audited, without the link); every session of
   * the member ends, and they are emailed that their password was changed. Of two racing uses of
   * one link, one sets the password.
   *
   * @param command the token and the new password
   * @return done, or why not: as {@link #check}, or {@link Failure.Invalid} naming {@code
   *     newPassword} for a password that breaks the rules (the link is then not spent)
   */
  Outcome<Outcome.Ok, SetPasswordFailure> set(Command command);

  /**
   * A link that still works.
   *
   * @param expiresAt when it stops working
   */
  record OpenLink(Instant expiresAt) {
    /**
     * Refuses a missing component.
     *
     * @throws NullPointerException if a component is null
     */
    public OpenLink {
      Objects.requireNonNull(expiresAt, "expires at must not be null");
    }
  }

  /**
   * The link's token and the new password.
   *
   * @param token the token from the link, as presented
   * @param newPassword the password the member will sign in with: at least 12 characters, at most
   *     1,024; wiped once read
   */
  record Command(String token, char[] newPassword) {
    /**
     * Refuses a missing component.
     *
     * @throws NullPointerException if a component is null
     */
    public Command {
      Objects.requireNonNull(token, "token must not be null");
      Objects.requireNonNull(newPassword, "newPassword must not be null");
    }

    @Override
    public String toString() {
      return "SetPasswordByLink[hidden]";
    }
  }
}
