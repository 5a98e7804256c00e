package org.confide.adapter.web.pages;

import io.javalin.http.Context;
import java.util.List;
import java.util.Optional;
import org.confide.adapter.web.Responses;
import org.confide.adapter.web.WebSettings;
import org.confide.adapter.web.pages.view.CodeSignInPage;
import org.confide.adapter.web.pages.view.FormError;
import org.confide.adapter.web.security.Guard;
import org.confide.application.Confide;
import org.confide.application.port.in.EndSessionUseCase;
import org.confide.application.port.in.Failure;
import org.confide.application.port.in.OpenReporterSessionUseCase;
import org.confide.application.port.in.Outcome;
import org.confide.application.port.in.SessionGrant;
import org.confide.application.port.in.SignInDenial;

/**
 * A reporter's way in and out: signing in with the access code, signing out, and the quick exit.
 */
public final class ReporterSignIn {

  private final Pages pages;
  private final OpenReporterSessionUseCase openSession;
  private final EndSessionUseCase endSession;
  private final Guard guard;
  private final WebSettings settings;

  public ReporterSignIn(Confide confide, Pages pages, Guard guard, WebSettings settings) {
    this.pages = pages;
    this.openSession = confide.openReporterSession();
    this.endSession = confide.endSession();
    this.guard = guard;
    this.settings = settings;
  }

  /** {@code GET /sign-in}. */
  public void signInForm(Context ctx) {
    var notice =
        "expired".equals(ctx.queryParam("why")) ? pages.texts(ctx).text("signIn.expired") : null;
    showSignIn(ctx, List.of(), notice, 200);
  }

  private void showSignIn(Context ctx, List<FormError> errors, String notice, int status) {
    pages.render(
        ctx, status, new CodeSignInPage(pages.reporterFrame(ctx), errors, notice, null, null));
  }

  /**
   * {@code POST /sign-in}: throttled per client and overall, like the API. Sent by the language
   * switch, the page again in that language, holding the code as typed and any message that could
   * not be sent, and no try counted.
   */
  public void signIn(Context ctx) {
    var code = Optional.ofNullable(ctx.formParam("code")).orElse("");
    if (PageLanguages.switching(ctx)) {
      var unsent = Optional.ofNullable(ctx.formParam("unsent")).filter(text -> !text.isBlank());
      var notice = unsent.map(text -> pages.texts(ctx).text("signIn.expired")).orElse(null);
      pages.render(
          ctx,
          200,
          new CodeSignInPage(
              pages.reporterFrame(ctx), List.of(), notice, unsent.orElse(null), code));
      return;
    }
    if (code.isBlank()) {
      showSignIn(ctx, problem(ctx, "signIn.problem.empty"), null, 400);
      return;
    }
    var tried =
        guard.codeTry(
            guard.clientKey(ctx),
            () -> openSession.open(new OpenReporterSessionUseCase.Command(code)));
    switch (tried) {
      case Outcome.Done<SessionGrant, SignInDenial>(var grant) -> {
        pages.startSession(ctx, Pages.REPORTER_COOKIE, grant.token());
        Pages.seeOther(ctx, "/my-report");
      }
      case Outcome.Failed<SessionGrant, SignInDenial>(Failure.Throttled throttled) -> {
        var seconds = Responses.retryAfterSeconds(throttled.retryAfter());
        ctx.header("Retry-After", Long.toString(seconds));
        showSignIn(
            ctx,
            problem(ctx, "signIn.problem.throttled", Math.max(1, (seconds + 59) / 60)),
            null,
            429);
      }
      case Outcome.Failed<SessionGrant, SignInDenial>(Failure.Unauthenticated wrong) -> {
        showSignIn(ctx, problem(ctx, "signIn.problem.wrong"), null, 401);
      }
    }
  }

  /** {@code POST /sign-out}. */
  public void signOut(Context ctx) {
    pages
        .session(ctx, Pages.REPORTER_COOKIE)
        .ifPresent(token -> endSession.end(token, EndSessionUseCase.Command.reporter()));
    pages.endSession(ctx, Pages.REPORTER_COOKIE);
    Pages.seeOther(ctx, "/?done=signed-out");
  }

  /**
   * {@code GET /leave}: the quick exit. Ends any reporter session, asks the browser to forget this
   * site's cookies and cache, and sends the browser to an everyday page elsewhere.
   */
  public void leave(Context ctx) {
    pages
        .session(ctx, Pages.REPORTER_COOKIE)
        .ifPresent(token -> endSession.end(token, EndSessionUseCase.Command.reporter()));
    pages.endSession(ctx, Pages.REPORTER_COOKIE);
    ctx.header("Clear-Site-Data", "\"cache\", \"cookies\", \"storage\"");
    Pages.seeOther(ctx, settings.quickExitUrl());
  }

  /** The problem with the code, the message {@code key} in the page's language. */
  private List<FormError> problem(Context ctx, String key, Object... arguments) {
    var texts = pages.texts(ctx);
    return List.of(
        new FormError(
            "code", arguments.length == 0 ? texts.text(key) : texts.text(key, arguments)));
  }
}
