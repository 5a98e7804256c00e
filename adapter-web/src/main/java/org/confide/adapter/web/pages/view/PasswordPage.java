package org.confide.adapter.web.pages.view;

import java.util.List;

/**
 * The page {@code staff/password.jte}: a member changes their own password.
 *
 * @param frame the frame around the page
 * @param notice what was just done, or null
 * @param errors what was refused, each with the field it names
 */
public record PasswordPage(Frame frame, String notice, List<FormError> errors) implements Page {

  @Override
  public String template() {
    return "staff/password.jte";
  }

  /** The message of the error that names {@code field}, or null. */
  public String errorFor(String field) {
    return FormError.messageFor(errors, field);
  }
}
