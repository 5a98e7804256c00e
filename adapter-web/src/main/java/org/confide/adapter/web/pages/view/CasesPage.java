package org.confide.adapter.web.pages.view;

import java.util.List;
import java.util.Optional;

/** The page {@code staff/cases.jte}; {@code notice}, when present, says what was just done. */
public record CasesPage(
    Frame frame,
    String view,
    List<CaseRow> rows,
    Optional<String> next,
    Optional<String> previous,
    Optional<String> notice)
    implements Page {

  @Override
  public String template() {
    return "staff/cases.jte";
  }
}
