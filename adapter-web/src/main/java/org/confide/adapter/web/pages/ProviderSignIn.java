package org.confide.adapter.web.pages;

import io.javalin.http.Context;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.confide.adapter.web.Responses;
import org.confide.adapter.web.i18n.ProblemWords;
import org.confide.adapter.web.pages.view.FormError;
import org.confide.adapter.web.pages.view.Frame;
import org.confide.adapter.web.pages.view.ProviderCodePage;
import org.confide.adapter.web.pages.view.SignedInPage;
import org.confide.adapter.web.security.Guard;
import org.confide.adapter.web.security.PendingSignIns;
import org.confide.adapter.web.security.SameOrigin;
import org.confide.adapter.web.security.oidc.OpenIdProvider;
import org.confide.adapter.web.security.oidc.OpenIdProvider.Finish;
import org.confide.adapter.web.security.oidc.OpenIdProvider.Why;
import org.confide.application.Confide;
import org.confide.application.port.in.Failure;
import org.confide.application.port.in.Outcome;
import org.confide.application.port.in.ProviderSignInFailure;
import org.confide.application.port.in.SessionGrant;
import org.confide.application.port.in.SignInDenial;
import org.confide.application.port.in.SignInWithProviderUseCase;

/**
 * Signing in to the staff pages through the organisation's identity provider (single sign-on): off
 * to the provider, back with a code that is checked and exchanged, then Confide's own code from the
 * authenticator app when the provider's second factor does not stand in for it. Every refusal is a
 * page that says what happened and opens no session.
 */
public final class ProviderSignIn {

  /**
   * The cookie that carries a started sign-in's {@code state}, nonce, PKCE verifier and the
   * language asked for, for the sign-in's few minutes.
   */
  static final String STARTED_COOKIE = "confide_sso";

  /** The cookie that carries a sign-in waiting for the member's code, sealed. */
  static final String PENDING_COOKIE = "confide_sso_code";

  /** Where the provider sends the browser back; the address to register with it. */
  public static final String CALLBACK = "/staff/sign-in/sso/callback";

  private final Pages pages;
  private final OpenIdProvider provider;
  private final SignInWithProviderUseCase signIn;
  private final Guard guard;
  private final PendingSignIns pending;
  private final SameOrigin origin;

  public ProviderSignIn(
      Confide confide,
      Pages pages,
      OpenIdProvider provider,
      Guard guard,
      PendingSignIns pending,
      SameOrigin origin) {
    this.pages = pages;
    this.provider = provider;
    this.signIn = confide.signInWithProvider();
    this.guard = guard;
    this.pending = pending;
    this.origin = origin;
  }

  /** {@code GET /staff/sign-in/sso}: off to the provider, or a page saying it cannot be reached. */
  public void start(Context ctx) {
    var redirect = redirectUri(ctx);
    // The language asked for travels with the sign-in's state, not through the provider.
    var started = redirect.flatMap(uri -> provider.start(uri, PageLanguages.asked(ctx)));
    if (started.isEmpty()) {
      unavailable(ctx);
      return;
    }
    pages.setCrossSiteReturnCookie(
        ctx, STARTED_COOKIE, started.get().cookieValue(), OpenIdProvider.SIGN_IN_LIFETIME);
    Pages.seeOther(ctx, started.get().location().toString());
  }

  /**
   * {@code GET /staff/sign-in/sso/callback}: the provider sent the browser back. The started
   * sign-in's cookie is used once, whatever the outcome.
   */
  public void callback(Context ctx) {
    var cookie = pages.cookie(ctx, STARTED_COOKIE).orElse(null);
    pages.forgetCookie(ctx, STARTED_COOKIE);
    // Every page from here on is in the language the member started in.
    OpenIdProvider.language(cookie).ifPresent(tag -> PageLanguages.ask(ctx, tag));
    var redirect = redirectUri(ctx);
    if (redirect.isEmpty()) {
      refusedByProtocol(ctx, Why.NOT_STARTED);
      return;
    }
    switch (provider.finish(redirect.get(), ctx.queryParamMap(), cookie)) {
      case Finish.Refused(var why) -> refusedByProtocol(ctx, why);
      case Finish.Verified verified -> {
        var command =
            new SignInWithProviderUseCase.Command(
                verified.email(),
                verified.emailVerified(),
                verified.secondFactor(),
                Optional.empty(),
                verified.provision());
        switch (signIn.signIn(command)) {
          case Outcome.Done<SessionGrant, ProviderSignInFailure>(var grant) -> signedIn(ctx, grant);
          case Outcome.Failed<SessionGrant, ProviderSignInFailure>(Failure.Refused refused) ->
              refused(ctx, refused);
          case Outcome.Failed<SessionGrant, ProviderSignInFailure>(
                  Failure.Unauthenticated codeNeeded) -> {
            // Only the member's own code is missing: the verified address waits, sealed, in
            // this browser, for a few minutes.
            pages.setLastingCookie(
                ctx, PENDING_COOKIE, pending.seal(verified.email()), PendingSignIns.LIFETIME);
            showCode(ctx, List.of(), 200);
          }
          case Outcome.Failed<SessionGrant, ProviderSignInFailure>(Failure.Throttled throttled) ->
              tooManyTries(ctx, throttled);
        }
      }
    }
  }

