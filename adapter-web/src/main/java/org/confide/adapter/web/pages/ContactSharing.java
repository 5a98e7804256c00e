package org.confide.adapter.web.pages;

import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;
import org.confide.adapter.web.i18n.ProblemWords;
import org.confide.adapter.web.pages.view.ContactPage;
import org.confide.application.Confide;
import org.confide.application.port.in.ContactSharingFailure;
import org.confide.application.port.in.Failure;
import org.confide.application.port.in.Outcome;
import org.confide.application.port.in.ReadQuestionnaireUseCase;
import org.confide.application.port.in.ShareContactDetailsUseCase;
import org.confide.application.port.in.SubmitReportUseCase;

/** An anonymous reporter who chooses, later, to give the case team their contact details. */
public final class ContactSharing {

  private final Pages pages;
  private final ReporterSession session;
  private final ReadQuestionnaireUseCase questionnaire;
  private final ShareContactDetailsUseCase shareContact;

  public ContactSharing(Confide confide, Pages pages) {
    this.pages = pages;
    this.session = new ReporterSession(confide, pages);
    this.questionnaire = confide.readQuestionnaire();
    this.shareContact = confide.shareContactDetails();
  }

  /** {@code GET /my-report/contact}. */
  public void contactForm(Context ctx) {
    if (session.live(ctx).isEmpty()) {
      session.signedOut(ctx);
      return;
    }
    showContact(
        ctx, new ReportForm(questionnaire.current(), Map.of(), pages.texts(ctx)), Map.of(), 200);
  }

  private void showContact(Context ctx, ReportForm form, Map<String, String> problems, int status) {
    pages.render(
        ctx,
        status,
        new ContactPage(
            pages.reporterFrame(ctx),
            form.fields().contactFields(problems),
            ReportFields.summary(problems)));
  }

  /** {@code POST /my-report/contact}. */
  public void shareContact(Context ctx) {
    var token = session.token(ctx);
    if (token.isEmpty()) {
      session.signedOut(ctx);
      return;
    }
    var texts = pages.texts(ctx);
    var form = new ReportForm(questionnaire.current(), ctx.formParamMap(), texts);
    if (PageLanguages.switching(ctx)) {
      // The form in the language asked for, holding what was typed; nothing shared.
      showContact(ctx, form, Map.of(), 200);
      return;
    }
    var input =
        new SubmitReportUseCase.ContactInput(
            ctx.formParam(ReportForm.CONTACT_NAME),
            ctx.formParam(ReportForm.CONTACT_EMAIL),
            ctx.formParam(ReportForm.CONTACT_PHONE));
    switch (shareContact.share(token.get(), new ShareContactDetailsUseCase.Command(input))) {
      case Outcome.Done<Outcome.Ok, ContactSharingFailure> shared ->
          Pages.seeOther(ctx, "/my-report?done=shared");
      case Outcome.Failed<Outcome.Ok, ContactSharingFailure>(Failure.Invalid invalid) -> {
        var problems = new LinkedHashMap<String, String>();
        invalid.problems().forEach(p -> problems.putIfAbsent(p.field(), ProblemWords.of(p, texts)));
        showContact(ctx, form, problems, 400);
      }
      case Outcome.Failed<Outcome.Ok, ContactSharingFailure>(Failure.ChangedMeanwhile changed) ->
          showContact(
              ctx, form, Map.of(ReportForm.CONTACT_NAME, texts.text("contact.changed")), 409);
      case Outcome.Failed<Outcome.Ok, ContactSharingFailure>(Failure.Unauthenticated gone) ->
          session.signedOut(ctx);
    }
  }
}
