package org.confide.adapter.web.pages;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.confide.adapter.web.i18n.ProblemWords;
import org.confide.adapter.web.i18n.Texts;
import org.confide.adapter.web.pages.view.ClosingChoicesPage;
import org.confide.adapter.web.pages.view.FormError;
import org.confide.adapter.web.pages.view.Frame;
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
import org.confide.domain.shared.Language;
import org.confide.domain.shared.OwnText;

/**
 * The administrator's page of outcomes and tags, without JavaScript: each list a form of its
 * labels, one a line, in the order offered when a case closes; one box per language offered, the
 * same line of each box the same entry (a line typed in the first language's box alone is a plain
 * label, the first language's).
 */
public final class ClosingChoicesSettings {

  private final Pages pages;
  private final StaffSession session;
  private final ReadClosingChoicesUseCase readChoices;
  private final ChangeClosingChoicesUseCase changeChoices;
  private final OwnWordsForm ownWords;

  public ClosingChoicesSettings(Confide confide, Pages pages) {
    this.pages = pages;
    this.ownWords = new OwnWordsForm(pages.languages());
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
    var typed = ownWords.readAsTyped(ctx, "entries");
    if (PageLanguages.switching(ctx)) {
      // The list as typed, in the language asked for; nothing checked or saved.
      show(ctx, signed.get(), null, List.of(), new Typed(list, typed), 200);
      return;
    }
    switch (changeChoices.change(
        signed.get().token(), new ChangeClosingChoicesUseCase.Command(list, labels(typed)))) {
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

  /** What was typed into one list's form, in each language's box, kept when it was refused. */
  private record Typed(ChoiceList list, Map<Language, String> text) {}

  /**
   * The labels typed, line by line: the same line of each language's box is one entry, and a line
   * blank in every box is none.
   */
  private List<OwnText.Typed> labels(Map<Language, String> typed) {
    var lines = new LinkedHashMap<Language, List<String>>();
    int most = 0;
    for (var box : typed.entrySet()) {
      var boxLines = box.getValue().lines().map(String::strip).toList();
      lines.put(box.getKey(), boxLines);
      most = Math.max(most, boxLines.size());
    }
    var labels = new ArrayList<OwnText.Typed>();
    for (int i = 0; i < most; i++) {
      var entry = new LinkedHashMap<Language, String>();
      for (var box : lines.entrySet()) {
        entry.put(box.getKey(), i < box.getValue().size() ? box.getValue().get(i) : "");
      }
      if (!OwnWordsForm.blank(entry)) {
        labels.add(ownWords.typed(entry));
      }
    }
    return labels;
  }

  /**
   * What to put right in the list, in the words of {@code texts}: "outcomes[2]" is the third line
   * kept; a problem with the whole list has no line.
   */
  private static String problem(FieldProblem problem, Texts texts) {
    var field = problem.field();
    var open = field.indexOf('[');
    var close = field.indexOf(']');
    if (open < 0 || close < open) {
      return ProblemWords.of(problem, texts);
    }
    var line = Integer.parseInt(field.substring(open + 1, close)) + 1;
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
                  boxes(
                      ChoiceList.OUTCOMES,
                      typed != null && typed.list() == ChoiceList.OUTCOMES
                          ? typed.text()
                          : lines(lists.outcomes())),
                  boxes(
                      ChoiceList.TAGS,
                      typed != null && typed.list() == ChoiceList.TAGS
                          ? typed.text()
                          : lines(lists.tags())),
                  retired(ChoiceList.OUTCOMES, lists.outcomes(), frame),
                  retired(ChoiceList.TAGS, lists.tags(), frame),
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

  /** {@return each language's box of {@code list}, holding {@code text}} */
  private List<ClosingChoicesPage.LabelsBox> boxes(ChoiceList list, Map<Language, String> text) {
    return ownWords.boxes("entries", text).stream()
        .map(box ->
            new ClosingChoicesPage.LabelsBox(
                list.field() + box.id().substring("entries".length()),
                box.id(),
                box.lang(),
                box.languageName(),
                box.value()))
        .toList();
  }

  /** {@return the labels offered in each language's box, one a line, blank where not written} */
  private Map<Language, String> lines(Choices choices) {
    var lines = new LinkedHashMap<Language, String>();
    for (var language : pages.languages().offered()) {
      var first = pages.languages().first().language();
      lines.put(
          language,
          String.join(
              "\n",
              choices.offered().stream()
                  .map(choice -> choice.label().given(language, first).orElse(""))
                  .toList()));
    }
    return lines;
  }

  private List<String> retired(ChoiceList list, Choices choices, Frame frame) {
    return choices.all().stream()
        .filter(Choice::retired)
        .map(choice -> pages.entry(list, choice, frame.texts()))
        .toList();
  }
}
