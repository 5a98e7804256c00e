package org.confide.adapter.web.rendering;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import org.confide.application.port.in.BrowseAuditTrailUseCase.AuditPage;
import org.confide.domain.audit.Actor;
import org.confide.domain.audit.AuditEvent;
import org.confide.domain.shared.ReportReference;

/**
 * A page of the audit trail as CSV, newest first: time, event id, actor kind, the staff account
 * that acted, action, case reference and detail. The detail is written by Confide, but made inert
 * for spreadsheets like every other cell. The cursor of the next page, if any, is in the {@code
 * Link} header.
 */
public final class AuditCsv {

  private AuditCsv() {}

  /** Answers {@code page} as a CSV download; {@code next} is the address of the page after it. */
  public static void download(Context ctx, AuditPage page, String next) {
    ctx.status(200);
    ctx.header("Content-Disposition", "attachment; filename=\"audit-trail.csv\"");
    if (page.next().isPresent()) {
      ctx.header("Link", "<" + next + ">; rel=\"next\"");
    }
    ctx.contentType("text/csv; charset=utf-8");
    ctx.result(of(page.events()));
  }

  /** The events as CSV text. */
  static String of(List<AuditEvent> events) {
    var lines = new ArrayList<List<String>>();
    lines.add(List.of("at", "id", "actor", "staff", "action", "reference", "detail"));
    for (var event : events) {
      lines.add(
          List.of(
              event.at().toString(),
              event.id().toString(),
              kind(event.actor()),
              event.actor() instanceof Actor.Staff staff ? staff.id().toString() : "",
              event.action().name(),
              event.subject().map(ReportReference::value).orElse(""),
              event.detail()));
    }
    return Csv.of(lines);
  }

  /** The kind of actor, as the API and the CSV name it. */
  public static String kind(Actor actor) {
    return switch (actor) {
      case Actor.Staff staff -> "STAFF";
      case Actor.Reporter reporter -> "REPORTER";
      case Actor.System system -> "SYSTEM";
    };
  }
}
