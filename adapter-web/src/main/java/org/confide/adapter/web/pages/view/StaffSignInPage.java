package org.confide.adapter.web.pages.view;

import java.util.List;

/** The page {@code staff/sign-in.jte}. */
public record StaffSignInPage(Frame frame, String email, List<FormError> errors, String notice)
    implements Page {

  @Override
  public String template() {
    return "staff/sign-in.jte";
  }
}
