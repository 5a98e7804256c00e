package org.confide.adapter.web.pages.view;

import java.util.List;

/**
 * The page {@code staff/sso-code.jte}: the organisation's sign-in worked, and Confide still asks
 * for the code from the member's authenticator app.
 */
public record ProviderCodePage(Frame frame, List<FormError> errors) implements Page {

  @Override
  public String template() {
    return "staff/sso-code.jte";
  }
}
