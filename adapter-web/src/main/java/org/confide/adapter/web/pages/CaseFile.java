package org.confide.adapter.web.pages;

import io.javalin.http.Context;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.confide.adapter.web.PathIds;
import org.confide.adapter.web.pages.view.CasePage;
import org.confide.adapter.web.pages.view.Choice;
import org.confide.adapter.web.pages.view.EscalationLine;
import org.confide.adapter.web.pages.view.FormError;
import org.confide.adapter.web.pages.view.MessageLine;
import org.confide.adapter.web.pages.view.NoteLine;
import org.confide.application.Confide;
import org.confide.application.port.in.Failure;
import org.confide.application.port.in.LookUpFailure;
import org.confide.application.port.in.Outcome;
import org.confide.application.port.in.ReadClosingChoicesUseCase;
import org.confide.application.port.in.ReadExclusionsUseCase;
import org.confide.application.port.in.StaffDenial;
import org.confide.application.port.in.ViewCaseUseCase;
import org.confide.domain.shared.ReportReference;
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

  public CaseFile(Confide confide, Pages pages) {
    this.pages = pages;
    this.session = new StaffSession(confide, pages);
    this.viewCase = confide.viewCase();
    this.readExclusions = confide.readExclusions();
    this.readClosingChoices = confide.readClosingChoices();
  }

  /** How a closed case ended, in one sentence; null when nothing was recorded. */
  private static String closedWith(ViewCaseUseCase.CaseFile file) {
    return file.outcome()
        .map(closed -> {
          var outcome =
              closed.outcome().map(c -> "Outcome: " + c.label() + ".").orElse("No outcome.");
          return closed.tags().isEmpty()
              ? outcome
              : outcome
                  + " Tags: "
                  + String.join(", ", closed.tags().stream().map(c -> c.label()).toList())
                  + ".";
        })
        .orElse(null);
  }

  /** The outcomes and tags offered when closing, those typed before chosen again. */
  private List<List<Choice>> closingChoices(
      StaffSession.Signed signed, Map<String, String> drafts) {
    return switch (readClosingChoices.read(signed.token())) {
      case Outcome.Done<ReadClosingChoicesUseCase.ClosingChoices, StaffDenial>(var lists) -> {
        var outcome = drafts.getOrDefault("outcome", "");
        var tags = List.of(drafts.getOrDefault("tags", "").split(","));
        yield List.of(
            lists.outcomes().offered().stream()
                .map(c -> new Choice(c.key().value(), c.label(), c.key().value().equals(outcome)))
                .toList(),
            lists.tags().offered().stream()
                .map(c -> new Choice(c.key().value(), c.label(), tags.contains(c.key().value())))
                .toList());
      }
      case Outcome.Failed<ReadClosingChoicesUseCase.ClosingChoices, StaffDenial> failed ->
          List.of(List.of(), List.of());
    };
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
  private String line(ReadExclusionsUseCase.Excluded e) {
    return e.adviserName()
        + " ("
        + e.adviser()
        + (e.declared()
            ? "), who declared a conflict on "
            : "), excluded by " + e.excludedBy() + " on ")
        + PageDates.moment(e.at(), pages.zone());
  }

  /** {@code GET /staff/cases/{reference}}. */
  public void caseFile(Context ctx) {
    var signed = session.signedIn(ctx);
    if (signed.isEmpty()) {
      return;
    }
    var notice =
        switch (Optional.ofNullable(ctx.queryParam("done")).orElse("")) {
          case "replied" -> "Your reply has been sent to the reporter.";
          case "entered" -> "The report has been entered, and the case is yours.";
          case "noted" -> "Your note has been added. The reporter cannot see it.";
          case "assigned" -> "The case has been assigned.";
          case "status" -> "The status has been changed.";
          case "escalated" -> "The case has been escalated to the safeguarding leads.";
          case "lifted" ->
              "The exclusion is lifted. The adviser can open the case, be given it and be told"
                  + " about it again.";
          case "excluded" ->
              "The adviser is excluded from this case. They can no longer open it, be given it or"
                  + " be told about it.";
          default -> null;
        };
    show(ctx, signed.get(), PathIds.reference(ctx), notice, Map.of(), List.of(), 200);
  }

  /**
   * The case page, with {@code notice} above it, {@code errors} beside the forms and what was typed
   * into them ({@code drafts}, by field name) kept.
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
    var closing = closingChoices(signed, drafts);
    var excluded = excluded(signed, reference);
    var page =
        new CasePage(
            frame,
            notice,
            errors,
            file.reference().display(),
            PageDates.moment(file.receivedAt(), zone),
            // The status chosen in a form sent back with a problem, else the case's own.
            drafts.getOrDefault("status", file.status().name()),
            StaffWords.status(file.status()),
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
                        m.from() == AuthorSide.REPORTER ? "Reporter" : m.author(),
                        PageDates.moment(m.sentAt(), zone),
                        m.body()))
                .toList(),
            file.thread().responseDueBy().map(d -> PageDates.day(d, zone)).orElse(null),
            file.notes().stream()
                .map(n -> new NoteLine(n.author(), PageDates.moment(n.writtenAt(), zone), n.body()))
                .toList(),
            file.escalations().stream()
                .map(e ->
                    new EscalationLine(
                        e.id().toString(),
                        file.reference().display(),
                        StaffWords.escalation(e.status()),
                        PageDates.moment(e.raisedAt(), zone),
                        e.acknowledgementDueBy().map(d -> PageDates.moment(d, zone)).orElse("–"),
                        false,
                        null,
                        e.steps()))
                .toList(),
            signed.nav().leads(),
            drafts.getOrDefault("reply", ""),
            drafts.getOrDefault("note", ""),
            drafts.getOrDefault("escalate", ""),
            drafts.getOrDefault("reason", ""),
            file.erasureRequestedAt().map(d -> PageDates.day(d, zone)).orElse(null),
            excluded.stream().map(this::line).toList(),
            drafts.getOrDefault("exclude-reason", ""),
            drafts.getOrDefault("conflict", ""),
            closedWith(file),
            closing.get(0),
            closing.get(1),
            excluded.stream()
                .map(
                    e -> new Choice(e.adviser(), e.adviserName() + " (" + e.adviser() + ")", false))
                .toList(),
            drafts.getOrDefault("lift-reason", ""),
            file.entered()
                .map(e -> StaffWords.enteredBy(e.channel()) + ", by " + e.enteredBy())
                .orElse(null));
    pages.render(ctx, status, page);
  }
}
