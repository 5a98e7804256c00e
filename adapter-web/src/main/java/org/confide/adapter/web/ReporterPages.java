package org.confide.adapter.web;

import io.javalin.http.Context;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.confide.adapter.web.page.AnswerLine;
import org.confide.adapter.web.page.FormError;
import org.confide.adapter.web.page.MessageLine;
import org.confide.adapter.web.page.Receipt;
import org.confide.application.Confide;
import org.confide.application.port.in.EndSessionUseCase;
import org.confide.application.port.in.EraseMyReportUseCase;
import org.confide.application.port.in.OpenReporterSessionUseCase;
import org.confide.application.port.in.Outcome;
import org.confide.application.port.in.ReadMyReportUseCase;
import org.confide.application.port.in.ReadMyThreadUseCase;
import org.confide.application.port.in.ReadQuestionnaireUseCase;
import org.confide.application.port.in.SendReporterMessageUseCase;
import org.confide.application.port.in.SessionToken;
import org.confide.application.port.in.ShareContactDetailsUseCase;
import org.confide.application.port.in.SubmitReportUseCase;
import org.confide.domain.access.AccessCode;
import org.confide.domain.access.AccessCodeParse;
import org.confide.domain.report.ReportStatus;
import org.confide.domain.thread.AuthorSide;

/**
 * The reporter's pages: home, the report form, the receipt with the access code, signing in with
 * the code, the reporter's copy and thread, sharing contact details, erasure, signing out, and the
 * quick exit. Every one works with JavaScript off; none is ever cached.
 */
final class ReporterPages {

  private final Pages pages;
  private final ReadQuestionnaireUseCase questionnaire;
  private final SubmitReportUseCase submitReport;
  private final OpenReporterSessionUseCase openSession;
  private final ReadMyReportUseCase readMyReport;
  private final ReadMyThreadUseCase readMyThread;
  private final SendReporterMessageUseCase sendMessage;
  private final ShareContactDetailsUseCase shareContact;
  private final EraseMyReportUseCase erase;
  private final EndSessionUseCase endSession;
  private final Guard guard;
  private final WebSettings settings;
  private final SecureRandom random = new SecureRandom();

  ReporterPages(Confide confide, Pages pages, Guard guard, WebSettings settings) {
    this.pages = pages;
    this.questionnaire = confide.readQuestionnaire();
    this.submitReport = confide.submitReport();
    this.openSession = confide.openReporterSession();
    this.readMyReport = confide.readMyReport();
    this.readMyThread = confide.readMyThread();
    this.sendMessage = confide.sendReporterMessage();
    this.shareContact = confide.shareContactDetails();
    this.erase = confide.eraseMyReport();
    this.endSession = confide.endSession();
    this.guard = guard;
    this.settings = settings;
  }

  /** {@code GET /}. */
  void home(Context ctx) {
    var notice =
        switch (Optional.ofNullable(ctx.queryParam("done")).orElse("")) {
          case "signed-out" -> "You have signed out.";
          case "erased" -> "Your report has been erased.";
          default -> null;
        };
    var params = new LinkedHashMap<String, Object>();
    params.put("status", pages.status());
    params.put("notice", notice);
    pages.render(ctx, 200, pages.reporterFrame(ctx), "reporter/home.jte", params);
  }

  /** {@code GET /report}: the first step of an empty form. */
  void startReport(Context ctx) {
    var form = ReportForm.start(questionnaire.current(), newKey());
    showStep(ctx, form, 1, Map.of(), 200);
  }

  /** {@code POST /report}: the next step, the previous one, a step to change, or sending. */
  void continueReport(Context ctx) {
    var form = new ReportForm(questionnaire.current(), ctx.formParamMap());
    int step = clamp(ctx.formParam("step"), form.steps());
    var go = Optional.ofNullable(ctx.formParam("go")).orElse("next");
    if (go.equals("back")) {
      showStep(ctx, form, Math.max(1, step - 1), Map.of(), 200);
    } else if (go.startsWith("step-")) {
      showStep(ctx, form, clamp(go.substring(5), form.steps()), Map.of(), 200);
    } else if (go.equals("send") && step == form.reviewStep()) {
      send(ctx, form);
    } else {
      var problems = form.problems(step, today());
      if (problems.isEmpty()) {
        showStep(ctx, form, Math.min(form.steps(), step + 1), Map.of(), 200);
      } else {
        showStep(ctx, form, step, problems, 400);
      }
    }
  }

