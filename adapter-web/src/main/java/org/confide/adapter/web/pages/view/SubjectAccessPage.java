package org.confide.adapter.web.pages.view;

import java.util.List;

/**
 * The page {@code staff/subject-access.jte}: a safeguarding lead or an administrator asks for
 * everything held about a named reporter, by the email address they gave.
 *
 * @param frame the frame around the page
 * @param errors what was refused, each with the field it names
 * @param email the address as typed, kept when a field is refused
 * @param reason the reason as typed, kept when a field is refused
 */
public record SubjectAccessPage(Frame frame, List<FormError> errors, String email, String reason)
    implements Page {

  @Override
  public String template() {
    return "staff/subject-access.jte";
  }

  /** The message of the error that names {@code field}, or null. */
  public String errorFor(String field) {
    return FormError.messageFor(errors, field);
  }
}
