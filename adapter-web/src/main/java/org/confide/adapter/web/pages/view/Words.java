package org.confide.adapter.web.pages.view;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.confide.adapter.web.i18n.Texts;
import org.confide.domain.analytics.Count;
import org.confide.domain.analytics.Tally;
import org.confide.domain.analytics.TrendCategory;
import org.confide.domain.analytics.TrendDimension;

/** Names the pages give to the model's terms, in the words of a page's language. */
public final class Words {

  private Words() {}

  /** A trend dimension as a column heading or a choice: "Kind of incident". */
  public static String dimension(TrendDimension dimension, Texts texts) {
    return texts.text("trends.dimension." + dimension.name().toLowerCase(Locale.ROOT));
  }

  /**
   * The message key of an audit action's name: {@code audit.action.status_changed}.
   *
   * @param action the action's constant, as the audit trail stores it: {@code STATUS_CHANGED}
   */
  public static String auditAction(String action) {
    return "audit.action." + action.toLowerCase(Locale.ROOT);
  }

  /** A count of a table whose small counts are hidden: "12", "fewer than 5", "not shown". */
  public static String count(Count count, Texts texts) {
    return switch (count) {
      case Count.Exact exact -> texts.text("staff.count.exact", exact.value());
      case Count.FewerThan fewer -> texts.text("staff.count.fewerThan", fewer.threshold());
      case Count.NotShown notShown -> texts.text("staff.count.notShown");
    };
  }

  /**
   * A row or column of a trend table: a month, "Anonymous", "Not answered" in the page's language;
   * an option of the questionnaire as the questionnaire words it.
   */
  public static String category(TrendCategory category, Texts texts) {
    return switch (category.key()) {
      case "anonymous" -> texts.text("trends.category.anonymous");
      case "named" -> texts.text("trends.category.named");
      case Tally.NOT_ANSWERED -> texts.text("trends.category.notAnswered");
      default -> month(category.key(), texts).orElse(category.label());
    };
  }

  /** {@code key} as a month in words, when it is one ("2026-03"). */
  private static java.util.Optional<String> month(String key, Texts texts) {
    if (!key.matches("\\d{4}-\\d{2}")) {
      return java.util.Optional.empty();
    }
    try {
      return java.util.Optional.of(
          DateTimeFormatter.ofPattern(texts.text("format.month"), texts.language().locale())
              .format(YearMonth.parse(key)));
    } catch (DateTimeParseException e) {
      return java.util.Optional.empty();
    }
  }
}