  private void send(Context ctx, ReportForm form) {
    // Each step is checked as the reporter leaves it; a form posted straight to "send" is checked
    // here too, so that no choice (anonymously or named, a code or not) is ever assumed.
    var unchosen = form.problems(form.touchStep(), today());
    if (!unchosen.isEmpty()) {
      showStep(ctx, form, form.touchStep(), unchosen, 400);
      return;
    }
    switch (submitReport.submit(form.command())) {
      case Outcome.Done<SubmitReportUseCase.Receipt> done ->
          showReceipt(ctx, done.value(), !form.command().anonymous());
      case Outcome.Invalid<SubmitReportUseCase.Receipt> invalid -> {
        var first = invalid.problems().stream().mapToInt(form::stepOf).min().orElse(1);
        var problems = new LinkedHashMap<String, String>();
        invalid.problems().stream()
            .filter(p -> form.stepOf(p) == first)
            .forEach(p -> problems.putIfAbsent(p.field(), p.message()));
        showStep(ctx, form, first, problems, 400);
      }
      case Outcome.Refused<SubmitReportUseCase.Receipt> refused ->
          showStep(ctx, form, form.reviewStep(), Map.of("go", refused.reason()), 409);
      default ->
          showStep(
              ctx,
              form,
              form.reviewStep(),
              Map.of("go", "Your report could not be sent just now. Please try again."),
              503);
    }
  }

  private void showStep(
      Context ctx, ReportForm form, int step, Map<String, String> problems, int status) {
    var params = new LinkedHashMap<String, Object>();
    params.put("number", step);
    params.put("steps", form.steps());
    params.put("carried", form.carried(step));
    params.put("errors", ReportForm.summary(problems));
    var frame = pages.reporterFrame(ctx);
    if (form.isQuestionStep(step)) {
      params.put("heading", form.heading(step));
      params.put(
          "intro",
          step == 1 ? "Answer what you can. Questions marked optional can be left out." : null);
      params.put("fields", form.questionFields(step, problems));
      pages.render(ctx, status, frame, "reporter/step.jte", params);
    } else if (step == form.accountStep()) {
      params.put("heading", "In your own words");
      params.put("intro", "If you would like to, tell us what happened. You can leave this empty.");
      params.put("fields", List.of(form.accountField(problems)));
      pages.render(ctx, status, frame, "reporter/step.jte", params);
    } else if (step == form.touchStep()) {
      params.put("anonymity", form.anonymityField(problems));
      params.put("messaging", form.messagingField(problems));
      params.put("contact", form.contactFields(problems));
      params.put("support", form.supportField(problems));
      params.put("preference", form.preferenceField(problems));
      pages.render(ctx, status, frame, "reporter/touch.jte", params);
    } else {
      params.put("rows", form.review());
      params.put(
          "errors",
          problems.entrySet().stream().map(e -> new FormError("main", e.getValue())).toList());
      pages.render(ctx, status, frame, "reporter/review.jte", params);
    }
  }

  private void showReceipt(Context ctx, SubmitReportUseCase.Receipt receipt, boolean named) {
    var zone = zone();
    var shown =
        new Receipt(
            receipt.accessCode().map(code -> Arrays.asList(code.display().split("-"))),
            receipt.accessCode().map(AccessCode::display),
            receipt.reference().display(),
            Pages.day(receipt.responseDueBy(), zone),
            named,
            receipt.emergencyContacts().orElse(List.of()));
    renderReceipt(ctx, shown, List.of(), 201);
  }

