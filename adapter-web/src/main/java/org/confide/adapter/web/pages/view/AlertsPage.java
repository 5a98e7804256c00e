package org.confide.adapter.web.pages.view;

import java.util.List;

/** The page {@code staff/alerts.jte}. */
public record AlertsPage(Frame frame, boolean lead, List<AlertLine> alerts) implements Page {

  @Override
  public String template() {
    return "staff/alerts.jte";
  }
}
