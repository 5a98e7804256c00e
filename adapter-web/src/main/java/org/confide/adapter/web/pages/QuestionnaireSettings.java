package org.confide.adapter.web.pages;

import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.confide.adapter.web.i18n.Shown;
import org.confide.adapter.web.pages.view.FormError;
import org.confide.adapter.web.pages.view.Frame;
import org.confide.adapter.web.pages.view.QuestionnairePage;
import org.confide.adapter.web.pages.view.QuestionnairePage.QuestionLine;
import org.confide.adapter.web.pages.view.QuestionnairePage.VersionLine;
import org.confide.adapter.web.pages.view.QuestionnairePreviewPage;
import org.confide.application.Confide;
import org.confide.application.port.in.EditQuestionnaireDraftUseCase;
import org.confide.application.port.in.EditQuestionnaireDraftUseCase.Draft;
import org.confide.application.port.in.EditQuestionnaireDraftUseCase.Published;
import org.confide.application.port.in.Failure;
import org.confide.application.port.in.ListQuestionnairesUseCase;
import org.confide.application.port.in.ListQuestionnairesUseCase.Listing;
import org.confide.application.port.in.Outcome;
import org.confide.application.port.in.QuestionnaireFailure;
import org.confide.application.port.in.ReadQuestionnaireUseCase;
import org.confide.application.port.in.StaffRequestFailure;
import org.confide.application.port.in.UseQuestionnaireUseCase;
import org.confide.domain.questionnaire.QuestionnaireVersion;

/**
 * The administrator's questionnaire page: the draft of the next version (a copy of the current one
 * until a question is changed, kept on the server between pages), its preview as reporters see it,
 * and making it the current version; and the versions kept, any of which can be made current again.
 */
public final class QuestionnaireSettings {

  static final String PAGE = "/staff/admin/questionnaire";

  private final Pages pages;
  private final StaffSession session;
  private final EditQuestionnaireDraftUseCase drafts;
  private final ListQuestionnairesUseCase versions;
  private final UseQuestionnaireUseCase use;
  private final ReadQuestionnaireUseCase readQuestionnaire;

  public QuestionnaireSettings(Confide confide, Pages pages) {
    this.pages = pages;
    this.session = new StaffSession(confide, pages);
    this.drafts = confide.editQuestionnaireDraft();
    this.versions = confide.listQuestionnaires();
    this.use = confide.useQuestionnaire();
    this.readQuestionnaire = confide.readQuestionnaire();
  }

  /** {@code GET /staff/admin/questionnaire}. */
  public void questionnaire(Context ctx) {
    session.signedIn(ctx).ifPresent(signed -> show(ctx, signed, notice(ctx), f -> List.of(), 200));
  }

  /** {@code GET /staff/admin/questionnaire/preview}: the draft as a reporter sees it. */
  public void preview(Context ctx) {
    var signed = session.signedIn(ctx);
    if (signed.isEmpty()) {
      return;
    }
    switch (drafts.draft(signed.get().token())) {
      case Outcome.Done<Draft, StaffRequestFailure>(var draft) -> {
        // The reporter's own form builds the steps, so the preview cannot drift from it.
        var frame = session.frame(ctx, signed.get());
        var form =
            new ReportForm(
                pages.languages().translated(draft.questionnaire()), Map.of(), frame.texts());
        var steps = new java.util.ArrayList<QuestionnairePreviewPage.Step>();
        for (int step = 1; form.isQuestionStep(step); step++) {
          steps.add(
              new QuestionnairePreviewPage.Step(
                  step,
                  form.heading(step),
                  form.intro(step),
                  form.questionFields(step, Map.of(), frame.texts().language())));
        }
        pages.render(
            ctx, 200, new QuestionnairePreviewPage(frame, steps, form.steps() - steps.size()));
      }
      case Outcome.Failed<Draft, StaffRequestFailure>(var failure) -> refused(ctx, signed, failure);
    }
  }