  private void renderReceipt(Context ctx, Receipt receipt, List<FormError> errors, int status) {
    var params = new LinkedHashMap<String, Object>();
    params.put("receipt", receipt);
    params.put("errors", errors);
    pages.render(ctx, status, pages.reporterFrame(ctx), "reporter/receipt.jte", params);
  }

  /** {@code POST /report/saved}: the reporter says they have kept their code. */
  void codeSaved(Context ctx) {
    var due = Optional.ofNullable(ctx.formParam("due")).orElse("");
    if ("yes".equals(ctx.formParam("saved"))) {
      var params = new LinkedHashMap<String, Object>();
      params.put("dueBy", due);
      pages.render(ctx, 200, pages.reporterFrame(ctx), "reporter/saved.jte", params);
      return;
    }
    var code =
        AccessCode.parse(Optional.ofNullable(ctx.formParam("code")).orElse(""))
                instanceof AccessCodeParse.Parsed valid
            ? Optional.of(valid.code())
            : Optional.<AccessCode>empty();
    var receipt =
        new Receipt(
            code.map(c -> Arrays.asList(c.display().split("-"))),
            code.map(AccessCode::display),
            "",
            due,
            false,
            List.of());
    renderReceipt(
        ctx,
        receipt,
        List.of(
            new FormError(
                "saved", "Tick the box once you have written down or saved your access code")),
        400);
  }

  /** {@code GET /sign-in}. */
  void signInForm(Context ctx) {
    var notice =
        "expired".equals(ctx.queryParam("why"))
            ? "You were signed out, to keep your report safe. Sign in again with your code."
            : null;
    showSignIn(ctx, List.of(), notice, 200);
  }

  private void showSignIn(Context ctx, List<FormError> errors, String notice, int status) {
    var params = new LinkedHashMap<String, Object>();
    params.put("errors", errors);
    params.put("notice", notice);
    pages.render(ctx, status, pages.reporterFrame(ctx), "reporter/sign-in.jte", params);
  }

  /** {@code POST /sign-in}: throttled per client and overall, like the API. */
  void signIn(Context ctx) {
    var code = Optional.ofNullable(ctx.formParam("code")).orElse("");
    if (code.isBlank()) {
      showSignIn(ctx, List.of(new FormError("code", "Enter your access code")), null, 400);
      return;
    }
    switch (guard.codeTry(guard.clientKey(ctx), () -> openSession.open(code))) {
      case Outcome.Done<org.confide.application.port.in.SessionGrant> done -> {
        pages.startSession(ctx, Pages.REPORTER_COOKIE, done.value().token());
        Pages.seeOther(ctx, "/my-report");
      }
      case Outcome.Throttled<org.confide.application.port.in.SessionGrant> throttled -> {
        var seconds = Responses.retryAfterSeconds(throttled.retryAfter());
        ctx.header("Retry-After", Long.toString(seconds));
        showSignIn(
            ctx,
            List.of(
                new FormError(
                    "code",
                    "Too many tries. For your safety, wait "
                        + minutes(seconds)
                        + " before trying again")),
            null,
            429);
      }
      default -> {
        showSignIn(
            ctx,
            List.of(
                new FormError(
                    "code",
                    "That code did not open a report. Check it and try again: it has 16 letters"
                        + " and numbers")),
            null,
            401);
      }
    }
  }

  /** {@code GET /my-report}: the copy of the report and the thread. */
  void myReport(Context ctx) {
    var token = pages.session(ctx, Pages.REPORTER_COOKIE);
    if (token.isEmpty()) {
      Pages.seeOther(ctx, "/sign-in");
      return;
    }
    var notice =
        switch (Optional.ofNullable(ctx.queryParam("done")).orElse("")) {
          case "sent" -> "Your message has been sent.";
          case "shared" -> "Your contact details have been shared with the case team.";
          default -> null;
        };
    showMyReport(ctx, token.get(), notice, "", List.of(), 200);
  }

