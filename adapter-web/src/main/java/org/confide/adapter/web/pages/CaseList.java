package org.confide.adapter.web.pages;

import io.javalin.http.Context;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;
import org.confide.adapter.web.EnumNames;
import org.confide.adapter.web.pages.view.CaseRow;
import org.confide.adapter.web.pages.view.CasesPage;
import org.confide.application.Confide;
import org.confide.application.port.in.Failure;
import org.confide.application.port.in.ListCasesUseCase;
import org.confide.application.port.in.ListCasesUseCase.CasePage;
import org.confide.application.port.in.Outcome;
import org.confide.application.port.in.StaffRequestFailure;
import org.confide.domain.shared.ReportReference;

/** The case lists: the queue, the holder's own cases, the unread, the overdue, the escalated. */
public final class CaseList {

  private static final String CONFLICT_DECLARED =
      "You declared a conflict of interest. The case is no longer shown to you, and the"
          + " safeguarding leads can read why.";

  private final Pages pages;
  private final StaffSession session;
  private final ListCasesUseCase listCases;

  public CaseList(Confide confide, Pages pages) {
    this.pages = pages;
    this.session = new StaffSession(confide, pages);
    this.listCases = confide.listCases();
  }

  /** {@code GET /staff/cases?view=...}. */
  public void cases(Context ctx) {
    var signed = session.signedIn(ctx);
    if (signed.isEmpty()) {
      return;
    }
    var viewText = Optional.ofNullable(ctx.queryParam("view")).orElse("queue");
    var view =
        EnumNames.named(ListCasesUseCase.View.class, viewText.toUpperCase(Locale.ROOT))
            .orElse(ListCasesUseCase.View.QUEUE);
    var frame = session.frame(ctx, signed.get());
    var page =
        new ListCasesUseCase.PageRequest(
            Optional.ofNullable(ctx.queryParam("after")),
            Optional.ofNullable(ctx.queryParam("before")),
            ListCasesUseCase.PAGE_SIZE);
    var viewName = view.name().toLowerCase(Locale.ROOT);
    switch (listCases.list(signed.get().token(), new ListCasesUseCase.Command(view, page))) {
      case Outcome.Done<CasePage, StaffRequestFailure>(var found) -> {
        var zone = pages.zone();
        pages.render(
            ctx,
            200,
            new CasesPage(
                frame,
                viewName,
                found.cases().stream().map(c -> row(c, zone)).toList(),
                found.next().map(c -> "/staff/cases?view=" + viewName + "&after=" + c),
                found.previous().map(c -> "/staff/cases?view=" + viewName + "&before=" + c),
                // After a declared conflict the case is no longer the adviser's to see.
                Optional.ofNullable(ctx.queryParam("done"))
                    .filter("conflict"::equals)
                    .map(done -> CONFLICT_DECLARED)
                    .or(() -> entered(ctx))));
      }
      // A page link gone stale or mistyped: the list from its start.
      case Outcome.Failed<CasePage, StaffRequestFailure>(Failure.Invalid invalid) ->
          Pages.seeOther(ctx, "/staff/cases?view=" + viewName);
      case Outcome.Failed<CasePage, StaffRequestFailure>(Failure.Forbidden forbidden) ->
          pages.message(
              ctx,
              403,
              frame,
              "Not part of your role",
              "Case lists are for advisers and safeguarding leads.",
              null,
              null);
      // The session ended, or must set up two-factor sign-in, since the page began: sent on.
      case Outcome.Failed<CasePage, StaffRequestFailure>(Failure.Unauthenticated gone) ->
          session.signedIn(ctx);
      case Outcome.Failed<CasePage, StaffRequestFailure>(Failure.TwoFactorFirst first) ->
          session.signedIn(ctx);
    }
  }

  private static CaseRow row(ListCasesUseCase.CaseSummary c, ZoneId zone) {
    String note;
    if (c.responseDueBy().isEmpty()) {
      note = "no response awaited";
    } else if (c.overdue()) {
      note =
          c.overdueWorkingDays() == 0
              ? "overdue today"
              : "overdue by " + days(c.overdueWorkingDays());
    } else {
      note = c.workingDaysLeft() == 0 ? "due today" : "in " + days(c.workingDaysLeft());
    }
    return new CaseRow(
        c.reference().display(),
        Pages.shortDay(c.receivedAt(), zone),
        StaffWords.status(c.status()),
        c.risk().name().toLowerCase(Locale.ROOT),
        c.anonymous(),
        c.assignee().orElse("–"),
        c.unreadMessages(),
        c.responseDueBy().map(d -> Pages.shortDay(d, zone)).orElse("–"),
        note,
        c.overdue(),
        c.escalated(),
        c.channel().map(StaffWords::enteredBy).orElse(""));
  }

  /** After a report was entered and left in a queue: which report, so the adviser can say. */
  private static Optional<String> entered(Context ctx) {
    return Optional.ofNullable(ctx.queryParam("done"))
        .filter("entered"::equals)
        .flatMap(done -> Optional.ofNullable(ctx.queryParam("reference")))
        .flatMap(ReportReference::read)
        .map(reference ->
            "The report "
                + reference.display()
                + " has been entered. It waits in its team's queue like any new report.");
  }

  private static String days(int n) {
    return n + (n == 1 ? " working day" : " working days");
  }
}
