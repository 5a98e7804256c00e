package org.confide.adapter.web.pages;

import java.util.List;
import org.confide.adapter.web.pages.view.Frame;
import org.confide.domain.settings.SetUp;

/** The set-up checklist in the words of the administrators' pages, until every item is done. */
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
    return switch (item) {
      case CONTACTS ->
          new Frame.SetUpLine(
              "Emergency contacts",
              done,
              "Add your own, such as campus security. Until then reporters see the national"
                  + " contacts: emergency services, NHS 111 and Samaritans.",
              "/staff/admin/emergency-contacts");
      case QUESTIONNAIRE ->
          new Frame.SetUpLine(
              "Questionnaire",
              done,
              "Make your own version of the questionnaire current. Until then reporters answer the"
                  + " built-in one.",
              "/staff/admin/questionnaire");
      case CALENDAR ->
          new Frame.SetUpLine(
              "Working days",
              done,
              "Add your public holidays and closures, so that response dates are right.",
              "/staff/admin/calendar");
      case PAGES ->
          new Frame.SetUpLine(
              "Pages for reporters",
              done,
              "Fill in the privacy notice (reporters see it only once it is saved) and make the"
                  + " support, accessibility and other pages your own.",
              "/staff/admin/pages");
      case TWO_FACTOR ->
          new Frame.SetUpLine(
              "Two-factor sign-in",
              done,
              "Require two-factor sign-in of all staff.",
              "/staff/admin/staff");
    };
  }
}
