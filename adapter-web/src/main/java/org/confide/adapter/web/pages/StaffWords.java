package org.confide.adapter.web.pages;

import org.confide.domain.report.Channel;
import org.confide.domain.report.ReportStatus;
import org.confide.domain.safeguarding.EscalationStatus;

/** The words the staff pages give to a case's status and an escalation's. */
final class StaffWords {

  private StaffWords() {}

  static String status(ReportStatus status) {
    return switch (status) {
      case NEW -> "New";
      case OPEN -> "Open";
      case CLOSED -> "Closed";
    };
  }

  static String escalation(EscalationStatus status) {
    return switch (status) {
      case RAISED -> "Raised, waiting for a lead";
      case ACKNOWLEDGED -> "Acknowledged";
      case REFERRED -> "Referred";
      case STOOD_DOWN -> "Stood down";
    };
  }

  /** How a report entered by staff reached them, as a case list and a case page say it. */
  static String enteredBy(Channel channel) {
    return switch (channel) {
      case IN_PERSON -> "Entered by staff, in person";
      case PHONE -> "Entered by staff, by phone";
      case EMAIL -> "Entered by staff, by email";
    };
  }
}
