package org.confide.adapter.web;

import io.javalin.http.Context;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.confide.adapter.web.page.AnswerLine;
import org.confide.adapter.web.page.CaseRow;
import org.confide.adapter.web.page.EscalationLine;
import org.confide.adapter.web.page.FormError;
import org.confide.adapter.web.page.MessageLine;
import org.confide.adapter.web.page.NoteLine;
import org.confide.adapter.web.page.StaffNav;
import org.confide.application.Confide;
import org.confide.application.port.in.DecideEscalationUseCase;
import org.confide.application.port.in.EndSessionUseCase;
import org.confide.application.port.in.IdentifyStaffUseCase;
import org.confide.application.port.in.IdentifyStaffUseCase.StaffIdentity;
import org.confide.application.port.in.ListCasesUseCase;
import org.confide.application.port.in.LogInStaffUseCase;
import org.confide.application.port.in.Outcome;
import org.confide.application.port.in.SessionGrant;
import org.confide.application.port.in.SessionToken;
import org.confide.application.port.in.SetUpTwoFactorUseCase;
import org.confide.application.port.in.ViewCaseUseCase;
import org.confide.application.port.in.WorkCaseUseCase;
import org.confide.domain.report.ReportStatus;
import org.confide.domain.safeguarding.EscalationStatus;
import org.confide.domain.shared.ReportReference;
import org.confide.domain.staff.Permission;
import org.confide.domain.staff.Role;
import org.confide.domain.thread.AuthorSide;

/**
 * The case team's pages: signing in, the case lists, a case and everything done to it, and a
 * safeguarding lead's escalations. Each page asks the use cases as its holder; what their roles do
 * not allow is not offered, and is refused if tried.
 */
final class StaffPages {

  private final Pages pages;
  private final LogInStaffUseCase logIn;
  private final IdentifyStaffUseCase identify;
  private final SetUpTwoFactorUseCase twoFactor;
  private final EndSessionUseCase endSession;
  private final ListCasesUseCase listCases;
  private final ViewCaseUseCase viewCase;
  private final WorkCaseUseCase workCase;
  private final DecideEscalationUseCase decideEscalation;
  private final Guard guard;
  private final KnownDevices devices;

  StaffPages(Confide confide, Pages pages, Guard guard, KnownDevices devices) {
    this.pages = pages;
    this.logIn = confide.logInStaff();
    this.identify = confide.identifyStaff();
    this.twoFactor = confide.setUpTwoFactor();
    this.endSession = confide.endSession();
    this.listCases = confide.listCases();
    this.viewCase = confide.viewCase();
    this.workCase = confide.workCase();
    this.decideEscalation = confide.decideEscalation();
    this.guard = guard;
    this.devices = devices;
  }

  /** The signed-in staff member and their token; empty (and sent to sign in) when there is none. */
  record Signed(SessionToken token, StaffIdentity who, StaffNav nav) {}

  Optional<Signed> signedIn(Context ctx) {
    var token = pages.session(ctx, Pages.STAFF_COOKIE);
    if (token.isPresent()
        && identify.identify(token.get()) instanceof Outcome.Done<StaffIdentity> done) {
      return Optional.of(new Signed(token.get(), done.value(), nav(done.value())));
    }
    if (token.isPresent()
        && twoFactor.status(token.get()) instanceof Outcome.Done<SetUpTwoFactorUseCase.Status> s
        && s.value().mustSetUp()) {
      // Signed in, but good for nothing else until two-factor sign-in is set up.
      Pages.seeOther(ctx, "/staff/two-factor");
      return Optional.empty();
    }
    pages.endSession(ctx, Pages.STAFF_COOKIE);
    Pages.seeOther(ctx, token.isPresent() ? "/staff/sign-in?why=expired" : "/staff/sign-in");
    return Optional.empty();
  }

  static StaffNav nav(StaffIdentity who) {
    return new StaffNav(
        who.displayName(),
        Permission.WORK_CASES.grantedToAny(who.roles()),
        who.roles().contains(Role.SAFEGUARDING_LEAD),
        who.roles().contains(Role.ADMIN),
        Permission.VIEW_TRENDS.grantedToAny(who.roles()),
        Permission.VIEW_ALERTS.grantedToAny(who.roles()));
  }

