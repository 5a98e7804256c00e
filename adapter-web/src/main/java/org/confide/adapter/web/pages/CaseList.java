package org.confide.adapter.web.pages;

import static java.nio.charset.StandardCharsets.UTF_8;

import io.javalin.http.Context;
import java.net.URLEncoder;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.confide.adapter.web.EnumNames;
import org.confide.adapter.web.i18n.Texts;
import org.confide.adapter.web.pages.view.CaseRow;
import org.confide.adapter.web.pages.view.CasesPage;
import org.confide.adapter.web.pages.view.Choice;
import org.confide.adapter.web.pages.view.FormError;
import org.confide.adapter.web.pages.view.Frame;
import org.confide.application.Confide;
import org.confide.application.port.in.Failure;
import org.confide.application.port.in.ListCasesUseCase;
import org.confide.application.port.in.ListCasesUseCase.CasePage;
import org.confide.application.port.in.ListTeamNamesUseCase;
import org.confide.application.port.in.Outcome;
import org.confide.application.port.in.ReadClosingChoicesUseCase;
import org.confide.application.port.in.ReadClosingChoicesUseCase.ClosingChoices;
import org.confide.application.port.in.StaffDenial;
import org.confide.application.port.in.StaffRequestFailure;
import org.confide.domain.outcome.ChoiceList;
import org.confide.domain.outcome.Choices;
import org.confide.domain.shared.ReportReference;

/**
 * The case lists: the queue, the holder's own cases, the unread, the overdue, the escalated, and
 * every case the holder may open, each narrowed by the search form (a GET form, so it works without
 * JavaScript and its pages can be linked).
 */
public final class CaseList {

  private final Pages pages;
  private final StaffSession session;

  /** The search form's fields, also the API's query parameters. */
  private static final List<String> SEARCH =
      List.of("reference", "status", "team", "assignee", "outcome", "tag", "from", "to");

  private final ListCasesUseCase listCases;
  private final ReadClosingChoicesUseCase readChoices;
  private final ListTeamNamesUseCase listTeamNames;

  public CaseList(Confide confide, Pages pages) {
    this.pages = pages;
    this.session = new StaffSession(confide, pages);
    this.listCases = confide.listCases();
    this.readChoices = confide.readClosingChoices();
    this.listTeamNames = confide.listTeamNames();
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
    var texts = frame.texts();
    var page =
        new ListCasesUseCase.PageRequest(
            Optional.ofNullable(ctx.queryParam("after")),
            Optional.ofNullable(ctx.queryParam("before")),
            ListCasesUseCase.PAGE_SIZE);
    var viewName = view.name().toLowerCase(Locale.ROOT);
    var typed = new LinkedHashMap<String, String>();
    for (var name : SEARCH) {
      Optional.ofNullable(ctx.queryParam(name))
          .map(String::strip)
          .filter(text -> !text.isEmpty())
          .ifPresent(text -> typed.put(name, text));
    }
    // The view and the search as they stand, for the links to the pages either side.
    var here =
        "/staff/cases?view="
            + viewName
            + typed.entrySet().stream()
                .map(e -> "&" + e.getKey() + "=" + URLEncoder.encode(e.getValue(), UTF_8))
                .collect(Collectors.joining());
    var command =
        new ListCasesUseCase.Command(
            view,
            page,
            Optional.ofNullable(typed.get("team")),
            new ListCasesUseCase.Search(
                Optional.ofNullable(typed.get("reference")),
                Optional.ofNullable(typed.get("status")),
                Optional.ofNullable(typed.get("assignee")),
                Optional.ofNullable(typed.get("outcome")),
                Optional.ofNullable(typed.get("tag")),
                Optional.ofNullable(typed.get("from")),
                Optional.ofNullable(typed.get("to"))));
    switch (listCases.list(signed.get().token(), command)) {
      case Outcome.Done<CasePage, StaffRequestFailure>(var found) -> {
        var zone = pages.zone();
        render(
            ctx,
            signed.get(),
            200,
            new CasesPage(
                frame,
                viewName,
                found.cases().stream().map(c -> row(c, zone, texts)).toList(),
                found.next().map(c -> here + "&after=" + c),
                found.previous().map(c -> here + "&before=" + c),
                // After a declared conflict the case is no longer the adviser's to see.
                Optional.ofNullable(ctx.queryParam("done"))
                    .filter("conflict"::equals)
                    .map(done -> texts.text("cases.done.conflict"))
                    .or(() -> entered(ctx, texts))
                    .or(() -> moved(ctx, frame)),
                typed,
                List.of(),
                List.of(),
                List.of(),
                List.of()));
      }
      // A search that names nothing: the form again, saying what.
      case Outcome.Failed<CasePage, StaffRequestFailure>(Failure.Invalid invalid)
          when !typed.isEmpty() ->
          render(
              ctx,
              signed.get(),
              400,
              new CasesPage(
                  frame,
                  viewName,
                  List.of(),
                  Optional.empty(),
                  Optional.empty(),
                  Optional.empty(),
                  typed,
                  List.of(),
                  List.of(),
                  invalid.problems().stream().map(p -> FormError.of(p.field(), p, texts)).toList(),
                  List.of()));
      // A page link gone stale or mistyped: the list from its start.
      case Outcome.Failed<CasePage, StaffRequestFailure>(Failure.Invalid invalid) ->
          Pages.seeOther(ctx, "/staff/cases?view=" + viewName);
      case Outcome.Failed<CasePage, StaffRequestFailure>(Failure.Forbidden forbidden) ->
          pages.message(
              ctx,
              403,
              frame,
              texts.text("staff.notPartOfRole"),
              texts.text("cases.forbidden"),
              null,
              null);
      // The session ended, or must set up two-factor sign-in, since the page began: sent on.
      case Outcome.Failed<CasePage, StaffRequestFailure>(Failure.Unauthenticated gone) ->
          session.signedIn(ctx);
      case Outcome.Failed<CasePage, StaffRequestFailure>(Failure.TwoFactorFirst first) ->
          session.signedIn(ctx);
    }
  }

