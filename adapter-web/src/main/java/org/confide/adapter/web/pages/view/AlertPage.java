package org.confide.adapter.web.pages.view;

import java.util.List;

/** The page {@code staff/alert.jte}. */
public record AlertPage(Frame frame, String kind, List<AlertReportLine> reports) implements Page {

  @Override
  public String template() {
    return "staff/alert.jte";
  }
}