  /**
   * {@code POST /staff/sign-in/sso/code}: the member's code, after the provider's sign-in;
   * throttled per account like a password.
   */
  public void code(Context ctx) {
    var email = pending.open(pages.cookie(ctx, PENDING_COOKIE).orElse(null));
    if (email.isEmpty()) {
      refusedByProtocol(ctx, Why.NOT_STARTED);
      return;
    }
    if (PageLanguages.switching(ctx)) {
      // The page in the language asked for; no try is counted.
      showCode(ctx, List.of(), 200);
      return;
    }
    var code = Optional.ofNullable(ctx.formParam("code")).orElse("").strip();
    var texts = pages.texts(ctx);
    if (code.isEmpty()) {
      showCode(ctx, List.of(new FormError("code", texts.text("ssoCode.error.empty"))), 400);
      return;
    }
    var refusal = new AtomicReference<Failure.Refused>();
    var tried =
        guard.passwordTry(
            guard.accountKey(email.get()),
            Optional.empty(),
            () ->
                signIn
                    .signIn(
                        new SignInWithProviderUseCase.Command(
                            email.get(), true, false, Optional.of(code)))
                    .mapFailure(failure -> asSignInFailure(failure, refusal)));
    switch (tried) {
      case Outcome.Done<SessionGrant, SignInDenial>(var grant) -> {
        pages.forgetCookie(ctx, PENDING_COOKIE);
        pages.startSession(ctx, Pages.STAFF_COOKIE, grant.token());
        Pages.seeOther(ctx, "/staff");
      }
      case Outcome.Failed<SessionGrant, SignInDenial>(Failure.Throttled throttled) ->
          tooManyTries(ctx, throttled);
      case Outcome.Failed<SessionGrant, SignInDenial>(Failure.Unauthenticated wrong) -> {
        if (refusal.get() != null) {
          pages.forgetCookie(ctx, PENDING_COOKIE);
          refused(ctx, refusal.get());
        } else {
          showCode(ctx, List.of(new FormError("code", texts.text("ssoCode.error.wrong"))), 401);
        }
      }
    }
  }

  /**
   * A failure of the use case as the throttle counts it: every failure is a failed try; a refusal
   * (the account deactivated meanwhile) is kept aside to be shown as such.
   */
  private static SignInDenial asSignInFailure(
      ProviderSignInFailure failure, AtomicReference<Failure.Refused> refusal) {
    return switch (failure) {
      case Failure.Unauthenticated unauthenticated -> unauthenticated;
      case Failure.Throttled throttled -> throttled;
      case Failure.Refused refused -> {
        refusal.set(refused);
        yield new Failure.Unauthenticated();
      }
    };
  }

  private void tooManyTries(Context ctx, Failure.Throttled throttled) {
    ctx.header("Retry-After", Long.toString(Responses.retryAfterSeconds(throttled.retryAfter())));
    var texts = pages.texts(ctx);
    showCode(ctx, List.of(new FormError("code", StaffSignIn.tooManyTries(texts, throttled))), 429);
  }

  private void signedIn(Context ctx, SessionGrant grant) {
    pages.startSession(ctx, Pages.STAFF_COOKIE, grant.token());
    pages.render(ctx, 200, new SignedInPage(pages.staffFrame(ctx, Optional.empty())));
  }

  private void showCode(Context ctx, List<FormError> errors, int status) {
    pages.render(
        ctx, status, new ProviderCodePage(pages.staffFrame(ctx, Optional.empty()), errors));
  }

  /**
   * The use case refused the account (no account, deactivated, address not confirmed): its reason,
   * said by its code in the page's language.
   */
  private void refused(Context ctx, Failure.Refused refused) {
    var frame = pages.staffFrame(ctx, Optional.empty());
    message(ctx, frame, 403, "sso.refused.title", ProblemWords.of(refused, frame.texts()));
  }

  private void unavailable(Context ctx) {
    var frame = pages.staffFrame(ctx, Optional.empty());
    message(
        ctx,
        frame,
        503,
        "sso.unavailable.title",
        frame.t("sso.unavailable.text", provider.displayName()));
  }

  private void refusedByProtocol(Context ctx, Why why) {
    if (why == Why.UNAVAILABLE) {
      unavailable(ctx);
      return;
    }
    var frame = pages.staffFrame(ctx, Optional.empty());
    var name = provider.displayName();
    var text =
        switch (why) {
          case NOT_STARTED -> frame.t("sso.failed.notStarted");
          case PROVIDER_REFUSED -> frame.t("sso.failed.providerRefused", name);
          case NO_EMAIL -> frame.t("sso.failed.noEmail", name);
          case MALFORMED, WRONG_STATE, CODE_REFUSED, TOKEN_INVALID, UNAVAILABLE ->
              frame.t("sso.failed.unchecked", name);
        };
    message(
        ctx,
        frame,
        why == Why.NOT_STARTED || why == Why.PROVIDER_REFUSED ? 400 : 403,
        "sso.failed.title",
        text);
  }

  /** A page saying why there is no session, and the way back to the sign-in page. */
  private void message(Context ctx, Frame frame, int status, String title, String text) {
    pages.message(
        ctx,
        status,
        frame,
        frame.t(title),
        text,
        frame.t("sso.backToSignIn"),
        frame.href("/staff/sign-in"));
  }

  /** The address the provider sends the browser back to: this server's origin and the callback. */
  private Optional<URI> redirectUri(Context ctx) {
    return origin.own(ctx).map(own -> URI.create(own + CALLBACK));
  }
}