  /** {@code POST /staff/admin/questionnaire/publish}: the draft becomes a version. */
  public void publish(Context ctx) {
    var signed = session.signedIn(ctx);
    if (signed.isEmpty()) {
      return;
    }
    if (switched(ctx, signed.get())) {
      return;
    }
    switch (drafts.publish(signed.get().token())) {
      case Outcome.Done<Published, StaffRequestFailure>(var published) ->
          Pages.seeOther(ctx, PAGE + "?done=" + (published.current() ? "current" : "waiting"));
      case Outcome.Failed<Published, StaffRequestFailure>(var failure) ->
          refused(ctx, signed, failure);
    }
  }

  /** {@code POST /staff/admin/questionnaire/discard}: the draft is forgotten. */
  public void discard(Context ctx) {
    var signed = session.signedIn(ctx);
    if (signed.isEmpty()) {
      return;
    }
    if (switched(ctx, signed.get())) {
      return;
    }
    switch (drafts.discard(signed.get().token())) {
      case Outcome.Done<Draft, StaffRequestFailure> done ->
          Pages.seeOther(ctx, PAGE + "?done=discarded");
      case Outcome.Failed<Draft, StaffRequestFailure>(var failure) -> refused(ctx, signed, failure);
    }
  }

  /** {@code POST /staff/admin/questionnaire/current}: a version kept becomes current. */
  public void makeCurrent(Context ctx) {
    var signed = session.signedIn(ctx);
    if (signed.isEmpty()) {
      return;
    }
    if (switched(ctx, signed.get())) {
      return;
    }
    var text = Optional.ofNullable(ctx.formParam("version")).orElse("").strip();
    if (!text.matches("[1-9][0-9]{0,8}")) {
      show(ctx, signed.get(), null, versionProblem("questionnaire.problem.chooseVersion"), 400);
      return;
    }
    var version = QuestionnaireVersion.of(Integer.parseInt(text));
    switch (use.use(signed.get().token(), new UseQuestionnaireUseCase.Command(version))) {
      case Outcome.Done<QuestionnaireVersion, QuestionnaireFailure> done ->
          Pages.seeOther(ctx, PAGE + "?done=current");
      case Outcome.Failed<QuestionnaireVersion, QuestionnaireFailure>(var failure) -> {
        switch (failure) {
          // The one problem with a well-formed number: no version has it.
          case Failure.Invalid invalid ->
              show(
                  ctx,
                  signed.get(),
                  null,
                  versionProblem("questionnaire.problem.noSuchVersion"),
                  400);
          // Said by what stands in the version's way, not by the use case's English sentence.
          case Failure.Refused refused ->
              show(
                  ctx,
                  signed.get(),
                  null,
                  f ->
                      List.of(
                          new FormError(
                              "versions",
                              f.t(
                                  awaitsLead(signed.get(), version)
                                      ? "questionnaire.problem.awaitsLead"
                                      : "questionnaire.problem.cannotUse",
                                  version.value()))),
                  409);
          case Failure.NotFound notFound ->
              show(
                  ctx,
                  signed.get(),
                  null,
                  versionProblem("questionnaire.problem.noSuchVersion"),
                  400);
          case Failure.Unauthenticated gone -> session.signedIn(ctx);
          case Failure.Forbidden forbidden ->
              Administration.forbidden(pages, ctx, session.frame(ctx, signed.get()));
          case Failure.TwoFactorFirst first ->
              Administration.forbidden(pages, ctx, session.frame(ctx, signed.get()));
        }
      }
    }
  }

