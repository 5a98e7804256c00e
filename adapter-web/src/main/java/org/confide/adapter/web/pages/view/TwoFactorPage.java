package org.confide.adapter.web.pages.view;

import java.util.List;

/**
 * The page {@code staff/two-factor.jte}.
 *
 * @param uri the {@code otpauth://} link the QR code holds, also offered as a link for a member
 *     setting up on the phone they are reading the page on, which cannot scan its own screen
 */
public record TwoFactorPage(
    Frame frame,
    boolean required,
    String qr,
    String uri,
    List<String> secretGroups,
    List<FormError> errors)
    implements Page {

  @Override
  public String template() {
    return "staff/two-factor.jte";
  }
}
