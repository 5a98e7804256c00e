package org.confide.adapter.web.pages.view;

/**
 * The page {@code staff/password-reset-issued.jte}: the one-time set-password link, shown to the
 * administrator this once.
 *
 * @param frame the frame around the page
 * @param email the address of the account whose password was reset
 * @param link the link, which sets the password once
 * @param expires when the link stops working, in words
 */
public record PasswordResetIssuedPage(Frame frame, String email, String link, String expires)
    implements Page {

  @Override
  public String template() {
    return "staff/password-reset-issued.jte";
  }

  @Override
  public String toString() {
    return "PasswordResetIssuedPage[hidden]";
  }
}
