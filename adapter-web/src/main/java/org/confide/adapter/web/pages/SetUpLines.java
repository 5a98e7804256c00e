package org.confide.adapter.web.pages;

import java.util.List;
import java.util.Locale;
import org.confide.adapter.web.pages.view.Frame;
import org.confide.domain.settings.SetUp;

/**
 * The set-up checklist of the administrators' pages, until every item is done: each line names its
 * words by message key ({@code setUp.<item>.name}, {@code setUp.<item>.explanation}), which the
 * layout shows in the page's language.
 */
final class SetUpLines {

  private SetUpLines() {}

  /** The lines of {@code setUp}; none once everything is done. */
  static List<Frame.SetUpLine> of(SetUp setUp) {
    if (setUp.complete()) {
      return List.of();
    }
    return SetUp.items().stream().map(item -> line(item, setUp.done(item))).toList();
  }

  private static Frame.SetUpLine line(SetUp.Item item, boolean done) {
    var key = "setUp." + item.name().toLowerCase(Locale.ROOT);
    return new Frame.SetUpLine(key + ".name", done, key + ".explanation", href(item));
  }

  private static String href(SetUp.Item item) {
    return switch (item) {
      case CONTACTS -> "/staff/admin/emergency-contacts";
      case QUESTIONNAIRE -> "/staff/admin/questionnaire";
      case CALENDAR -> "/staff/admin/calendar";
      case PAGES -> "/staff/admin/pages";
      case TWO_FACTOR -> "/staff/admin/staff";
    };
  }
}