  /** {@code GET /staff}. */
  void start(Context ctx) {
    signedIn(ctx).ifPresent(signed -> Pages.seeOther(ctx, home(signed.who())));
  }

  private static String home(StaffIdentity who) {
    if (Permission.WORK_CASES.grantedToAny(who.roles())) {
      return "/staff/cases";
    }
    if (who.roles().contains(Role.ADMIN)) {
      return "/staff/admin/staff";
    }
    return Permission.VIEW_TRENDS.grantedToAny(who.roles()) ? "/staff/trends" : "/staff/cases";
  }

  /** {@code GET /staff/sign-in}. */
  void signInForm(Context ctx) {
    var notice =
        switch (Optional.ofNullable(ctx.queryParam("why")).orElse("")) {
          case "expired" -> "You were signed out after a period without activity.";
          case "signed-out" -> "You have signed out.";
          default -> null;
        };
    showSignIn(ctx, "", List.of(), notice, 200);
  }

  private void showSignIn(
      Context ctx, String email, List<FormError> errors, String notice, int status) {
    var params = new LinkedHashMap<String, Object>();
    params.put("email", email);
    params.put("errors", errors);
    params.put("notice", notice);
    pages.render(ctx, status, pages.staffFrame(ctx, Optional.empty()), "staff/sign-in.jte", params);
  }

  /**
   * {@code POST /staff/sign-in}: throttled per account, like the API, except that a browser that
   * has signed in to the account before (its known-device cookie) has a budget of its own.
   */
  void signIn(Context ctx) {
    var email = Optional.ofNullable(ctx.formParam("email")).orElse("").strip();
    var password = Optional.ofNullable(ctx.formParam("password")).orElse("");
    var code = Optional.ofNullable(ctx.formParam("code")).orElse("");
    if (email.isEmpty() || password.isEmpty()) {
      var errors = new java.util.ArrayList<FormError>();
      if (email.isEmpty()) {
        errors.add(new FormError("email", "Enter your email address"));
      }
      if (password.isEmpty()) {
        errors.add(new FormError("password", "Enter your password"));
      }
      showSignIn(ctx, email, errors, null, 400);
      return;
    }
    var device = devices.recognise(email, pages.cookie(ctx, Pages.DEVICE_COOKIE).orElse(null));
    switch (guard.passwordTry(
        guard.accountKey(email), device, () -> logIn.logIn(email, password.toCharArray(), code))) {
      case Outcome.Done<SessionGrant> done -> {
        pages.startSession(ctx, Pages.STAFF_COOKIE, done.value().token());
        // Only a sign-in with the second factor makes a device known: a password alone, on the
        // way to setting the factor up, is not enough to earn a budget of its own.
        if (twoFactor.status(done.value().token())
                instanceof Outcome.Done<SetUpTwoFactorUseCase.Status> status
            && status.value().setUp()) {
          pages.setLastingCookie(
              ctx, Pages.DEVICE_COOKIE, devices.remember(email, device), KnownDevices.LIFETIME);
        }
        Pages.seeOther(ctx, "/staff");
      }
      case Outcome.Throttled<SessionGrant> throttled -> {
        ctx.header(
            "Retry-After", Long.toString(Responses.retryAfterSeconds(throttled.retryAfter())));
        showSignIn(
            ctx,
            email,
            List.of(new FormError("email", "Too many tries for this account: wait a minute")),
            null,
            429);
      }
      default -> {
        showSignIn(
            ctx,
            email,
            List.of(
                new FormError(
                    "email",
                    "The email address, password or code is not right. A code works once:"
                        + " wait for your app to show the next one")),
            null,
            401);
      }
    }
  }

  /** {@code POST /staff/sign-out}. */
  void signOut(Context ctx) {
    pages
        .session(ctx, Pages.STAFF_COOKIE)
        .ifPresent(token -> endSession.end(token, EndSessionUseCase.Holder.STAFF));
    pages.endSession(ctx, Pages.STAFF_COOKIE);
    Pages.seeOther(ctx, "/staff/sign-in?why=signed-out");
  }

