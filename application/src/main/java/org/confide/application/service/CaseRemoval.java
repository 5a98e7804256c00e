package org.confide.application.service;

import org.confide.application.port.out.Session;
import org.confide.domain.shared.ReportReference;

/**
 * Removes a case and everything that belongs to it, for erasure and for retention alike. The trend
 * facts stay (they never linked back to the report) and so does the audit trail, which holds no
 * report content. The pattern keys go: they are digests of the names and places the report gave,
 * tied to it, and a reporter who asks for erasure, or a retention period that ends, means the
 * organisation no longer holds what the report said. An alert may then join fewer reports.
 */
final class CaseRemoval {

  private CaseRemoval() {}

  static void remove(Context context, ReportReference reference) {
    context.sessions().removeAll(new Session.Subject.Reporter(reference));
    context.accessCodes().remove(reference);
    context.threads().remove(reference);
    context.notes().removeAll(reference);
    context.escalations().removeAll(reference);
    context.patternKeys().removeAll(reference);
    context.deadlineMarks().removeAll(reference);
    context.reports().remove(reference);
  }
}
