package org.confide.adapter.web.pages;

import io.javalin.http.Context;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.confide.adapter.web.pages.view.FormError;
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

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm 'UTC'").withZone(ZoneOffset.UTC);

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
    session.signedIn(ctx).ifPresent(signed -> show(ctx, signed, notice(ctx), List.of(), 200));
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
                pages.languages().translated(draft.questionnaire()), Map.of(), pages.texts(ctx));
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
    var text = Optional.ofNullable(ctx.formParam("version")).orElse("").strip();
    if (!text.matches("[1-9][0-9]{0,8}")) {
      show(ctx, signed.get(), null, List.of(new FormError("versions", "Choose a version")), 400);
      return;
    }
    var command =
        new UseQuestionnaireUseCase.Command(QuestionnaireVersion.of(Integer.parseInt(text)));
    switch (use.use(signed.get().token(), command)) {
      case Outcome.Done<QuestionnaireVersion, QuestionnaireFailure> done ->
          Pages.seeOther(ctx, PAGE + "?done=current");
      case Outcome.Failed<QuestionnaireVersion, QuestionnaireFailure>(var failure) -> {
        switch (failure) {
          case Failure.Invalid invalid ->
              show(ctx, signed.get(), null, errors(invalid, "versions"), 400);
          case Failure.Refused refused ->
              show(
                  ctx,
                  signed.get(),
                  null,
                  List.of(new FormError("versions", refused.reason())),
                  409);
          case Failure.NotFound notFound ->
              show(
                  ctx,
                  signed.get(),
                  null,
                  List.of(new FormError("versions", "There is no such version")),
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

  private void refused(
      Context ctx, Optional<StaffSession.Signed> signed, StaffRequestFailure failure) {
    Administration.failed(
        pages,
        session,
        ctx,
        signed.orElseThrow(),
        failure,
        problems ->
            show(
                ctx,
                signed.get(),
                null,
                problems.stream().map(p -> new FormError("draft", p.message())).toList(),
                400));
  }

  static List<FormError> errors(Failure.Invalid invalid, String anchor) {
    return invalid.problems().stream().map(p -> new FormError(anchor, p.message())).toList();
  }

  private void show(
      Context ctx, StaffSession.Signed signed, String notice, List<FormError> errors, int status) {
    var frame = session.frame(ctx, signed);
    var draft = drafts.draft(signed.token());
    var kept = versions.list(signed.token());
    if (!(draft instanceof Outcome.Done<Draft, StaffRequestFailure>(var d))
        || !(kept instanceof Outcome.Done<List<Listing>, StaffRequestFailure>(var listed))) {
      Administration.forbidden(pages, ctx, frame);
      return;
    }
    var current = readQuestionnaire.current();
    var language = frame.texts().language();
    var questions = pages.languages().translated(d.questionnaire()).questions();
    var lines =
        java.util.stream.IntStream.range(0, questions.size())
            .mapToObj(i -> {
              var q = questions.get(i);
              return new QuestionLine(
                  i,
                  q.text().in(language),
                  QuestionnaireWords.kind(q.kind(), frame),
                  q.required(),
                  q.options().stream().map(option -> option.label().in(language)).toList());
            })
            .toList();
    var versionLines =
        listed.stream()
            .map(v ->
                new VersionLine(
                    v.version().value(),
                    v.created().map(DAY::format).orElse(null),
                    v.inUse(),
                    v.awaitsConfirmation(),
                    !v.inUse() && !v.awaitsConfirmation()))
            .toList();
    pages.render(
        ctx,
        status,
        new QuestionnairePage(
            frame,
            notice,
            errors,
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

  private static String notice(Context ctx) {
    return switch (Optional.ofNullable(ctx.queryParam("done")).orElse("")) {
      case "saved" ->
          "The change is kept in your draft. Reporters see it once you make it current.";
      case "current" -> "The new version is current: reporters answer it from now on.";
      case "waiting" ->
          "The new version is kept, but it stops options raising a safeguarding signal, so a"
              + " safeguarding lead must confirm it before it can be made current. Reporters"
              + " answer the current version until then.";
      case "discarded" -> "Your draft has been discarded.";
      default -> null;
    };
  }
}
