package org.confide.adapter.web.pages;

import io.javalin.http.Context;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.confide.adapter.web.PathIds;
import org.confide.adapter.web.i18n.Texts;
import org.confide.adapter.web.pages.view.CasePage;
import org.confide.adapter.web.pages.view.Choice;
import org.confide.adapter.web.pages.view.EscalationLine;
import org.confide.adapter.web.pages.view.FormError;
import org.confide.adapter.web.pages.view.MessageLine;
import org.confide.adapter.web.pages.view.NoteLine;
import org.confide.application.Confide;
import org.confide.application.port.in.Failure;
import org.confide.application.port.in.ListTeamNamesUseCase;
import org.confide.application.port.in.LookUpFailure;
import org.confide.application.port.in.Outcome;
import org.confide.application.port.in.ReadClosingChoicesUseCase;
import org.confide.application.port.in.ReadExclusionsUseCase;
import org.confide.application.port.in.StaffDenial;
import org.confide.application.port.in.ViewCaseUseCase;
import org.confide.domain.outcome.ChoiceList;
import org.confide.domain.shared.ReportReference;
import org.confide.domain.team.TeamId;
import org.confide.domain.thread.AuthorSide;

/**
 * A case as its team sees it: who reported and what, the thread with the reporter, the internal
 * notes, and the forms that work it ({@link CaseActions} answers them).
 */
public final class CaseFile {

  private final Pages pages;
  private final StaffSession session;
  private final ViewCaseUseCase viewCase;
  private final ReadExclusionsUseCase readExclusions;
  private final ReadClosingChoicesUseCase readClosingChoices;
  private final ListTeamNamesUseCase listTeamNames;

  public CaseFile(Confide confide, Pages pages) {
    this.pages = pages;
    this.session = new StaffSession(confide, pages);
    this.viewCase = confide.viewCase();
    this.readExclusions = confide.readExclusions();
    this.readClosingChoices = confide.readClosingChoices();
    this.listTeamNames = confide.listTeamNames();
  }

  /**
   * How a closed case ended, in one sentence as safe HTML, each outcome's and tag's label marked
   * with its {@code lang} when not in the page's language; null when nothing was recorded.
   */
  private String closedWith(ViewCaseUseCase.CaseFile file, Texts texts) {
    return file.outcome()
        .map(closed -> {
          var outcome =
              closed
                  .outcome()
                  .map(c ->
                      texts.marked(
                          "case.closedWith.outcome",
                          pages.shownEntry(ChoiceList.OUTCOMES, c, texts)))
                  .orElse(texts.marked("case.closedWith.noOutcome"));
          return closed.tags().isEmpty()
              ? outcome
              : texts.marked(
                  "case.closedWith.tags",
                  new Texts.Markup(outcome),
                  new Texts.Markup(
                      String.join(
                          texts.marked("case.listSeparator"),
                          closed.tags().stream()
                              .map(c -> pages.shownEntry(ChoiceList.TAGS, c, texts).html())
                              .toList())));
        })
        .orElse(null);
  }

  /** The outcomes and tags offered when closing, those typed before chosen again. */
  private List<List<Choice>> closingChoices(
      StaffSession.Signed signed, Map<String, String> drafts, Texts texts) {
    return switch (readClosingChoices.read(signed.token())) {
      case Outcome.Done<ReadClosingChoicesUseCase.ClosingChoices, StaffDenial>(var lists) -> {
        var outcome = drafts.getOrDefault("outcome", "");
        var tags = List.of(drafts.getOrDefault("tags", "").split(","));
        yield List.of(
            lists.outcomes().offered().stream()
                .map(c ->
                    Choice.of(
                        c.key().value(),
                        pages.shownEntry(ChoiceList.OUTCOMES, c, texts),
                        c.key().value().equals(outcome)))
                .toList(),
            lists.tags().offered().stream()
                .map(c ->
                    Choice.of(
                        c.key().value(),
                        pages.shownEntry(ChoiceList.TAGS, c, texts),
                        tags.contains(c.key().value())))
                .toList());
      }
      case Outcome.Failed<ReadClosingChoicesUseCase.ClosingChoices, StaffDenial> failed ->
          List.of(List.of(), List.of());
    };
  }

  /** The teams, and the case's team, for the form that moves it; none for whoever may not. */
  private ListTeamNamesUseCase.TeamNames teams(
      StaffSession.Signed signed, ReportReference reference) {
    return switch (listTeamNames.list(signed.token(), Optional.of(reference))) {
      case Outcome.Done<ListTeamNamesUseCase.TeamNames, StaffDenial>(var names) -> names;
      case Outcome.Failed<ListTeamNamesUseCase.TeamNames, StaffDenial> failed ->
          new ListTeamNamesUseCase.TeamNames(List.of(), Optional.empty());
    };
  }

  private static Optional<String> named(ListTeamNamesUseCase.TeamNames teams, TeamId id) {
    return teams.teams().stream().filter(t -> t.id().equals(id)).findFirst().map(t -> t.name());
  }

  /** Who is excluded from the case, for a lead; none for anyone else. */
  private List<ReadExclusionsUseCase.Excluded> excluded(
      StaffSession.Signed signed, ReportReference reference) {
    if (!signed.nav().leads()) {
      return List.of();
    }
    return switch (readExclusions.read(
        signed.token(), new ReadExclusionsUseCase.Command(reference))) {
      case Outcome.Done<List<ReadExclusionsUseCase.Excluded>, LookUpFailure>(var list) -> list;
      case Outcome.Failed<List<ReadExclusionsUseCase.Excluded>, LookUpFailure> failed -> List.of();
    };
  }

