package org.confide.adapter.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fills in the report form in the browser up to "how you tell us" and "keeping in touch", answering
 * the required questions as given and leaving every optional one empty.
 */
record ReportWalk(
    String incidentType,
    String where,
    String reporterRole,
    String affectedPerson,
    String under18,
    String immediateDanger) {

  /** A report that raises no safeguarding concern. */
  static ReportWalk calm() {
    return new ReportWalk("bullying", "online", "student", "me", "no", "no");
  }

  /** A report saying someone is in danger now. */
  static ReportWalk inDanger() {
    return new ReportWalk("physical-violence", "off-campus", "staff", "someone-else", "no", "yes");
  }

  /** Fills in the steps before {@code step} and stops on it. */
  void toStep(Browser b, PagesServer server, int step) {
    b.open(server.url("/report"));
    b.choose("answers.incident-type", incidentType);
    if (step == 1) {
      return;
    }
    b.next();
    b.choose("answers.where", where);
    b.choose("answers.reporter-role", reporterRole);
    if (step == 2) {
      return;
    }
    b.next();
    b.choose("answers.affected-person", affectedPerson);
    b.choose("answers.under-18", under18);
    b.choose("answers.immediate-danger", immediateDanger);
    for (int at = 3; at < step; at++) {
      b.next();
    }
  }

  /** Fills in the steps before "how you tell us", chooses {@code anonymity} and goes on. */
  void toKeepingInTouch(Browser b, PagesServer server, String anonymity) {
    toStep(b, server, 8);
    assertThat(b.heading()).endsWith(": how you tell us");
    b.choose("anonymity", anonymity);
    b.next();
    assertThat(b.heading()).endsWith(": keeping in touch");
  }
}
