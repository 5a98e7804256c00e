package org.confide.adapter.web.pages;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.confide.adapter.web.pages.view.FormError;
import org.confide.adapter.web.pages.view.Frame;
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
import org.confide.domain.questionnaire.QuestionnaireDocument.Written;
import org.confide.domain.questionnaire.SafeguardingSignal;
import org.confide.domain.questionnaire.Words;
import org.confide.domain.shared.FieldProblem;
import org.confide.domain.shared.Language;

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
        // The texts Confide ships are shown in every language, ready to keep or change.
        var question =
            pages.languages().translated(draft.questionnaire()).questions().get(index.get());
        var frame = session.frame(ctx, signed.get());
        var notice =
            "saved".equals(ctx.queryParam("done")) ? frame.t("questionnaire.edit.saved") : null;
        show(
            ctx,
            signed.get(),
            draft,
            index.get(),
            edited(question),
            Map.of(),
            notice,
            f -> List.of(),
            200);
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
    var newOption = texts(ctx, "option-new");
    if (PageLanguages.switching(ctx)) {
      // The question as typed, the new option still to add, in the language asked for; nothing
      // moved, removed, checked or saved.
      show(ctx, signed.get(), draft, index.get(), typed, newOption, null, f -> List.of(), 200);
      return;
    }
    var options = new ArrayList<>(typed.options());
    if (question.kind().isChoice() && newOption.values().stream().anyMatch(t -> !t.isBlank())) {
      options.add(new Row(newId(newOption.get(first()), options), newOption, null));
    }
    apply(action, options);
    var edited = new Edited(typed.text(), typed.hint(), typed.required(), List.copyOf(options));
    var entry =
        new QuestionEntry(
            question.id().value(),
            written(edited.text()),
            question.kind().name(),
            edited.required(),
            edited.hint().values().stream().allMatch(String::isBlank)
                ? null
                : written(edited.hint()),
            question.maxLength().isPresent() ? question.maxLength().getAsInt() : null,
            question.kind().isChoice()
                ? edited.options().stream()
                    .map(o ->
                        new OptionEntry(o.id(), written(o.labels()), signalOf(question, o.id())))
                    .toList()
                : null);
    var path = "questions[" + index.get() + "]";
    // Shown again after a problem: the options kept so far, and the new one still to add.
    var shown =
        new Edited(
            edited.text(),
            edited.hint(),
            edited.required(),
            edited.options().stream()
                .filter(o -> question.option(OptionId.of(o.id())).isPresent())
                .toList());
    var languages = pages.languages().languages();
    switch (drafts.change(
        signed.get().token(), new ChangeQuestion(index.get(), entry, languages))) {
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
                      f -> problems.stream().map(p -> error(path, p, f)).toList(),
                      400));
    }
  }

  /** The question as the form shows it, each text by language. */
  private record Edited(
      Map<Language, String> text,
      Map<Language, String> hint,
      boolean required,
      List<Row> options) {}

  /** One option as the form shows it: its id, its label by language, its signal in words. */
  private record Row(String id, Map<Language, String> labels, SafeguardingSignal signal) {}

  private Edited edited(Question question) {
    var options = new ArrayList<Row>();
    for (var option : question.options()) {
      options.add(
          new Row(option.id().value(), byLanguage(option.label()), option.signal().orElse(null)));
    }
    return new Edited(
        byLanguage(question.text()),
        question.hint().map(this::byLanguage).orElseGet(() -> byLanguage(null)),
        question.required(),
        List.copyOf(options));
  }

  /** What was typed, each option matched to the one it was by its id; unknown ids are dropped. */
  private Edited typed(Context ctx, Question question) {
    var options = new ArrayList<Row>();
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
          new Row(
              id,
              texts(ctx, "option-" + i),
              question.option(OptionId.of(id)).flatMap(Option::signal).orElse(null)));
    }
    return new Edited(
        texts(ctx, "text"), texts(ctx, "hint"), "yes".equals(ctx.formParam("required")), options);
  }

  /** The text of {@code words} in each language offered; blank where it has none. */
  private Map<Language, String> byLanguage(Words words) {
    var texts = new LinkedHashMap<Language, String>();
    for (var language : pages.languages().languages()) {
      texts.put(language, words == null ? "" : words.given(language).orElse(""));
    }
    return texts;
  }

  /** The field {@code name} as typed in each language offered: {@code text}, {@code text-cy}. */
  private Map<Language, String> texts(Context ctx, String name) {
    var texts = new LinkedHashMap<Language, String>();
    for (var language : pages.languages().languages()) {
      texts.put(language, field(ctx, fieldName(name, language)));
    }
    return texts;
  }

  // The first language's field keeps the name it had before there were languages.
  private String fieldName(String name, Language language) {
    return language.equals(first()) ? name : name + "-" + language.tag();
  }

  private Language first() {
    return pages.languages().first().language();
  }

  /** The texts as the document takes them: each language's, a blank one left out to be named. */
  private static Written written(Map<Language, String> texts) {
    var byTag = new LinkedHashMap<String, String>();
    texts.forEach((language, text) -> {
      if (!text.isBlank()) {
        byTag.put(language.tag(), text);
      }
    });
    return new Written(null, byTag);
  }

  /** Moves or removes the option an {@code up-2}, {@code down-2} or {@code remove-2} names. */
  private static void apply(String action, List<Row> options) {
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

  /** An id for a new option, from its label: lower-case words joined by hyphens, not yet used. */
  private static String newId(String label, List<Row> options) {
    var base =
        label.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    if (base.length() > 56) {
      base = base.substring(0, 56).replaceAll("-+$", "");
    }
    if (base.isEmpty()) {
      base = "option";
    }
    var taken = options.stream().map(Row::id).toList();
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

  /**
   * The field of this page a problem named {@code questions[3].options[1].label} belongs to, and
   * what to do about it in the page's words; one naming a language ({@code questions[3].hint.cy})
   * belongs to that language's field.
   */
  private FormError error(String path, FieldProblem problem, Frame f) {
    var part =
        problem.field().startsWith(path + ".") ? problem.field().substring(path.length() + 1) : "";
    var tag = part.contains(".") ? part.substring(part.lastIndexOf('.') + 1) : "";
    var language =
        pages.languages().all().stream()
            .filter(texts -> texts.language().tag().equals(tag))
            .findFirst()
            .orElse(pages.languages().first());
    var name = language.name();
    if (part.matches("options\\[\\d+\\]\\.label.*")) {
      int option = Integer.parseInt(part.substring(8, part.indexOf(']')));
      return new FormError(
          fieldName("option-" + option, language.language()),
          f.t("questionnaire.edit.problem.option", option + 1, name));
    }
    if (part.startsWith("hint")) {
      return new FormError(
          fieldName("hint", language.language()), f.t("questionnaire.edit.problem.hint", name));
    }
    if (part.startsWith("text")) {
      return new FormError(
          fieldName("text", language.language()), f.t("questionnaire.edit.problem.text", name));
    }
    if (part.equals("options")) {
      return new FormError(
          fieldName("option-new", first()),
          f.t("questionnaire.edit.problem.options", Question.MAX_OPTIONS));
    }
    // A rarer problem (one the form cannot cause, such as a changed kind) said by its code.
    return FormError.of("text", problem, f.texts());
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
      Map<Language, String> newOption,
      String notice,
      Function<Frame, List<FormError>> errors,
      int status) {
    var question = draft.questionnaire().questions().get(index);
    var frame = session.frame(ctx, signed);
    var rows = new ArrayList<OptionRow>();
    for (var option : edited.options()) {
      rows.add(
          new OptionRow(
              rows.size(),
              option.id(),
              fields("option-" + rows.size(), option.labels()),
              option.signal() == null ? null : QuestionnaireWords.signal(option.signal(), frame)));
    }
    pages.render(
        ctx,
        status,
        new QuestionEditPage(
            frame,
            notice,
            errors.apply(frame),
            index,
            draft.questionnaire().questions().size(),
            question.id().value(),
            QuestionnaireWords.kind(question.kind(), frame),
            question.kind().isChoice(),
            fields("text", edited.text()),
            fields("hint", edited.hint()),
            edited.required(),
            List.copyOf(rows),
            fields("option-new", newOption)));
  }

  /** The fields of one text, one for each language offered, the first first. */
  private List<QuestionEditPage.Text> fields(String name, Map<Language, String> texts) {
    return pages.languages().all().stream()
        .map(language ->
            new QuestionEditPage.Text(
                fieldName(name, language.language()),
                language.language().tag(),
                language.name(),
                texts.getOrDefault(language.language(), "")))
        .toList();
  }
}
