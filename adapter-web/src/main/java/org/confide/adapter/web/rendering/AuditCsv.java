package org.confide.adapter.web.rendering;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import org.confide.adapter.web.i18n.AuditWords;
import org.confide.adapter.web.i18n.Terms;
import org.confide.adapter.web.i18n.Texts;
import org.confide.application.port.in.BrowseAuditTrailUseCase.AuditPage;
import org.confide.domain.audit.Actor;
import org.confide.domain.audit.AuditEvent;
import org.confide.domain.shared.ReportReference;

/**
 * A page of the audit trail as CSV, newest first: time, event id, actor kind, the staff account
 * that acted, action, case reference, detail, the action in words and the detail in words. The
 * headings and the words are in the language asked for (a detail recorded before details were coded
 * is in words as recorded, in English); the other cells are as the API gives them (the action's and
 * the actor kind's names, the detail as Confide wrote it, in English), and made inert for
 * spreadsheets like every cell. The cursor of the next page, if any, is in the {@code Link} header.
 */
public final class AuditCsv {

  private static final List<String> HEADINGS =
      List.of(
          "at",
          "id",
          "actor",
          "staff",
          "action",
          "reference",
          "detail",
          "actionInWords",
          "detailInWords");

  private AuditCsv() {}

  /**
   * Answers {@code page} as a CSV download.
   *
   * @param ctx the request
   * @param page the page of the trail read
   * @param texts the words of the language to write it in
   * @param next the address of the page after it
   */
  public static void download(
      Context ctx, AuditPage page, Texts texts, AuditWords.Names names, String next) {
    if (page.next().isPresent()) {
      ctx.header("Link", "<" + next + ">; rel=\"next\"");
    }
    Csv.download(ctx, "audit-trail.csv", texts, lines(page.events(), texts, names));
  }

  /** The events as CSV text. */
  static String of(List<AuditEvent> events, Texts texts, AuditWords.Names names) {
    return Csv.of(lines(events, texts, names));
  }

  private static List<List<String>> lines(
      List<AuditEvent> events, Texts texts, AuditWords.Names names) {
    var lines = new ArrayList<List<String>>();
    lines.add(HEADINGS.stream().map(heading -> texts.text("csv.audit." + heading)).toList());
    for (var event : events) {
      lines.add(
          List.of(
              event.at().toString(),
              event.id().toString(),
              kind(event.actor()),
              event.actor() instanceof Actor.Staff staff ? staff.id().toString() : "",
              event.action().name(),
              event.subject().map(ReportReference::value).orElse(""),
              event.detail(),
              texts.text(Terms.auditAction(event.action().name())),
              AuditWords.of(event, texts, names)));
    }
    return lines;
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
