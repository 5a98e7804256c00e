package org.confide.adapter.web.pages.view;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The page {@code staff/cases.jte}; {@code notice}, when present, says what was just done; {@code
 * search} is the search form as sent (by field name), {@code outcomes} and {@code tags} the entries
 * it offers, and {@code errors} what was wrong with it; {@code teams} are the teams whose cases the
 * holder sees, offered to narrow the list to one (none when no team is defined).
 */
public record CasesPage(
    Frame frame,
    String view,
    List<CaseRow> rows,
    Optional<String> next,
    Optional<String> previous,
    Optional<String> notice,
    Map<String, String> search,
    List<Choice> outcomes,
    List<Choice> tags,
    List<FormError> errors,
    List<Choice> teams)
    implements Page {

  /** {@return what was typed into the search field {@code name}, or blank} */
  public String typed(String name) {
    return search.getOrDefault(name, "");
  }

  /** The message of the error anchored to {@code field}, or null when there is none. */
  public String errorFor(String field) {
    return FormError.messageFor(errors, field);
  }

  @Override
  public String template() {
    return "staff/cases.jte";
  }
}