  /** {@code GET /staff/cases?view=...}. */
  void cases(Context ctx) {
    var signed = signedIn(ctx);
    if (signed.isEmpty()) {
      return;
    }
    var viewText = Optional.ofNullable(ctx.queryParam("view")).orElse("queue");
    var view =
        EnumNames.named(ListCasesUseCase.View.class, viewText.toUpperCase(Locale.ROOT))
            .orElse(ListCasesUseCase.View.QUEUE);
    var frame = pages.staffFrame(ctx, Optional.of(signed.get().nav()));
    var page =
        new ListCasesUseCase.PageRequest(
            Optional.ofNullable(ctx.queryParam("after")),
            Optional.ofNullable(ctx.queryParam("before")),
            ListCasesUseCase.PAGE_SIZE);
    var viewName = view.name().toLowerCase(Locale.ROOT);
    switch (listCases.list(signed.get().token(), view, page)) {
      case Outcome.Done<ListCasesUseCase.CasePage> done -> {
        var zone = zone();
        var params = new LinkedHashMap<String, Object>();
        params.put("view", viewName);
        params.put("rows", done.value().cases().stream().map(c -> row(c, zone)).toList());
        params.put(
            "next", done.value().next().map(c -> "/staff/cases?view=" + viewName + "&after=" + c));
        params.put(
            "previous",
            done.value().previous().map(c -> "/staff/cases?view=" + viewName + "&before=" + c));
        pages.render(ctx, 200, frame, "staff/cases.jte", params);
      }
      // A page link gone stale or mistyped: the list from its start.
      case Outcome.Invalid<?> invalid -> Pages.seeOther(ctx, "/staff/cases?view=" + viewName);
      case Outcome.Forbidden<?> forbidden ->
          pages.message(
              ctx,
              403,
              frame,
              "Not part of your role",
              "Case lists are for advisers and safeguarding leads.",
              null,
              null);
      default -> signedIn(ctx);
    }
  }

  private static CaseRow row(ListCasesUseCase.CaseSummary c, ZoneId zone) {
    String note;
    if (c.responseDueBy().isEmpty()) {
      note = "no response awaited";
    } else if (c.overdue()) {
      note =
          c.overdueWorkingDays() == 0
              ? "overdue today"
              : "overdue by " + days(c.overdueWorkingDays());
    } else {
      note = c.workingDaysLeft() == 0 ? "due today" : "in " + days(c.workingDaysLeft());
    }
    return new CaseRow(
        c.reference().display(),
        Pages.shortDay(c.receivedAt(), zone),
        statusInWords(c.status()),
        c.risk().name().toLowerCase(Locale.ROOT),
        c.anonymous(),
        c.assignee().orElse("–"),
        c.unreadMessages(),
        c.responseDueBy().map(d -> Pages.shortDay(d, zone)).orElse("–"),
        note,
        c.overdue(),
        c.escalated());
  }

  private static String days(int n) {
    return n + (n == 1 ? " working day" : " working days");
  }

  static String statusInWords(ReportStatus status) {
    return switch (status) {
      case NEW -> "New";
      case OPEN -> "Open";
      case CLOSED -> "Closed";
    };
  }

  /** {@code GET /staff/cases/{reference}}. */
  void caseFile(Context ctx) {
    var signed = signedIn(ctx);
    if (signed.isEmpty()) {
      return;
    }
    var notice =
        switch (Optional.ofNullable(ctx.queryParam("done")).orElse("")) {
          case "replied" -> "Your reply has been sent to the reporter.";
          case "noted" -> "Your note has been added. The reporter cannot see it.";
          case "assigned" -> "The case has been assigned.";
          case "status" -> "The status has been changed.";
          case "escalated" -> "The case has been escalated to the safeguarding leads.";
          default -> null;
        };
    showCase(ctx, signed.get(), PathIds.reference(ctx), notice, Map.of(), List.of(), 200);
  }

