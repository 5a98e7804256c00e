package org.confide.adapter.web.pages.view;

import java.util.List;
import java.util.Optional;

/**
 * The page {@code staff/sign-in.jte}.
 *
 * @param frame the frame
 * @param email the email address as typed, to show again
 * @param errors the problems with what was sent
 * @param notice a notice above the form (signed out, session expired), or null
 * @param provider the organisation's identity provider's name, when single sign-on is on
 * @param passwordForAll whether every member may sign in with a password; if not, the password form
 *     is offered to the administrators with emergency access only
 * @param providerLogout where to sign out of the provider too, after signing out here, when it
 *     publishes an address for that
 */
public record StaffSignInPage(
    Frame frame,
    String email,
    List<FormError> errors,
    String notice,
    Optional<String> provider,
    boolean passwordForAll,
    Optional<String> providerLogout)
    implements Page {

  @Override
  public String template() {
    return "staff/sign-in.jte";
  }
}
