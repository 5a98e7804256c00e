package org.confide.adapter.web.pages;

import java.util.Locale;
import org.confide.adapter.web.i18n.Texts;
import org.confide.domain.report.Channel;
import org.confide.domain.report.ReportStatus;
import org.confide.domain.safeguarding.EscalationStatus;

/**
 * The words the staff pages give to a case's status, its risk and an escalation's state, in the
 * page's language: each constant's message is {@code staff.<kind>.<constant>}.
 */
final class StaffWords {

  private StaffWords() {}

  static String status(ReportStatus status, Texts texts) {
    return texts.text(key("staff.status.", status));
  }

  static String escalation(EscalationStatus status, Texts texts) {
    return texts.text(key("staff.escalation.", status));
  }

  /** How a report entered by staff reached them, as a case list and a case page say it. */
  static String enteredBy(Channel channel, Texts texts) {
    return texts.text(key("staff.enteredBy.", channel));
  }

  private static String key(String prefix, Enum<?> constant) {
    return prefix + constant.name().toLowerCase(Locale.ROOT);
  }
}