  private void showCase(
      Context ctx,
      Signed signed,
      ReportReference reference,
      String notice,
      Map<String, String> drafts,
      List<FormError> errors,
      int status) {
    var frame = pages.staffFrame(ctx, Optional.of(signed.nav()));
    if (!(viewCase.view(signed.token(), reference)
        instanceof Outcome.Done<ViewCaseUseCase.CaseFile> done)) {
      notFound(ctx, frame);
      return;
    }
    var file = done.value();
    var zone = zone();
    var params = new LinkedHashMap<String, Object>();
    params.put("notice", notice);
    params.put("errors", errors);
    params.put("reference", file.reference().display());
    params.put("received", Pages.moment(file.receivedAt(), zone));
    params.put("status", file.status().name());
    params.put("statusText", statusInWords(file.status()));
    params.put("risk", file.risk().name().toLowerCase(Locale.ROOT));
    params.put("assignee", file.assignee().orElse(null));
    params.put("me", signed.who().email());
    params.put(
        "answers",
        file.answers().stream()
            .map(a -> new AnswerLine(a.questionText(), String.join(", ", a.answer())))
            .toList());
    params.put("account", file.account().orElse(null));
    params.put("contact", file.contact().orElse(null));
    params.put("supportRequested", file.supportRequested());
    params.put("supportPreference", file.supportPreference().orElse(null));
    params.put("twoWay", file.twoWayMessaging());
    params.put(
        "messages",
        file.thread().messages().stream()
            .map(m ->
                new MessageLine(
                    m.from() == AuthorSide.REPORTER,
                    m.from() == AuthorSide.REPORTER ? "Reporter" : m.author(),
                    Pages.moment(m.sentAt(), zone),
                    m.body()))
            .toList());
    params.put("dueBy", file.thread().responseDueBy().map(d -> Pages.day(d, zone)).orElse(null));
    params.put(
        "notes",
        file.notes().stream()
            .map(n -> new NoteLine(n.author(), Pages.moment(n.writtenAt(), zone), n.body()))
            .toList());
    params.put(
        "escalations",
        file.escalations().stream()
            .map(e ->
                new EscalationLine(
                    e.id().toString(),
                    file.reference().display(),
                    escalationInWords(e.status()),
                    Pages.moment(e.raisedAt(), zone),
                    e.acknowledgementDueBy().map(d -> Pages.moment(d, zone)).orElse("–"),
                    false,
                    null,
                    e.steps()))
            .toList());
    params.put("lead", signed.nav().leads());
    params.put("reply", drafts.getOrDefault("reply", ""));
    params.put("note", drafts.getOrDefault("note", ""));
    params.put("escalate", drafts.getOrDefault("escalate", ""));
    params.put("reason", drafts.getOrDefault("reason", ""));
    pages.render(ctx, status, frame, "staff/case.jte", params);
  }

  /** {@code POST /staff/cases/{reference}/reply}. */
  void reply(Context ctx) {
    act(ctx, "reply", "replied", (s, ref, text) -> workCase.reply(s, ref, text));
  }

  /** {@code POST /staff/cases/{reference}/note}. */
  void note(Context ctx) {
    act(ctx, "note", "noted", (s, ref, text) -> workCase.addNote(s, ref, text));
  }

  /** {@code POST /staff/cases/{reference}/escalate}. */
  void escalate(Context ctx) {
    act(ctx, "escalate", "escalated", (s, ref, text) -> workCase.escalate(s, ref, text));
  }

  /** {@code POST /staff/cases/{reference}/assign}: "take" assigns to the signed-in adviser. */
  void assign(Context ctx) {
    var signed = signedIn(ctx);
    if (signed.isEmpty()) {
      return;
    }
    var assignee =
        "me".equals(ctx.formParam("take"))
            ? signed.get().who().email()
            : Optional.ofNullable(ctx.formParam("assignee")).orElse("").strip();
    var reference = PathIds.reference(ctx);
    if (assignee.isEmpty()) {
      refuse(
          ctx,
          signed.get(),
          reference,
          Map.of(),
          "assignee",
          "Enter the email address of the adviser",
          400);
      return;
    }
    after(
        ctx,
        signed.get(),
        reference,
        workCase.assign(signed.get().token(), reference, assignee),
        "assigned",
        "assignee",
        Map.of());
  }

