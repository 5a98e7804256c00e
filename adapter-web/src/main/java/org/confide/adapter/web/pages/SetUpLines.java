package org.confide.adapter.web.pages;

import java.util.List;
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

  private static Frame.SetUpLine line(SetUp.Item item, boolean done, Texts texts) {
    var key =
        switch (item) {
          case CONTACTS -> "contacts";
          case QUESTIONNAIRE -> "questionnaire";
          case CALENDAR -> "calendar";
          case PAGES -> "pages";
          case TWO_FACTOR -> "twoFactor";
        };
    var href =
        switch (item) {
          case CONTACTS -> "/staff/admin/emergency-contacts";
          case QUESTIONNAIRE -> "/staff/admin/questionnaire";
          case CALENDAR -> "/staff/admin/calendar";
          case PAGES -> "/staff/admin/pages";
          case TWO_FACTOR -> "/staff/admin/staff";
        };
    return new Frame.SetUpLine(
        texts.text("layout.setUp." + key + ".name"),
        done,
        texts.text("layout.setUp." + key + ".text"),
        href);
  }
}
