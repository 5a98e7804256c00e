package org.confide.adapter.web.pages.view;

import java.util.List;

/**
 * The page {@code staff/two-factor-done.jte}: where a member stands once two-factor sign-in is set
 * up, with the form for new recovery codes.
 *
 * @param frame the frame around the page
 * @param codesLeft how many recovery codes they have not used
 * @param errors what was refused of the form, each with the field it names
 */
public record TwoFactorDonePage(Frame frame, int codesLeft, List<FormError> errors)
    implements Page {

  @Override
  public String template() {
    return "staff/two-factor-done.jte";
  }
}