  /** Each exclusion as a line. */
  private String line(ReadExclusionsUseCase.Excluded e, Texts texts) {
    var at = PageDates.moment(e.at(), pages.zone(), texts);
    return e.declared()
        ? texts.text("case.conflicts.declared", e.adviserName(), e.adviser(), at)
        : texts.text("case.conflicts.excludedBy", e.adviserName(), e.adviser(), e.excludedBy(), at);
  }

  /** {@code GET /staff/cases/{reference}}. */
  public void caseFile(Context ctx) {
    var signed = session.signedIn(ctx);
    if (signed.isEmpty()) {
      return;
    }
    // The message key of what was just done, said above the case.
    var notice =
        switch (Optional.ofNullable(ctx.queryParam("done")).orElse("")) {
          case "replied",
              "entered",
              "noted",
              "assigned",
              "status",
              "escalated",
              "lifted",
              "excluded" ->
              "case.done." + ctx.queryParam("done");
          default -> null;
        };
    show(ctx, signed.get(), PathIds.reference(ctx), notice, Map.of(), List.of(), 200);
  }

  /**
   * The case page, with {@code notice} (a message key) above it, {@code errors} beside the forms
   * and what was typed into them ({@code drafts}, by field name) kept.
   */
  void show(
      Context ctx,
      StaffSession.Signed signed,
      ReportReference reference,
      String notice,
      Map<String, String> drafts,
      List<FormError> errors,
      int status) {
    var frame = session.frame(ctx, signed);
    ViewCaseUseCase.CaseFile file;
    switch (viewCase.view(signed.token(), new ViewCaseUseCase.Command(reference))) {
      case Outcome.Done<ViewCaseUseCase.CaseFile, LookUpFailure>(var found) -> file = found;
      case Outcome.Failed<ViewCaseUseCase.CaseFile, LookUpFailure>(var failure) -> {
        // Whatever kept the case from the holder, the page says only that it is not theirs to
        // see, as it says of a case that does not exist.
        switch (failure) {
          case Failure.NotFound notFound -> session.notFound(ctx, frame);
          case Failure.Forbidden forbidden -> session.notFound(ctx, frame);
          case Failure.Unauthenticated unauthenticated -> session.notFound(ctx, frame);
          case Failure.TwoFactorFirst twoFactorFirst -> session.notFound(ctx, frame);
        }
        return;
      }
    }
    var zone = pages.zone();
    var texts = frame.texts();
    var closing = closingChoices(signed, drafts, texts);
    var excluded = excluded(signed, reference);
    var teams = teams(signed, reference);
    var page =
        new CasePage(
            frame,
            notice,
            errors,
            file.reference().display(),
            PageDates.moment(file.receivedAt(), zone, texts),
            // The status chosen in a form sent back with a problem, else the case's own.
            drafts.getOrDefault("status", file.status().name()),
            StaffWords.status(file.status(), texts),
            file.risk().name().toLowerCase(Locale.ROOT),
            file.assignee().orElse(null),
            signed.who().email(),
            pages.answerLines(file.answers(), frame),
            file.account().orElse(null),
            file.contact().orElse(null),
            file.supportRequested(),
            file.supportPreference().orElse(null),
            file.twoWayMessaging(),
            file.thread().messages().stream()
                .map(m ->
                    new MessageLine(
                        m.from() == AuthorSide.REPORTER,
                        m.from() == AuthorSide.REPORTER ? texts.text("staff.reporter") : m.author(),
                        PageDates.moment(m.sentAt(), zone, texts),
                        m.body()))
                .toList(),
            file.thread().responseDueBy().map(d -> PageDates.day(d, zone, texts)).orElse(null),
            file.notes().stream()
                .map(n ->
                    new NoteLine(
                        n.author(), PageDates.moment(n.writtenAt(), zone, texts), n.body()))
                .toList(),
            file.escalations().stream()
                .map(e ->
                    new EscalationLine(
                        e.id().toString(),
                        file.reference().display(),
                        StaffWords.escalation(e.status(), texts),
                        PageDates.moment(e.raisedAt(), zone, texts),
                        e.acknowledgementDueBy()
                            .map(d -> PageDates.moment(d, zone, texts))
                            .orElse(texts.text("staff.dash")),
                        false,
                        null,
                        e.steps()))
                .toList(),
            signed.nav().leads(),
            drafts.getOrDefault("reply", ""),
            drafts.getOrDefault("note", ""),
            drafts.getOrDefault("escalate", ""),
            drafts.getOrDefault("reason", ""),
            file.erasureRequestedAt().map(d -> PageDates.day(d, zone, texts)).orElse(null),
            excluded.stream().map(e -> line(e, texts)).toList(),
            drafts.getOrDefault("exclude-reason", ""),
            drafts.getOrDefault("conflict", ""),
            closedWith(file, texts),
            closing.get(0),
            closing.get(1),
            excluded.stream()
                .map(e ->
                    new Choice(
                        e.adviser(),
                        texts.text("case.conflicts.adviser", e.adviserName(), e.adviser()),
                        false))
                .toList(),
            drafts.getOrDefault("lift-reason", ""),
            file.entered()
                .map(e ->
                    texts.text(
                        "staff.enteredByWhom",
                        StaffWords.enteredBy(e.channel(), texts),
                        e.enteredBy()))
                .orElse(null),
            teams.teamOfCase().flatMap(id -> named(teams, id)).orElse(null),
            teams.teams().stream()
                .filter(t -> teams.teamOfCase().filter(t.id()::equals).isEmpty())
                .map(t ->
                    new Choice(
                        t.id().toString(),
                        t.name(),
                        t.id().toString().equals(drafts.get("move-team"))))
                .toList(),
            drafts.getOrDefault("move-reason", ""),
            drafts);
    pages.render(ctx, status, page);
  }
}
