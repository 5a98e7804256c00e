package org.confide.adapter.web.pages;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.confide.adapter.web.pages.view.FormError;
import org.confide.adapter.web.pages.view.QuestionEditPage;
import org.confide.adapter.web.pages.view.QuestionEditPage.OptionRow;
import org.confide.application.Confide;
import org.confide.application.port.in.EditQuestionnaireDraftUseCase;
import org.confide.application.port.in.EditQuestionnaireDraftUseCase.ChangeQuestion;
import org.confide.application.port.in.EditQuestionnaireDraftUseCase.Draft;
import org.confide.application.port.in.Outcome;
import org.confide.application.port.in.StaffRequestFailure;
import org.confide.domain.questionnaire.Option;
import org.confide.domain.questionnaire.OptionId;
import org.confide.domain.questionnaire.Question;
import org.confide.domain.questionnaire.QuestionnaireDocument.OptionEntry;
import org.confide.domain.questionnaire.QuestionnaireDocument.QuestionEntry;
import org.confide.domain.questionnaire.SafeguardingSignal;
import org.confide.domain.shared.FieldProblem;

/**
 * One question of the administrator's draft on a page of its own: its words, its hint, whether it
 * must be answered, and for a choice its options. Every button sends the whole form, so what was
 * typed is kept whichever is pressed: save, add an option, or move or remove one. An option keeps
 * its id (and so its safeguarding signal) when renamed or moved; a new one gets an id from its
 * label.
 */
public final class QuestionEditing {

  private final Pages pages;
  private final StaffSession session;
  private final EditQuestionnaireDraftUseCase drafts;

  public QuestionEditing(Confide confide, Pages pages) {
    this.pages = pages;
    this.session = new StaffSession(confide, pages);
    this.drafts = confide.editQuestionnaireDraft();
  }

  /** {@code GET /staff/admin/questionnaire/questions/{index}}. */
  public void question(Context ctx) {
    var signed = session.signedIn(ctx);
    if (signed.isEmpty()) {
      return;
    }
    switch (drafts.draft(signed.get().token())) {
      case Outcome.Done<Draft, StaffRequestFailure>(var draft) -> {
        var index = index(ctx, draft);
        if (index.isEmpty()) {
          session.notFound(ctx, session.frame(ctx, signed.get()));
          return;
        }
        var question = draft.questionnaire().questions().get(index.get());
        var notice =
            "saved".equals(ctx.queryParam("done")) ? "The change is kept in your draft." : null;
        show(ctx, signed.get(), draft, index.get(), edited(question), "", notice, List.of(), 200);
      }
      case Outcome.Failed<Draft, StaffRequestFailure>(var failure) ->
          Administration.failed(pages, session, ctx, signed.get(), failure, problems -> {});
    }
  }

  /** {@code POST /staff/admin/questionnaire/questions/{index}}: save, or change the options. */
  public void saveQuestion(Context ctx) {
    var signed = session.signedIn(ctx);
    if (signed.isEmpty()) {
      return;
    }
    var read = drafts.draft(signed.get().token());
    if (!(read instanceof Outcome.Done<Draft, StaffRequestFailure>(var draft))) {
      Administration.failed(
          pages,
          session,
          ctx,
          signed.get(),
          ((Outcome.Failed<Draft, StaffRequestFailure>) read).failure(),
          problems -> {});
      return;
    }
    var index = index(ctx, draft);
    if (index.isEmpty()) {
      session.notFound(ctx, session.frame(ctx, signed.get()));
      return;
    }
    var question = draft.questionnaire().questions().get(index.get());
    var typed = typed(ctx, question);
    var action = Optional.ofNullable(ctx.formParam("action")).orElse("save");
    var newOption = field(ctx, "option-new");
    var options = new ArrayList<>(typed.options());
    if (question.kind().isChoice() && !newOption.isBlank()) {
      options.add(new OptionRow(options.size(), newId(newOption, options), newOption, null));
    }
    apply(action, options);
    var edited = new Edited(typed.text(), typed.hint(), typed.required(), renumbered(options));
    var entry =
        new QuestionEntry(
            question.id().value(),
            edited.text(),
            question.kind().name(),
            edited.required(),
            edited.hint().isBlank() ? null : edited.hint(),
            question.maxLength().isPresent() ? question.maxLength().getAsInt() : null,
            question.kind().isChoice()
                ? edited.options().stream()
                    .map(o -> new OptionEntry(o.id(), o.label(), signalOf(question, o.id())))
                    .toList()
                : null);
    var path = "questions[" + index.get() + "]";
    // Shown again after a problem: the options kept so far, and the new one still to add.
    var shown =
        new Edited(
            edited.text(),
            edited.hint(),
            edited.required(),
            renumbered(
                edited.options().stream()
                    .filter(o -> question.option(OptionId.of(o.id())).isPresent())
                    .toList()));
    switch (drafts.change(signed.get().token(), new ChangeQuestion(index.get(), entry))) {
      case Outcome.Done<Draft, StaffRequestFailure> done ->
          Pages.seeOther(
              ctx,
              action.equals("save")
                  ? QuestionnaireSettings.PAGE + "?done=saved"
                  : QuestionnaireSettings.PAGE + "/questions/" + index.get() + "?done=saved");
      case Outcome.Failed<Draft, StaffRequestFailure>(var failure) ->
          Administration.failed(
              pages,
              session,
              ctx,
              signed.get(),
              failure,
              problems ->
                  show(
                      ctx,
                      signed.get(),
                      draft,
                      index.get(),
                      shown,
                      newOption,
                      null,
                      problems.stream().map(p -> error(path, p)).toList(),
                      400));
    }
  }

