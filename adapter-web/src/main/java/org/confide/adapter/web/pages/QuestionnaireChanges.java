package org.confide.adapter.web.pages;

import io.javalin.http.Context;
import java.util.List;
import org.confide.adapter.web.PathIds;
import org.confide.adapter.web.pages.view.QuestionnaireChangesPage;
import org.confide.application.Confide;
import org.confide.application.port.in.ConfirmQuestionnaireSignalsUseCase;
import org.confide.application.port.in.Failure;
import org.confide.application.port.in.ListQuestionnairesUseCase.Listing;
import org.confide.application.port.in.Outcome;
import org.confide.application.port.in.QuestionnaireFailure;
import org.confide.application.port.in.ReadQuestionnaireUseCase;
import org.confide.application.port.in.StaffRequestFailure;
import org.confide.domain.questionnaire.QuestionnaireVersion;

/**
 * The safeguarding lead's page of questionnaire changes: the versions an administrator made that
 * would stop options raising a safeguarding signal, and the confirmation that lets one be made
 * current. Only a lead may accept that reports would stop reaching them.
 */
public final class QuestionnaireChanges {

  private static final String PAGE = "/staff/questionnaire-changes";

  private final Pages pages;
  private final StaffSession session;
  private final ConfirmQuestionnaireSignalsUseCase confirm;
  private final ReadQuestionnaireUseCase questionnaire;

  public QuestionnaireChanges(Confide confide, Pages pages) {
    this.pages = pages;
    this.session = new StaffSession(confide, pages);
    this.confirm = confide.confirmQuestionnaireSignals();
    this.questionnaire = confide.readQuestionnaire();
  }

  /** {@code GET /staff/questionnaire-changes}. */
  public void changes(Context ctx) {
    var signed = session.signedIn(ctx);
    if (signed.isEmpty()) {
      return;
    }
    var frame = session.frame(ctx, signed.get());
    switch (confirm.awaiting(signed.get().token())) {
      case Outcome.Done<List<Listing>, StaffRequestFailure>(var waiting) -> {
        var current = pages.languages().translated(questionnaire.current());
        var notice =
            "confirmed".equals(ctx.queryParam("done"))
                ? frame.t("questionnaireChanges.done.confirmed")
                : null;
        pages.render(
            ctx,
            200,
            new QuestionnaireChangesPage(
                frame,
                notice,
                waiting.stream()
                    .map(v ->
                        new QuestionnaireChangesPage.Waiting(
                            v.version().value(),
                            v.droppedSignals().stream()
                                .map(s -> QuestionnaireWords.dropped(current, s, frame.texts()))
                                .toList()))
                    .toList()));
      }
      case Outcome.Failed<List<Listing>, StaffRequestFailure> refused -> forbidden(ctx, frame);
    }
  }

  /** {@code POST /staff/questionnaire-changes/{version}/confirm}. */
  public void confirm(Context ctx) {
    var signed = session.signedIn(ctx);
    if (signed.isEmpty()) {
      return;
    }
    var frame = session.frame(ctx, signed.get());
    switch (confirm.confirm(signed.get().token(), PathIds.questionnaireVersion(ctx))) {
      case Outcome.Done<QuestionnaireVersion, QuestionnaireFailure> done ->
          Pages.seeOther(ctx, PAGE + "?done=confirmed");
      case Outcome.Failed<QuestionnaireVersion, QuestionnaireFailure>(var failure) -> {
        switch (failure) {
          case Failure.NotFound notFound -> session.notFound(ctx, frame);
          case Failure.Refused refused ->
              pages.message(
                  ctx,
                  409,
                  frame,
                  frame.t("questionnaireChanges.nothingToConfirm"),
                  // The one refusal: the version drops no signal, so there is nothing to confirm.
                  frame.t(
                      "questionnaireChanges.nothingToConfirm.text",
                      PathIds.questionnaireVersion(ctx).value()),
                  frame.t("questionnaireChanges.back"),
                  frame.href(PAGE));
          case Failure.Invalid invalid -> session.notFound(ctx, frame);
          case Failure.Unauthenticated gone -> session.signedIn(ctx);
          case Failure.Forbidden forbidden -> forbidden(ctx, frame);
          case Failure.TwoFactorFirst first -> forbidden(ctx, frame);
        }
      }
    }
  }

  private void forbidden(Context ctx, org.confide.adapter.web.pages.view.Frame frame) {
    pages.message(
        ctx,
        403,
        frame,
        frame.t("staff.notPartOfRole"),
        frame.t("questionnaireChanges.forbidden"),
        frame.t("staff.firstPage"),
        frame.href("/staff"));
  }
}
