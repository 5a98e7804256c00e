package org.confide.adapter.web.pages.view;

import java.util.List;

/**
 * The page {@code staff/admin-staff-account.jte}: one account's name, roles and state, to change.
 *
 * @param frame the frame around the page
 * @param errors what was refused, each with the field it names
 * @param id the account's id, in the form's address
 * @param email the address they sign in with, which does not change
 * @param displayName the name, as stored or as typed
 * @param roles the names of the roles ticked
 * @param active whether the box for an active account is ticked
 * @param self whether the account is the administrator's own (which they may not deactivate)
 */
public record StaffAccountPage(
    Frame frame,
    List<FormError> errors,
    String id,
    String email,
    String displayName,
    List<String> roles,
    boolean active,
    boolean self)
    implements Page {

  @Override
  public String template() {
    return "staff/admin-staff-account.jte";
  }

  /** The message of the error that names {@code field}, or null. */
  public String errorFor(String field) {
    return FormError.messageFor(errors, field);
  }
}
