package org.confide.adapter.web.pages;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.confide.adapter.web.WebSettings;
import org.confide.adapter.web.i18n.ProblemWords;
import org.confide.adapter.web.i18n.Texts;
import org.confide.adapter.web.pages.view.ChoicePage;
import org.confide.adapter.web.pages.view.FormError;
import org.confide.adapter.web.pages.view.HomePage;
import org.confide.adapter.web.pages.view.Receipt;
import org.confide.adapter.web.pages.view.ReceiptPage;
import org.confide.adapter.web.pages.view.ReviewPage;
import org.confide.adapter.web.pages.view.SavedPage;
import org.confide.adapter.web.pages.view.StepPage;
import org.confide.adapter.web.pages.view.TouchPage;
import org.confide.adapter.web.security.SameOrigin;
import org.confide.application.Confide;
import org.confide.application.port.in.Failure;
import org.confide.application.port.in.Outcome;
import org.confide.application.port.in.ReadQuestionnaireUseCase;
import org.confide.application.port.in.SubmissionFailure;
import org.confide.application.port.in.SubmitReportUseCase;
import org.confide.domain.access.AccessCode;
import org.confide.domain.access.AccessCodeParse;
import org.confide.domain.questionnaire.Questionnaire;
import org.confide.domain.shared.ReportReference;

/**
 * The reporter's first page and the report form: its steps one by one ({@link ReportForm}), sending
 * it, and the receipt with the access code. Every step works with JavaScript off; none is cached.
 */
public final class ReportPages {

  private final Pages pages;
  private final ReadQuestionnaireUseCase questionnaire;
  private final SubmitReportUseCase submitReport;
  private final WebSettings settings;
  private final SameOrigin origin;

  public ReportPages(Confide confide, Pages pages, WebSettings settings, SameOrigin origin) {
    this.pages = pages;
    this.origin = origin;
    this.questionnaire = confide.readQuestionnaire();
    this.submitReport = confide.submitReport();
    this.settings = settings;
  }

  /** {@code GET /}. */
  public void home(Context ctx) {
    var notice =
        switch (Optional.ofNullable(ctx.queryParam("done")).orElse("")) {
          case "signed-out" -> "home.signedOut";
          case "erased" -> "home.erased";
          case "held" -> "home.held";
          default -> null;
        };
    var status = pages.status();
    var steps = ReportForm.start(current(), "", pages.texts(ctx)).steps();
    pages.render(ctx, 200, new HomePage(pages.reporterFrame(ctx), status, notice, steps));
  }

  /** {@code GET /report}: the first step of an empty form. */
  public void startReport(Context ctx) {
    var form = ReportForm.start(current(), ReportForm.newKey(), pages.texts(ctx));
    showStep(ctx, form, 1, Map.of(), 200);
  }

  /** {@code POST /report}: the next step, the previous one, a step to change, or sending. */
  public void continueReport(Context ctx) {
    var texts = pages.texts(ctx);
    var form = new ReportForm(current(), ctx.formParamMap(), texts);
    int step = clamp(ctx.formParam("step"), form.steps());
    var go = Optional.ofNullable(ctx.formParam("go")).orElse("next");
    if (PageLanguages.switching(ctx)) {
      // The same step in the language asked for, holding what was typed, checked only when the
      // reporter goes on.
      showStep(ctx, form, step, Map.of(), 200);
    } else if (go.equals("back")) {
      showStep(ctx, form, Math.max(1, step - 1), Map.of(), 200);
    } else if (go.startsWith("step-")) {
      showStep(ctx, form, clamp(go.substring(5), form.steps()), Map.of(), 200);
    } else if (go.equals("send") && step == form.reviewStep()) {
      send(ctx, form, texts);
    } else {
      var problems = form.problems(step, today());
      if (problems.isEmpty()) {
        showStep(ctx, form, Math.min(form.steps(), step + 1), Map.of(), 200);
      } else {
        showStep(ctx, form, step, problems, 400);
      }
    }
  }

  private void send(Context ctx, ReportForm form, Texts texts) {
    // Each step is checked as the reporter leaves it; a form posted straight to "send" is checked
    // here too, so that no choice (anonymously or named, a code or not) is ever assumed.
    var unchosen = form.problems(form.touchStep(), today());
    if (!unchosen.isEmpty()) {
      var step = unchosen.containsKey(ReportForm.ANONYMITY) ? form.choiceStep() : form.touchStep();
      showStep(ctx, form, step, unchosen, 400);
      return;
    }
    switch (submitReport.submit(form.command())) {
      case Outcome.Done<SubmitReportUseCase.Receipt, SubmissionFailure>(var receipt) ->
          showReceipt(ctx, receipt, !form.command().anonymous(), texts);
      case Outcome.Failed<SubmitReportUseCase.Receipt, SubmissionFailure>(
              Failure.Invalid invalid) -> {
        var first = invalid.problems().stream().mapToInt(form::stepOf).min().orElse(1);
        var problems = new LinkedHashMap<String, String>();
        invalid.problems().stream()
            .filter(p -> form.stepOf(p) == first)
            .forEach(p -> problems.putIfAbsent(p.field(), ProblemWords.of(p, texts)));
        showStep(ctx, form, first, problems, 400);
      }
      case Outcome.Failed<SubmitReportUseCase.Receipt, SubmissionFailure>(
              Failure.Refused refused) ->
          showStep(
              ctx, form, form.reviewStep(), Map.of("go", ProblemWords.of(refused, texts)), 409);
    }
  }