  /** Renders {@code page} with the outcomes and tags the search form offers. */
  private void render(Context ctx, StaffSession.Signed signed, int status, CasesPage page) {
    var outcomes = List.<Choice>of();
    var tags = List.<Choice>of();
    if (readChoices.read(signed.token())
        instanceof Outcome.Done<ClosingChoices, StaffDenial>(var lists)) {
      var texts = page.frame().texts();
      outcomes = choices(ChoiceList.OUTCOMES, lists.outcomes(), page.typed("outcome"), texts);
      tags = choices(ChoiceList.TAGS, lists.tags(), page.typed("tag"), texts);
    }
    pages.render(
        ctx,
        status,
        new CasesPage(
            page.frame(),
            page.view(),
            page.rows(),
            page.next(),
            page.previous(),
            page.notice(),
            page.search(),
            outcomes,
            tags,
            page.errors(),
            teams(signed, page.typed("team"))));
  }

  /** The teams whose cases the holder sees, to narrow the list to one; none without teams. */
  private List<Choice> teams(StaffSession.Signed signed, String chosen) {
    return switch (listTeamNames.list(signed.token(), Optional.empty())) {
      case Outcome.Done<ListTeamNamesUseCase.TeamNames, StaffDenial>(var names) ->
          names.seen().stream()
              .map(t -> new Choice(t.id().toString(), t.name(), t.id().toString().equals(chosen)))
              .toList();
      case Outcome.Failed<ListTeamNamesUseCase.TeamNames, StaffDenial> failed -> List.of();
    };
  }

  /** After a case was moved to another team: which case, since it may have left this list. */
  private static Optional<String> moved(Context ctx, Frame frame) {
    return Optional.ofNullable(ctx.queryParam("done"))
        .filter("moved"::equals)
        .flatMap(done -> Optional.ofNullable(ctx.queryParam("reference")))
        .flatMap(ReportReference::read)
        .map(reference -> frame.t("case.move.done", reference.display()));
  }

  // Every entry, retired ones too, since old cases keep them.
  private List<Choice> choices(ChoiceList which, Choices list, String chosen, Texts texts) {
    return list.all().stream()
        .map(c ->
            c.retired()
                // An option holds text alone: a retired label, in a sentence of the page's
                // language, cannot have its own lang.
                ? new Choice(
                    c.key().value(),
                    texts.text("cases.search.retired", pages.entry(which, c, texts)),
                    c.key().value().equals(chosen))
                : Choice.of(
                    c.key().value(),
                    pages.shownEntry(which, c, texts),
                    c.key().value().equals(chosen)))
        .toList();
  }

  private static CaseRow row(ListCasesUseCase.CaseSummary c, ZoneId zone, Texts texts) {
    String note;
    if (c.responseDueBy().isEmpty()) {
      note = texts.text("cases.due.none");
    } else if (c.overdue()) {
      note = texts.text("cases.due.overdue", c.overdueWorkingDays());
    } else {
      note = texts.text("cases.due.in", c.workingDaysLeft());
    }
    return new CaseRow(
        c.reference().display(),
        PageDates.shortDay(c.receivedAt(), zone, texts),
        StaffWords.status(c.status(), texts),
        c.risk().name().toLowerCase(Locale.ROOT),
        c.anonymous(),
        c.assignee().orElse(texts.text("staff.dash")),
        c.unreadMessages(),
        c.responseDueBy()
            .map(d -> PageDates.shortDay(d, zone, texts))
            .orElse(texts.text("staff.dash")),
        note,
        c.overdue(),
        c.escalated(),
        c.channel().map(channel -> StaffWords.enteredBy(channel, texts)).orElse(""));
  }

  /** After a report was entered and left in a queue: which report, so the adviser can say. */
  private static Optional<String> entered(Context ctx, Texts texts) {
    return Optional.ofNullable(ctx.queryParam("done"))
        .filter("entered"::equals)
        .flatMap(done -> Optional.ofNullable(ctx.queryParam("reference")))
        .flatMap(ReportReference::read)
        .map(reference -> texts.text("cases.done.entered", reference.display()));
  }
}
