package org.confide.adapter.web.pages.view;

import java.util.List;

/**
 * The page {@code reporter/sign-in.jte}.
 *
 * @param unsent a message the reporter wrote and sent after their session had ended, shown back to
 *     copy (never stored); null when there is none
 * @param code the code as typed, shown again only when the page comes back in another language;
 *     null otherwise
 */
public record CodeSignInPage(
    Frame frame, List<FormError> errors, String notice, String unsent, String code)
    implements Page {

  @Override
  public String template() {
    return "reporter/sign-in.jte";
  }
}
