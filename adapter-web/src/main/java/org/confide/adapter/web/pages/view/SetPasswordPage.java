package org.confide.adapter.web.pages.view;

import java.util.List;

/**
 * The page {@code staff/set-password.jte}: a member chooses a new password with a one-time link.
 *
 * @param frame the frame around the page
 * @param token the link's token, carried in a hidden field of the form
 * @param expires when the link stops working, in words; null if that could not be read again
 * @param errors what was refused, each with the field it names
 */
public record SetPasswordPage(Frame frame, String token, String expires, List<FormError> errors)
    implements Page {

  @Override
  public String template() {
    return "staff/set-password.jte";
  }

  /** The message of the error that names {@code field}, or null. */
  public String errorFor(String field) {
    return FormError.messageFor(errors, field);
  }

  @Override
  public String toString() {
    return "SetPasswordPage[hidden]";
  }
}