  /** {@code POST /staff/cases/{reference}/status}. */
  void status(Context ctx) {
    var signed = signedIn(ctx);
    if (signed.isEmpty()) {
      return;
    }
    var reference = PathIds.reference(ctx);
    var reason = Optional.ofNullable(ctx.formParam("reason")).orElse("");
    var chosen =
        EnumNames.named(
            ReportStatus.class, Optional.ofNullable(ctx.formParam("status")).orElse(""));
    if (chosen.isEmpty()) {
      refuse(
          ctx, signed.get(), reference, Map.of("reason", reason), "status", "Choose a status", 400);
      return;
    }
    var status = chosen.get();
    after(
        ctx,
        signed.get(),
        reference,
        workCase.changeStatus(signed.get().token(), reference, status, reason),
        "status",
        "reason",
        Map.of("reason", reason));
  }

  /** A case action that takes one text field, named {@code field}. */
  private interface TextAction {
    Outcome<?> apply(SessionToken session, ReportReference reference, String text);
  }

  private void act(Context ctx, String field, String done, TextAction action) {
    var signed = signedIn(ctx);
    if (signed.isEmpty()) {
      return;
    }
    var reference = PathIds.reference(ctx);
    var text = Optional.ofNullable(ctx.formParam(field)).orElse("");
    after(
        ctx,
        signed.get(),
        reference,
        action.apply(signed.get().token(), reference, text),
        done,
        field,
        Map.of(field, text));
  }

  /** After an action: back to the case page, or the case page again with what went wrong. */
  private void after(
      Context ctx,
      Signed signed,
      ReportReference reference,
      Outcome<?> outcome,
      String done,
      String field,
      Map<String, String> drafts) {
    var path = "/staff/cases/" + reference.display();
    switch (outcome) {
      case Outcome.Done<?> ignored -> Pages.seeOther(ctx, path + "?done=" + done);
      case Outcome.Invalid<?> invalid ->
          showCase(
              ctx,
              signed,
              reference,
              null,
              drafts,
              invalid.problems().stream().map(p -> new FormError(field, p.message())).toList(),
              400);
      case Outcome.Refused<?> refused ->
          refuse(ctx, signed, reference, drafts, field, refused.reason(), 409);
      case Outcome.Forbidden<?> forbidden ->
          refuse(ctx, signed, reference, drafts, field, "Your role does not allow this", 403);
      case Outcome.Unauthenticated<?> gone -> signedIn(ctx);
      default -> notFound(ctx, pages.staffFrame(ctx, Optional.of(signed.nav())));
    }
  }

  /** The case page again, with one problem beside {@code field} and what was typed kept. */
  private void refuse(
      Context ctx,
      Signed signed,
      ReportReference reference,
      Map<String, String> drafts,
      String field,
      String message,
      int status) {
    showCase(ctx, signed, reference, null, drafts, List.of(new FormError(field, message)), status);
  }

  /** {@code GET /staff/escalations}: open escalations, oldest first. */
  void escalations(Context ctx) {
    var signed = signedIn(ctx);
    if (signed.isEmpty()) {
      return;
    }
    var frame = pages.staffFrame(ctx, Optional.of(signed.get().nav()));
    switch (decideEscalation.open(signed.get().token())) {
      case Outcome.Done<List<DecideEscalationUseCase.OpenEscalation>> done -> {
        var zone = zone();
        var params = new LinkedHashMap<String, Object>();
        params.put(
            "notice",
            "decided".equals(ctx.queryParam("done")) ? "Your decision has been recorded." : null);
        params.put("escalations", done.value().stream().map(e -> line(e, zone)).toList());
        pages.render(ctx, 200, frame, "staff/escalations.jte", params);
      }
      default ->
          pages.message(
              ctx,
              403,
              frame,
              "Not part of your role",
              "Escalations are decided by safeguarding leads.",
              null,
              null);
    }
  }

  private static EscalationLine line(DecideEscalationUseCase.OpenEscalation e, ZoneId zone) {
    return new EscalationLine(
        e.id().toString(),
        e.reference().display(),
        escalationInWords(e.status()),
        Pages.moment(e.raisedAt(), zone),
        Pages.moment(e.acknowledgementDueBy(), zone),
        e.acknowledgementOverdue(),
        e.trigger().orElse(null),
        List.of());
  }

