package org.confide.adapter.web.pages;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.confide.adapter.web.WebSettings;
import org.confide.adapter.web.i18n.ProblemWords;
import org.confide.adapter.web.pages.view.EnterReportPage;
import org.confide.application.Confide;
import org.confide.application.port.in.EnterReportUseCase;
import org.confide.application.port.in.Outcome;
import org.confide.application.port.in.ReadQuestionnaireUseCase;
import org.confide.application.port.in.StaffRequestFailure;
import org.confide.domain.questionnaire.Questionnaire;
import org.confide.domain.questionnaire.QuestionnaireVersion;
import org.confide.domain.staff.Permission;

/**
 * The page on which an adviser enters a report for someone who told them in person, by phone or by
 * email: the reporter's questions on one page, which works without script.
 */
public final class StaffReportEntry {

  private static final String PAGE = "/staff/reports/new";

  private final Pages pages;
  private final StaffSession session;
  private final EnterReportUseCase enterReport;
  private final ReadQuestionnaireUseCase questionnaire;
  private final WebSettings settings;

  public StaffReportEntry(Confide confide, Pages pages, WebSettings settings) {
    this.pages = pages;
    this.session = new StaffSession(confide, pages);
    this.enterReport = confide.enterReport();
    this.questionnaire = confide.readQuestionnaire();
    this.settings = settings;
  }

  /** {@code GET /staff/reports/new}: the empty form, suggesting the adviser works the case. */
  public void form(Context ctx) {
    var signed = session.signedIn(ctx);
    if (signed.isEmpty()) {
      return;
    }
    if (!Permission.ENTER_REPORTS.grantedToAny(signed.get().who().roles())) {
      notForThisRole(ctx, signed.get());
      return;
    }
    var current = pages.languages().translated(questionnaire.current());
    show(
        ctx,
        signed.get(),
        current,
        new StaffEntryForm(
            current,
            Map.of(
                StaffEntryForm.TAKE, List.of("me"), ReportForm.KEY, List.of(ReportForm.newKey())),
            pages.texts(ctx)),
        Map.of(),
        200);
  }

  /** {@code POST /staff/reports/new}: the report entered, or the form again with its problems. */
  public void enter(Context ctx) {
    var signed = session.signedIn(ctx);
    if (signed.isEmpty()) {
      return;
    }
    // The role before what was sent: whoever may not enter a report learns nothing of the form.
    if (!Permission.ENTER_REPORTS.grantedToAny(signed.get().who().roles())) {
      notForThisRole(ctx, signed.get());
      return;
    }
    // The version the form was drawn from, so that the answers are read against the questions
    // the adviser saw; a version that is not a number is no version.
    var shown =
        parse(ctx.formParam("version"))
            .flatMap(v -> questionnaire.version(QuestionnaireVersion.of(v)))
            .map(shownVersion -> pages.languages().translated(shownVersion))
            .orElseGet(() -> pages.languages().translated(questionnaire.current()));
    var form = new StaffEntryForm(shown, ctx.formParamMap(), pages.texts(ctx));
    if (PageLanguages.switching(ctx)) {
      // The form in the language asked for, holding what was typed (its key too, so that the
      // report is still entered once); nothing checked or entered.
      show(ctx, signed.get(), shown, form, Map.of(), 200);
      return;
    }
    var problems = form.problems(LocalDate.ofInstant(settings.clock().instant(), pages.zone()));
    if (!problems.isEmpty()) {
      show(ctx, signed.get(), shown, form, problems, 400);
      return;
    }
    var outcome = enterReport.enter(signed.get().token(), form.command(shown.version().value()));
    switch (outcome) {
      case Outcome.Done<EnterReportUseCase.Entered, StaffRequestFailure>(var entered) ->
          Pages.seeOther(
              ctx,
              entered.taken()
                  ? "/staff/cases/" + entered.reference().display() + "?done=entered"
                  : "/staff/cases?view=queue&done=entered&reference="
                      + entered.reference().display());
      case Outcome.Failed<EnterReportUseCase.Entered, StaffRequestFailure>(var failure) ->
          Administration.failed(
              pages,
              session,
              ctx,
              signed.get(),
              failure,
              found -> {
                var byField = new LinkedHashMap<String, String>();
                var texts = pages.texts(ctx);
                found.forEach(
                    p -> byField.putIfAbsent(field(p.field()), ProblemWords.of(p, texts)));
                show(ctx, signed.get(), shown, form, byField, 400);
              });
    }
  }

  /** A problem named by a part with no field of its own is shown at the field that settles it. */
  private static String field(String part) {
    return switch (part) {
      case "contact" -> "anonymity";
      case "questionnaireVersion", "messaging", "Idempotency-Key" -> StaffEntryForm.CHANNEL;
      default -> part;
    };
  }

  private void show(
      Context ctx,
      StaffSession.Signed signed,
      Questionnaire shown,
      StaffEntryForm form,
      Map<String, String> problems,
      int status) {
    var frame = session.frame(ctx, signed);
    pages.render(
        ctx,
        status,
        new EnterReportPage(
            frame,
            ReportFields.summary(problems),
            shown.version().value(),
            form.key(),
            form.channel(problems),
            form.questions(problems, frame.texts().language()),
            form.account(problems),
            form.anonymity(problems),
            form.contact(problems),
            form.support(problems),
            form.take(problems)));
  }

  private void notForThisRole(Context ctx, StaffSession.Signed signed) {
    pages.message(
        ctx,
        403,
        session.frame(ctx, signed),
        pages.texts(ctx).text("staff.notPartOfRole"),
        pages.texts(ctx).text("entry.forbidden"),
        pages.texts(ctx).text("staff.firstPage"),
        "/staff");
  }

  private static java.util.Optional<Integer> parse(String text) {
    if (text == null || !text.matches("[0-9]{1,9}")) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(Integer.parseInt(text)).filter(v -> v >= 1);
  }
}
