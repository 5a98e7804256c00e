package org.confide.adapter.web.pages;

import java.util.List;
import java.util.Locale;
import org.confide.adapter.web.i18n.Texts;
import org.confide.adapter.web.pages.view.Frame;
import org.confide.domain.settings.SetUp;

/** The set-up checklist in the words of the administrators' pages, until every item is done. */
final class SetUpLines {

  private SetUpLines() {}

  /** The lines of {@code setUp} in the words of {@code texts}; none once everything is done. */
  static List<Frame.SetUpLine> of(SetUp setUp, Texts texts) {
    if (setUp.complete()) {
      return List.of();
    }
    return SetUp.items().stream().map(item -> line(item, setUp.done(item), texts)).toList();
  }

  // Each item's name and explanation are the messages setUp.<item>.name and .explanation.
  private static Frame.SetUpLine line(SetUp.Item item, boolean done, Texts texts) {
    var key = "setUp." + item.name().toLowerCase(Locale.ROOT);
    return new Frame.SetUpLine(
        texts.text(key + ".name"),
        done,
        texts.text(key + ".explanation"),
        switch (item) {
          case CONTACTS -> "/staff/admin/emergency-contacts";
          case QUESTIONNAIRE -> "/staff/admin/questionnaire";
          case CALENDAR -> "/staff/admin/calendar";
          case PAGES -> "/staff/admin/pages";
          case TWO_FACTOR -> "/staff/admin/staff";
        });
  }
}
