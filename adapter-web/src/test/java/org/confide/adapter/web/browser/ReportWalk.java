package org.confide.adapter.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fills in the report form in the browser up to "Keeping in touch", answering the required
 * questions as given and leaving every optional one empty.
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

  void toKeepingInTouch(Browser b, PagesServer server) {
    b.open(server.url("/report"));
    b.choose("answers.incident-type", incidentType);
    b.next();
    b.choose("answers.where", where);
    b.choose("answers.reporter-role", reporterRole);
    b.next();
    b.choose("answers.affected-person", affectedPerson);
    b.choose("answers.under-18", under18);
    b.choose("answers.immediate-danger", immediateDanger);
    for (int step = 3; step < 8; step++) {
      b.next();
    }
    assertThat(b.heading()).endsWith(": keeping in touch");
  }
}