  private void showStep(
      Context ctx, ReportForm form, int step, Map<String, String> problems, int status) {
    var frame = pages.reporterFrame(ctx);
    var fields = form.fields();
    var carried = form.carried(step);
    var errors = ReportFields.summary(problems);
    if (form.isQuestionStep(step)) {
      pages.render(
          ctx,
          status,
          new StepPage(
              frame,
              form.heading(step),
              form.intro(step),
              step,
              form.steps(),
              form.questionFields(step, problems, frame.texts().language()),
              carried,
              errors));
    } else if (step == form.accountStep()) {
      pages.render(
          ctx,
          status,
          new StepPage(
              frame,
              form.heading(step),
              frame.t("report.account.intro"),
              step,
              form.steps(),
              List.of(fields.accountField(problems)),
              carried,
              errors));
    } else if (step == form.choiceStep()) {
      pages.render(
          ctx,
          status,
          new ChoicePage(
              frame, step, form.steps(), fields.anonymityField(problems), carried, errors));
    } else if (step == form.touchStep()) {
      pages.render(
          ctx,
          status,
          new TouchPage(
              frame,
              step,
              form.steps(),
              form.anonymous(),
              form.detailsNotSent(),
              fields.messagingField(problems),
              fields.contactFields(problems),
              fields.supportField(problems),
              fields.preferenceField(problems),
              carried,
              errors));
    } else {
      var main =
          problems.entrySet().stream().map(e -> new FormError("main", e.getValue())).toList();
      pages.render(
          ctx,
          status,
          new ReviewPage(
              frame, step, form.steps(), form.review(frame.texts().language()), carried, main));
    }
  }

  private void showReceipt(
      Context ctx, SubmitReportUseCase.Receipt receipt, boolean named, Texts texts) {
    var dueOn = receipt.responseDueBy().atZone(pages.zone()).toLocalDate();
    var shown =
        new Receipt(
            receipt.accessCode().map(code -> Arrays.asList(code.display().split("-"))),
            receipt.accessCode().map(AccessCode::display),
            named ? receipt.reference().display() : "",
            Optional.of(dueOn),
            texts.day(dueOn),
            named,
            receipt.emergencyContacts().orElse(List.of()),
            comeBackTo(ctx),
            false);
    renderReceipt(ctx, shown, List.of(), 201);
  }

  private void renderReceipt(Context ctx, Receipt receipt, List<FormError> errors, int status) {
    pages.render(ctx, status, new ReceiptPage(pages.reporterFrame(ctx), receipt, errors));
  }

  /**
   * {@code POST /report/saved}: the reporter says they have kept their code; or the receipt, or the
   * page after it, in another language, from what its form carries back.
   */
  public void codeSaved(Context ctx) {
    var texts = pages.texts(ctx);
    var dueOn = dueOn(ctx.formParam("due"));
    var dueBy = dueOn.map(texts::day).orElse("");
    boolean kept = "yes".equals(ctx.formParam("saved"));
    boolean switching = PageLanguages.switching(ctx);
    if (switching ? "saved".equals(ctx.formParam("page")) : kept) {
      pages.render(
          ctx, 200, new SavedPage(pages.reporterFrame(ctx), dueOn, dueBy, comeBackTo(ctx)));
      return;
    }
    var code =
        AccessCode.parse(Optional.ofNullable(ctx.formParam("code")).orElse(""))
                instanceof AccessCodeParse.Parsed valid
            ? Optional.of(valid.code())
            : Optional.<AccessCode>empty();
    boolean named = "yes".equals(ctx.formParam("named"));
    var receipt =
        new Receipt(
            code.map(c -> Arrays.asList(c.display().split("-"))),
            code.map(AccessCode::display),
            named
                ? ReportReference.read(Optional.ofNullable(ctx.formParam("reference")).orElse(""))
                    .map(ReportReference::display)
                    .orElse("")
                : "",
            dueOn,
            dueBy,
            named,
            "yes".equals(ctx.formParam("danger")) ? pages.status().emergencyContacts() : List.of(),
            comeBackTo(ctx),
            kept);
    if (switching) {
      renderReceipt(ctx, receipt, List.of(), 200);
      return;
    }
    renderReceipt(
        ctx, receipt, List.of(new FormError("saved", texts.text("receipt.saved.problem"))), 400);
  }

  /** The day a receipt's form carries, written as {@code 2026-03-14}; empty when it is not one. */
  private static Optional<LocalDate> dueOn(String text) {
    try {
      return Optional.ofNullable(text).map(LocalDate::parse);
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  /** Where to sign in again: the public address, else this server's as the browser reached it. */
  private String comeBackTo(Context ctx) {
    return origin.own(ctx).map(own -> own + "/sign-in").orElse(null);
  }

  // The shipped questions carry their texts in every language offered; an organisation's own as
  // written.
  private Questionnaire current() {
    return settings.languages().translated(questionnaire.current());
  }

  private LocalDate today() {
    return LocalDate.ofInstant(settings.clock().instant(), pages.zone());
  }

  private static int clamp(String text, int steps) {
    try {
      return Math.max(1, Math.min(steps, Integer.parseInt(text == null ? "1" : text.strip())));
    } catch (NumberFormatException e) {
      return 1;
    }
  }
}
