package org.confide.adapter.web.pages.view;

import java.util.List;
import org.confide.application.port.in.ReadTrendsUseCase.Trends;
import org.confide.domain.analytics.TrendDimension;

/** The page {@code staff/trends.jte}. */
public record TrendsPage(
    Frame frame,
    String from,
    String to,
    String by1,
    String by2,
    List<TrendDimension> dimensions,
    Trends trends,
    String chart,
    String csv,
    List<FormError> errors)
    implements Page {

  @Override
  public String template() {
    return "staff/trends.jte";
  }
}