  /** The question as the form shows it. */
  private record Edited(String text, String hint, boolean required, List<OptionRow> options) {}

  private static Edited edited(Question question) {
    var options = new ArrayList<OptionRow>();
    for (var option : question.options()) {
      options.add(
          new OptionRow(
              options.size(),
              option.id().value(),
              option.label(),
              option.signal().map(QuestionnaireWords::signal).orElse(null)));
    }
    return new Edited(
        question.text(), question.hint().orElse(""), question.required(), List.copyOf(options));
  }

  /** What was typed, each option matched to the one it was by its id; unknown ids are dropped. */
  private static Edited typed(Context ctx, Question question) {
    var options = new ArrayList<OptionRow>();
    var seen = new HashSet<String>();
    for (int i = 0; i < Question.MAX_OPTIONS; i++) {
      var id = ctx.formParam("option-id-" + i);
      if (id == null) {
        break;
      }
      if (!OptionId.isWellFormed(id)
          || question.option(OptionId.of(id)).isEmpty()
          || !seen.add(id)) {
        continue;
      }
      options.add(
          new OptionRow(
              options.size(),
              id,
              field(ctx, "option-" + i),
              Optional.ofNullable(signalOf(question, id))
                  .map(s -> QuestionnaireWords.signal(SafeguardingSignal.valueOf(s)))
                  .orElse(null)));
    }
    return new Edited(
        field(ctx, "text"), field(ctx, "hint"), "yes".equals(ctx.formParam("required")), options);
  }

  /** Moves or removes the option an {@code up-2}, {@code down-2} or {@code remove-2} names. */
  private static void apply(String action, List<OptionRow> options) {
    var parts = action.split("-", 2);
    if (parts.length != 2 || !parts[1].matches("[0-9]{1,2}")) {
      return;
    }
    int at = Integer.parseInt(parts[1]);
    if (at >= options.size()) {
      return;
    }
    switch (parts[0]) {
      case "up" -> {
        if (at > 0) {
          options.add(at - 1, options.remove(at));
        }
      }
      case "down" -> {
        if (at < options.size() - 1) {
          options.add(at + 1, options.remove(at));
        }
      }
      case "remove" -> options.remove(at);
      default -> {
        // Any other button saves what was typed.
      }
    }
  }

  private static List<OptionRow> renumbered(List<OptionRow> options) {
    var rows = new ArrayList<OptionRow>();
    for (var option : options) {
      rows.add(new OptionRow(rows.size(), option.id(), option.label(), option.signal()));
    }
    return List.copyOf(rows);
  }

  /** An id for a new option, from its label: lower-case words joined by hyphens, not yet used. */
  private static String newId(String label, List<OptionRow> options) {
    var base =
        label.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    if (base.length() > 56) {
      base = base.substring(0, 56).replaceAll("-+$", "");
    }
    if (base.isEmpty()) {
      base = "option";
    }
    var taken = options.stream().map(OptionRow::id).toList();
    var id = base;
    for (int n = 2; taken.contains(id); n++) {
      id = base + "-" + n;
    }
    return id;
  }

  private static String signalOf(Question question, String id) {
    return OptionId.isWellFormed(id)
        ? question.option(OptionId.of(id)).flatMap(Option::signal).map(Enum::name).orElse(null)
        : null;
  }

  /** The field of this page a problem named {@code questions[3].options[1].label} belongs to. */
  private static FormError error(String path, FieldProblem problem) {
    var part =
        problem.field().startsWith(path + ".") ? problem.field().substring(path.length() + 1) : "";
    var anchor =
        part.matches("options\\[\\d+\\].*")
            ? "option-" + part.substring(8, part.indexOf(']'))
            : part.equals("options") ? "option-new" : part.equals("hint") ? "hint" : "text";
    return new FormError(anchor, problem.message());
  }

  private static Optional<Integer> index(Context ctx, Draft draft) {
    var text = ctx.pathParam("index");
    if (!text.matches("[0-9]{1,3}")) {
      return Optional.empty();
    }
    int index = Integer.parseInt(text);
    return index < draft.questionnaire().questions().size() ? Optional.of(index) : Optional.empty();
  }

  private static String field(Context ctx, String name) {
    return Optional.ofNullable(ctx.formParam(name)).orElse("").strip();
  }

  private void show(
      Context ctx,
      StaffSession.Signed signed,
      Draft draft,
      int index,
      Edited edited,
      String newOption,
      String notice,
      List<FormError> errors,
      int status) {
    var question = draft.questionnaire().questions().get(index);
    pages.render(
        ctx,
        status,
        new QuestionEditPage(
            session.frame(ctx, signed),
            notice,
            errors,
            index,
            draft.questionnaire().questions().size(),
            question.id().value(),
            QuestionnaireWords.kind(question.kind()),
            question.kind().isChoice(),
            edited.text(),
            edited.hint(),
            edited.required(),
            edited.options(),
            newOption));
  }
}
