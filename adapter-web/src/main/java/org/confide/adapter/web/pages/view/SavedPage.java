package org.confide.adapter.web.pages.view;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The page {@code reporter/saved.jte}.
 *
 * @param dueOn the day a first response is due, carried in the page's form for its language switch
 * @param dueBy that day in words, in the page's language
 * @param comeBackTo the address of the page to sign in on, as on the receipt; null when unknown
 */
public record SavedPage(Frame frame, Optional<LocalDate> dueOn, String dueBy, String comeBackTo)
    implements Page {

  @Override
  public String template() {
    return "reporter/saved.jte";
  }
}
