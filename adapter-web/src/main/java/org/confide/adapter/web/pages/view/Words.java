package org.confide.adapter.web.pages.view;

import org.confide.domain.analytics.TrendDimension;

/** Names the pages give to the model's terms. */
public final class Words {

  private Words() {}

  /** A trend dimension as a column heading or a choice: "Kind of incident". */
  public static String dimension(TrendDimension dimension) {
    return switch (dimension) {
      case TYPE -> "Kind of incident";
      case WHERE -> "Where it happened";
      case MONTH -> "Month";
      case REPORTER_ROLE -> "Reporter's role";
      case ANONYMOUS -> "Anonymous or named";
      case OUTCOME -> "Outcome of closed cases";
    };
  }
}
