package org.confide.adapter.web.pages.view;

import java.util.List;

/** The page {@code reporter/sign-in.jte}. */
public record CodeSignInPage(Frame frame, List<FormError> errors, String notice) implements Page {

  @Override
  public String template() {
    return "reporter/sign-in.jte";
  }
}