  /**
   * Answers a draft the use case refused: its problems on the page, in its words. The page can send
   * only an unchanged draft (a question it cannot drop, nor change the kind of); a draft changed
   * otherwise (through the API) is told what every version must keep.
   */
  private void refused(
      Context ctx, Optional<StaffSession.Signed> signed, StaffRequestFailure failure) {
    Administration.failed(
        pages,
        session,
        ctx,
        signed.orElseThrow(),
        failure,
        problems -> {
          var unchanged =
              drafts.draft(signed.get().token())
                      instanceof Outcome.Done<Draft, StaffRequestFailure>(var d)
                  && !d.changed();
          var key = unchanged ? "questionnaire.problem.unchanged" : "questionnaire.problem.stable";
          show(ctx, signed.get(), null, f -> List.of(new FormError("draft", f.t(key))), 400);
        });
  }

  /**
   * Whether the form was sent by the page's language switch (a button of the draft's form, on the
   * page answering any of its forms, none of which holds anything typed): if so, the page again in
   * the language asked for, and nothing published, discarded or made current.
   */
  private boolean switched(Context ctx, StaffSession.Signed signed) {
    if (!PageLanguages.switching(ctx)) {
      return false;
    }
    show(ctx, signed, null, f -> List.of(), 200);
    return true;
  }

  /** A problem with the version chosen, said by the message {@code key}. */
  private static Function<Frame, List<FormError>> versionProblem(String key) {
    return f -> List.of(new FormError("versions", f.t(key)));
  }

  /** Whether {@code version} waits for a safeguarding lead to confirm the signals it drops. */
  private boolean awaitsLead(StaffSession.Signed signed, QuestionnaireVersion version) {
    return versions.list(signed.token())
            instanceof Outcome.Done<List<Listing>, StaffRequestFailure>(var listed)
        && listed.stream().anyMatch(v -> v.version().equals(version) && v.awaitsConfirmation());
  }

  private void show(
      Context ctx,
      StaffSession.Signed signed,
      String notice,
      Function<Frame, List<FormError>> errors,
      int status) {
    var frame = session.frame(ctx, signed);
    var draft = drafts.draft(signed.token());
    var kept = versions.list(signed.token());
    if (!(draft instanceof Outcome.Done<Draft, StaffRequestFailure>(var d))
        || !(kept instanceof Outcome.Done<List<Listing>, StaffRequestFailure>(var listed))) {
      Administration.forbidden(pages, ctx, frame);
      return;
    }
    var current = readQuestionnaire.current();
    var said = Shown.in(frame.texts().language());
    var questions = pages.languages().translated(d.questionnaire()).questions();
    var lines =
        java.util.stream.IntStream.range(0, questions.size())
            .mapToObj(i -> {
              var q = questions.get(i);
              return new QuestionLine(
                  i,
                  said.apply(q.text()),
                  QuestionnaireWords.kind(q.kind(), frame),
                  q.required(),
                  q.options().stream().map(option -> said.apply(option.label())).toList());
            })
            .toList();
    var zone = pages.zone();
    var versionLines =
        listed.stream()
            .map(v ->
                new VersionLine(
                    v.version().value(),
                    v.created().map(at -> PageDates.moment(at, zone, frame.texts())).orElse(null),
                    v.inUse(),
                    v.awaitsConfirmation(),
                    !v.inUse() && !v.awaitsConfirmation()))
            .toList();
    pages.render(
        ctx,
        status,
        new QuestionnairePage(
            frame,
            notice == null ? null : frame.t(notice),
            errors.apply(frame),
            d.questionnaire().version().value(),
            lines,
            d.changed(),
            d.droppedSignals().stream()
                .map(s ->
                    QuestionnaireWords.dropped(
                        pages.languages().translated(current), s, frame.texts()))
                .toList(),
            versionLines));
  }

  /** The message key of the notice after a change, named by the address's {@code done}. */
  private static String notice(Context ctx) {
    return switch (Optional.ofNullable(ctx.queryParam("done")).orElse("")) {
      case "saved", "current", "waiting", "discarded" ->
          "questionnaire.done." + ctx.queryParam("done");
      default -> null;
    };
  }
}