  private void showMyReport(
      Context ctx,
      SessionToken token,
      String notice,
      String draft,
      List<FormError> errors,
      int status) {
    if (!(readMyReport.read(token) instanceof Outcome.Done<ReadMyReportUseCase.MyReport> report)) {
      signedOut(ctx);
      return;
    }
    var zone = zone();
    var thread = readMyThread.read(token);
    var messages =
        thread instanceof Outcome.Done<org.confide.application.port.in.ThreadView> done
            ? done.value().messages().stream()
                .map(m ->
                    new MessageLine(
                        m.from() == AuthorSide.REPORTER,
                        m.from() == AuthorSide.REPORTER ? "You" : m.author(),
                        Pages.moment(m.sentAt(), zone),
                        m.body()))
                .toList()
            : List.<MessageLine>of();
    var dueBy =
        thread instanceof Outcome.Done<org.confide.application.port.in.ThreadView> done
            ? done.value().responseDueBy().map(d -> Pages.day(d, zone)).orElse(null)
            : null;
    var mine = report.value();
    var params = new LinkedHashMap<String, Object>();
    params.put("notice", notice);
    params.put("submittedAt", Pages.moment(mine.submittedAt(), zone));
    params.put("status", statusInWords(mine.status()));
    params.put(
        "answers",
        mine.answers().stream()
            .map(a -> new AnswerLine(a.questionText(), String.join(", ", a.answer())))
            .toList());
    params.put("account", mine.account().orElse(null));
    params.put("anonymous", mine.anonymous());
    params.put("messages", messages);
    params.put("dueBy", dueBy);
    params.put("draft", draft);
    params.put("errors", errors);
    pages.render(ctx, status, pages.reporterFrame(ctx), "reporter/my-report.jte", params);
  }

  /** {@code POST /my-report/messages}. */
  void send(Context ctx) {
    var token = pages.session(ctx, Pages.REPORTER_COOKIE);
    if (token.isEmpty()) {
      signedOut(ctx);
      return;
    }
    var body = Optional.ofNullable(ctx.formParam("body")).orElse("");
    switch (sendMessage.send(token.get(), body)) {
      case Outcome.Done<?> ignored -> Pages.seeOther(ctx, "/my-report?done=sent#thread");
      case Outcome.Invalid<?> invalid ->
          showMyReport(
              ctx,
              token.get(),
              null,
              body,
              List.of(new FormError("body", "Your message " + messageProblem(invalid))),
              400);
      case Outcome.Refused<?> refused ->
          showMyReport(
              ctx, token.get(), null, body, List.of(new FormError("body", refused.reason())), 409);
      case Outcome.Throttled<?> throttled ->
          showMyReport(
              ctx,
              token.get(),
              null,
              body,
              List.of(new FormError("body", "You have sent many messages: wait a little")),
              429);
      default -> signedOut(ctx);
    }
  }

  private static String messageProblem(Outcome.Invalid<?> invalid) {
    var message = invalid.problems().getFirst().message();
    return message.startsWith("Your message ") ? message.substring(13) : message;
  }

  /** {@code GET /my-report/contact}. */
  void contactForm(Context ctx) {
    if (liveSession(ctx).isEmpty()) {
      signedOut(ctx);
      return;
    }
    showContact(ctx, new ReportForm(questionnaire.current(), Map.of()), Map.of(), 200);
  }

  private void showContact(Context ctx, ReportForm form, Map<String, String> problems, int status) {
    var params = new LinkedHashMap<String, Object>();
    params.put("fields", form.contactFields(problems));
    params.put("errors", ReportForm.summary(problems));
    pages.render(ctx, status, pages.reporterFrame(ctx), "reporter/contact.jte", params);
  }