  /** {@code GET /staff/escalations/{id}}: one escalation and the decision form. */
  void escalation(Context ctx) {
    var signed = signedIn(ctx);
    if (signed.isEmpty()) {
      return;
    }
    showEscalation(ctx, signed.get(), Map.of(), List.of(), 200);
  }

  private void showEscalation(
      Context ctx, Signed signed, Map<String, String> values, List<FormError> errors, int status) {
    var frame = pages.staffFrame(ctx, Optional.of(signed.nav()));
    var id = PathIds.escalation(ctx);
    if (!(decideEscalation.open(signed.token())
        instanceof Outcome.Done<List<DecideEscalationUseCase.OpenEscalation>> done)) {
      notFound(ctx, frame);
      return;
    }
    var found = done.value().stream().filter(e -> e.id().equals(id)).findFirst();
    if (found.isEmpty()) {
      notFound(ctx, frame);
      return;
    }
    var params = new LinkedHashMap<String, Object>();
    params.put("escalation", line(found.get(), zone()));
    params.put("decision", values.getOrDefault("decision", ""));
    params.put("referredTo", values.getOrDefault("referredTo", ""));
    params.put("rationale", values.getOrDefault("rationale", ""));
    params.put("errors", errors);
    pages.render(ctx, status, frame, "staff/escalation.jte", params);
  }

  /** {@code POST /staff/escalations/{id}/decision}. */
  void decide(Context ctx) {
    var signed = signedIn(ctx);
    if (signed.isEmpty()) {
      return;
    }
    var kind = Optional.ofNullable(ctx.formParam("decision")).orElse("");
    var referredTo = Optional.ofNullable(ctx.formParam("referredTo")).orElse("");
    var rationale = Optional.ofNullable(ctx.formParam("rationale")).orElse("");
    var values = Map.of("decision", kind, "referredTo", referredTo, "rationale", rationale);
    DecideEscalationUseCase.Decision decision =
        switch (kind) {
          case "ACKNOWLEDGE" -> new DecideEscalationUseCase.Decision.Acknowledge(rationale);
          case "REFER" -> new DecideEscalationUseCase.Decision.Refer(referredTo, rationale);
          case "STAND_DOWN" -> new DecideEscalationUseCase.Decision.StandDown(rationale);
          default -> null;
        };
    if (decision == null) {
      showEscalation(
          ctx,
          signed.get(),
          values,
          List.of(new FormError("decision", "Choose what you have decided")),
          400);
      return;
    }
    switch (decideEscalation.decide(signed.get().token(), PathIds.escalation(ctx), decision)) {
      case Outcome.Done<?> ignored -> Pages.seeOther(ctx, "/staff/escalations?done=decided");
      case Outcome.Invalid<?> invalid ->
          showEscalation(
              ctx,
              signed.get(),
              values,
              invalid.problems().stream()
                  .map(p -> new FormError(decisionAnchor(p.field()), p.message()))
                  .toList(),
              400);
      case Outcome.Refused<?> refused ->
          showEscalation(
              ctx, signed.get(), values, List.of(new FormError("decision", refused.reason())), 409);
      default -> notFound(ctx, pages.staffFrame(ctx, Optional.of(signed.get().nav())));
    }
  }

  private static String decisionAnchor(String field) {
    return switch (field) {
      case "referredTo" -> "referredTo";
      case "rationale" -> "rationale";
      default -> "decision";
    };
  }

  private void notFound(Context ctx, org.confide.adapter.web.page.Frame frame) {
    pages.message(
        ctx,
        404,
        frame,
        "Not found",
        "There is nothing here that you may see. It may not exist, or it may not be yours to"
            + " open.",
        "Back to the cases",
        "/staff/cases");
  }

  private ZoneId zone() {
    return pages.status().zone();
  }

  static String escalationInWords(EscalationStatus status) {
    return switch (status) {
      case RAISED -> "Raised, waiting for a lead";
      case ACKNOWLEDGED -> "Acknowledged";
      case REFERRED -> "Referred";
      case STOOD_DOWN -> "Stood down";
    };
  }
}
