package org.confide.adapter.web.pages.view;

import java.util.List;

/** The page {@code staff/two-factor.jte}. */
public record TwoFactorPage(
    Frame frame, boolean required, String qr, List<String> secretGroups, List<FormError> errors)
    implements Page {

  @Override
  public String template() {
    return "staff/two-factor.jte";
  }
}