  /** {@code POST /my-report/contact}. */
  void shareContact(Context ctx) {
    var token = pages.session(ctx, Pages.REPORTER_COOKIE);
    if (token.isEmpty()) {
      signedOut(ctx);
      return;
    }
    var form = new ReportForm(questionnaire.current(), ctx.formParamMap());
    var input =
        new SubmitReportUseCase.ContactInput(
            ctx.formParam(ReportForm.CONTACT_NAME),
            ctx.formParam(ReportForm.CONTACT_EMAIL),
            ctx.formParam(ReportForm.CONTACT_PHONE));
    switch (shareContact.share(token.get(), input)) {
      case Outcome.Done<?> ignored -> Pages.seeOther(ctx, "/my-report?done=shared");
      case Outcome.Invalid<?> invalid -> {
        var problems = new LinkedHashMap<String, String>();
        invalid.problems().forEach(p -> problems.putIfAbsent(p.field(), p.message()));
        showContact(ctx, form, problems, 400);
      }
      case Outcome.Refused<?> refused ->
          showContact(ctx, form, Map.of(ReportForm.CONTACT_NAME, refused.reason()), 409);
      default -> signedOut(ctx);
    }
  }

  /** {@code GET /my-report/erase}: what erasing means, and the button. */
  void eraseForm(Context ctx) {
    if (liveSession(ctx).isEmpty()) {
      signedOut(ctx);
      return;
    }
    pages.render(ctx, 200, pages.reporterFrame(ctx), "reporter/erase.jte", Map.of());
  }

  /** {@code POST /my-report/erase}. */
  void erase(Context ctx) {
    var token = pages.session(ctx, Pages.REPORTER_COOKIE);
    if (token.isEmpty() || !(erase.erase(token.get()) instanceof Outcome.Done<?>)) {
      signedOut(ctx);
      return;
    }
    pages.endSession(ctx, Pages.REPORTER_COOKIE);
    Pages.seeOther(ctx, "/?done=erased");
  }

  /** {@code POST /sign-out}. */
  void signOut(Context ctx) {
    pages
        .session(ctx, Pages.REPORTER_COOKIE)
        .ifPresent(token -> endSession.end(token, EndSessionUseCase.Holder.REPORTER));
    pages.endSession(ctx, Pages.REPORTER_COOKIE);
    Pages.seeOther(ctx, "/?done=signed-out");
  }

  /**
   * {@code GET /leave}: the quick exit. Ends any reporter session, asks the browser to forget this
   * site's cookies and cache, and sends the browser to an everyday page elsewhere.
   */
  void leave(Context ctx) {
    pages
        .session(ctx, Pages.REPORTER_COOKIE)
        .ifPresent(token -> endSession.end(token, EndSessionUseCase.Holder.REPORTER));
    pages.endSession(ctx, Pages.REPORTER_COOKIE);
    ctx.header("Clear-Site-Data", "\"cache\", \"cookies\", \"storage\"");
    Pages.seeOther(ctx, settings.quickExitUrl());
  }

  /**
   * The reporter's session when it still opens their report: a form is offered only to someone
   * signed in, not to any cookie of the right shape.
   */
  private Optional<SessionToken> liveSession(Context ctx) {
    return pages
        .session(ctx, Pages.REPORTER_COOKIE)
        .filter(token -> readMyReport.read(token) instanceof Outcome.Done<?>);
  }

  private void signedOut(Context ctx) {
    pages.endSession(ctx, Pages.REPORTER_COOKIE);
    Pages.seeOther(ctx, "/sign-in?why=expired");
  }

  private ZoneId zone() {
    return pages.status().zone();
  }

  private LocalDate today() {
    return LocalDate.ofInstant(settings.clock().instant(), zone());
  }

  private String newKey() {
    var bytes = new byte[18];
    random.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  private static int clamp(String text, int steps) {
    try {
      return Math.max(1, Math.min(steps, Integer.parseInt(text == null ? "1" : text.strip())));
    } catch (NumberFormatException e) {
      return 1;
    }
  }

  private static String minutes(long seconds) {
    long minutes = Math.max(1, (seconds + 59) / 60);
    return minutes == 1 ? "a minute" : minutes + " minutes";
  }

  private static String statusInWords(ReportStatus status) {
    return switch (status) {
      case NEW -> "An adviser has not opened it yet.";
      case OPEN -> "An adviser is working on it.";
      case CLOSED -> "The case is closed.";
    };
  }
}
