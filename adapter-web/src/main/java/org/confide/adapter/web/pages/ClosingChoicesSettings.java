package org.confide.adapter.web.pages;

import io.javalin.http.Context;
import java.util.List;
import java.util.Optional;
import org.confide.adapter.web.i18n.ProblemWords;
import org.confide.adapter.web.i18n.Texts;
import org.confide.adapter.web.pages.view.ClosingChoicesPage;
import org.confide.adapter.web.pages.view.FormError;
import org.confide.application.Confide;
import org.confide.application.port.in.ChangeClosingChoicesUseCase;
import org.confide.application.port.in.Failure;
import org.confide.application.port.in.Outcome;
import org.confide.application.port.in.ReadClosingChoicesUseCase;
import org.confide.application.port.in.ReadClosingChoicesUseCase.ClosingChoices;
import org.confide.application.port.in.StaffDenial;
import org.confide.application.port.in.StaffRequestFailure;
import org.confide.domain.outcome.Choice;
import org.confide.domain.outcome.ChoiceList;
import org.confide.domain.outcome.Choices;
import org.confide.domain.shared.FieldProblem;

/**
 * The administrator's page of outcomes and tags, without JavaScript: each list a form of its
 * labels, one a line, in the order offered when a case closes.
 */
public final class ClosingChoicesSettings {

  private final Pages pages;
  private final StaffSession session;
  private final ReadClosingChoicesUseCase readChoices;
  private final ChangeClosingChoicesUseCase changeChoices;

  public ClosingChoicesSettings(Confide confide, Pages pages) {
    this.pages = pages;
    this.session = new StaffSession(confide, pages);
    this.readChoices = confide.readClosingChoices();
    this.changeChoices = confide.changeClosingChoices();
  }

  /**
   * {@code GET /staff/admin/outcomes}: for administrators alone, although staff who close cases
   * read the lists too (on the case page).
   */
  public void outcomes(Context ctx) {
    var signed = session.signedIn(ctx);
    if (signed.isEmpty()) {
      return;
    }
    if (!signed.get().nav().administers()) {
      Administration.forbidden(pages, ctx, session.frame(ctx, signed.get()));
      return;
    }
    show(ctx, signed.get(), Administration.notice(ctx), List.of(), null, 200);
  }

  /** {@code POST /staff/admin/outcomes}: one list's labels, one a line; blank lines are skipped. */
  public void save(Context ctx) {
    var signed = session.signedIn(ctx);
    if (signed.isEmpty()) {
      return;
    }
    var list = "tags".equals(ctx.formParam("list")) ? ChoiceList.TAGS : ChoiceList.OUTCOMES;
    var typed = Optional.ofNullable(ctx.formParam("entries")).orElse("");
    if (PageLanguages.switching(ctx)) {
      // The list as typed, in the language asked for; nothing checked or saved.
      show(ctx, signed.get(), null, List.of(), new Typed(list, typed), 200);
      return;
    }
    var lines = typed.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
    switch (changeChoices.change(
        signed.get().token(), new ChangeClosingChoicesUseCase.Command(list, lines))) {
      case Outcome.Done<Choices, StaffRequestFailure> saved ->
          Pages.seeOther(ctx, "/staff/admin/outcomes?done=saved");
      case Outcome.Failed<Choices, StaffRequestFailure>(var failure) -> {
        switch (failure) {
          case Failure.Invalid invalid -> {
            var texts = pages.texts(ctx);
            show(
                ctx,
                signed.get(),
                null,
                invalid.problems().stream()
                    .map(p -> new FormError(list.field(), problem(p, texts)))
                    .distinct()
                    .toList(),
                new Typed(list, typed),
                400);
          }
          case Failure.Unauthenticated gone -> session.signedIn(ctx);
          case Failure.Forbidden forbidden ->
              Administration.forbidden(pages, ctx, session.frame(ctx, signed.get()));
          case Failure.TwoFactorFirst first ->
              Administration.forbidden(pages, ctx, session.frame(ctx, signed.get()));
        }
      }
    }
  }

  /** What was typed into one list's form, kept when it was refused. */
  private record Typed(ChoiceList list, String text) {}

  /**
   * What to put right in the list, in the words of {@code texts}: "outcomes[2]" is the third line
   * kept; a problem with the whole list has no line.
   */
  private static String problem(FieldProblem problem, Texts texts) {
    var field = problem.field();
    var open = field.indexOf('[');
    if (open < 0) {
      return ProblemWords.of(problem, texts);
    }
    var line = Integer.parseInt(field.substring(open + 1, field.length() - 1)) + 1;
    return texts.text("admin.outcomes.error.lineSaid", line, ProblemWords.of(problem, texts));
  }

  private void show(
      Context ctx,
      StaffSession.Signed signed,
      String notice,
      List<FormError> errors,
      Typed typed,
      int status) {
    var frame = session.frame(ctx, signed);
    switch (readChoices.read(signed.token())) {
      case Outcome.Done<ClosingChoices, StaffDenial>(var lists) ->
          pages.render(
              ctx,
              status,
              new ClosingChoicesPage(
                  frame,
                  notice,
                  errors,
                  typed != null && typed.list() == ChoiceList.OUTCOMES
                      ? typed.text()
                      : lines(lists.outcomes()),
                  typed != null && typed.list() == ChoiceList.TAGS
                      ? typed.text()
                      : lines(lists.tags()),
                  retired(lists.outcomes()),
                  retired(lists.tags()),
                  (typed != null ? typed.list() : ChoiceList.OUTCOMES).field() + "-form"));
      case Outcome.Failed<ClosingChoices, StaffDenial>(var failure) -> {
        switch (failure) {
          case Failure.Unauthenticated gone -> session.signedIn(ctx);
          case Failure.Forbidden forbidden -> Administration.forbidden(pages, ctx, frame);
          case Failure.TwoFactorFirst first -> Administration.forbidden(pages, ctx, frame);
        }
      }
    }
  }

  private static String lines(Choices choices) {
    return String.join("\n", choices.offered().stream().map(Choice::label).toList());
  }

  private static List<String> retired(Choices choices) {
    return choices.all().stream().filter(Choice::retired).map(Choice::label).toList();
  }
}
