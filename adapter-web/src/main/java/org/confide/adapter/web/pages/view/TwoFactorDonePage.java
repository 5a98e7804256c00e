package org.confide.adapter.web.pages.view;

/** The page {@code staff/two-factor-done.jte}. */
public record TwoFactorDonePage(Frame frame, int codesLeft) implements Page {

  @Override
  public String template() {
    return "staff/two-factor-done.jte";
  }
}
