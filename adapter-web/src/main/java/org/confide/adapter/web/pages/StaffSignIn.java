package org.confide.adapter.web.pages;

import io.javalin.http.Context;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.confide.adapter.web.Responses;
import org.confide.adapter.web.SingleSignOnSettings;
import org.confide.adapter.web.i18n.Texts;
import org.confide.adapter.web.pages.view.FormError;
import org.confide.adapter.web.pages.view.StaffSignInPage;
import org.confide.adapter.web.security.Guard;
import org.confide.adapter.web.security.KnownDevices;
import org.confide.adapter.web.security.SameOrigin;
import org.confide.adapter.web.security.oidc.OpenIdProvider;
import org.confide.application.Confide;
import org.confide.application.port.in.EndSessionUseCase;
import org.confide.application.port.in.Failure;
import org.confide.application.port.in.IdentifyStaffUseCase.StaffIdentity;
import org.confide.application.port.in.LogInStaffUseCase;
import org.confide.application.port.in.Outcome;
import org.confide.application.port.in.ReadTwoFactorStatusUseCase;
import org.confide.application.port.in.ReadTwoFactorStatusUseCase.Status;
import org.confide.application.port.in.SessionDenial;
import org.confide.application.port.in.SessionGrant;
import org.confide.application.port.in.SignInDenial;
import org.confide.domain.staff.Permission;
import org.confide.domain.staff.Role;

/**
 * Signing in to the staff pages and out again, and {@code /staff}, which sends a member to the
 * first page their roles open.
 */
public final class StaffSignIn {

  private final Pages pages;
  private final StaffSession session;
  private final LogInStaffUseCase logIn;
  private final ReadTwoFactorStatusUseCase twoFactorStatus;
  private final EndSessionUseCase endSession;
  private final Guard guard;
  private final KnownDevices devices;
  private final SingleSignOnSettings sso;
  private final Optional<OpenIdProvider> provider;
  private final SameOrigin origin;

  public StaffSignIn(
      Confide confide,
      Pages pages,
      Guard guard,
      KnownDevices devices,
      SingleSignOnSettings sso,
      Optional<OpenIdProvider> provider,
      SameOrigin origin) {
    this.pages = pages;
    this.sso = sso;
    this.provider = provider;
    this.origin = origin;
    this.session = new StaffSession(confide, pages);
    this.logIn = confide.logInStaff();
    this.twoFactorStatus = confide.readTwoFactorStatus();
    this.endSession = confide.endSession();
    this.guard = guard;
    this.devices = devices;
  }

  /** {@code GET /staff}. */
  public void start(Context ctx) {
    session.signedIn(ctx).ifPresent(signed -> Pages.seeOther(ctx, home(signed.who())));
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
  public void signInForm(Context ctx) {
    var notice =
        switch (Optional.ofNullable(ctx.queryParam("why")).orElse("")) {
          case "expired" -> "staffSignIn.expired";
          case "signed-out" -> "staffSignIn.signedOut";
          case "password-set" -> "staffSignIn.passwordSet";
          default -> null;
        };
    // After signing out here, the member may also sign out of the provider, where it says how.
    var providerLogout =
        "signed-out".equals(ctx.queryParam("why"))
            ? provider.flatMap(known ->
                origin
                    .own(ctx)
                    .flatMap(own -> known.endSession(URI.create(own + "/staff/sign-in"))))
            : Optional.<URI>empty();
    showSignIn(ctx, "", List.of(), notice, 200, providerLogout.map(URI::toString));
  }

  private void showSignIn(
      Context ctx, String email, List<FormError> errors, String notice, int status) {
    showSignIn(ctx, email, errors, notice, status, Optional.empty());
  }

  private void showSignIn(
      Context ctx,
      String email,
      List<FormError> errors,
      String notice,
      int status,
      Optional<String> providerLogout) {
    var frame = pages.staffFrame(ctx, Optional.empty());
    pages.render(
        ctx,
        status,
        new StaffSignInPage(
            frame,
            email,
            errors,
            notice,
            provider.map(OpenIdProvider::displayName),
            sso.passwordSignIn(),
            providerLogout));
  }

  /**
   * {@code POST /staff/sign-in}: throttled per account, like the API, except that a browser that
   * has signed in to the account before (its known-device cookie) has a budget of its own.
   */
  public void signIn(Context ctx) {
    var email = Optional.ofNullable(ctx.formParam("email")).orElse("").strip();
    var password = Optional.ofNullable(ctx.formParam("password")).orElse("");
    var code = Optional.ofNullable(ctx.formParam("code")).orElse("");
    var texts = pages.texts(ctx);
    if (PageLanguages.switching(ctx)) {
      // The page in the language asked for, the address kept; a password or a code is never
      // written back into a page, and no try is counted.
      showSignIn(ctx, email, List.of(), null, 200);
      return;
    }
    if (email.isEmpty() || password.isEmpty()) {
      var errors = new ArrayList<FormError>();
      if (email.isEmpty()) {
        errors.add(new FormError("email", texts.text("staffSignIn.error.email")));
      }
      if (password.isEmpty()) {
        errors.add(new FormError("password", texts.text("staffSignIn.error.password")));
      }
      showSignIn(ctx, email, errors, null, 400);
      return;
    }
    if (!sso.passwordAllowedFor(email)) {
      showSignIn(
          ctx,
          email,
          List.of(
              new FormError(
                  "email",
                  provider
                      .map(
                          known -> texts.text("staffSignIn.error.passwordOff", known.displayName()))
                      .orElseGet(() -> texts.text("staffSignIn.error.passwordOffOrganisation")))),
          null,
          403);
      return;
    }
    var device = devices.recognise(email, pages.cookie(ctx, Pages.DEVICE_COOKIE).orElse(null));
    var tried =
        guard.passwordTry(
            guard.accountKey(email),
            device,
            () ->
                logIn.logIn(
                    new LogInStaffUseCase.Command(
                        email, password.toCharArray(), Optional.of(code))));
    switch (tried) {
      case Outcome.Done<SessionGrant, SignInDenial>(var grant) -> {
        pages.startSession(ctx, Pages.STAFF_COOKIE, grant.token());
        // Only a sign-in with the second factor makes a device known: a password alone, on the
        // way to setting the factor up, is not enough to earn a budget of its own.
        if (twoFactorStatus.read(grant.token())
                instanceof Outcome.Done<Status, SessionDenial>(var status)
            && status.setUp()) {
          pages.setLastingCookie(
              ctx, Pages.DEVICE_COOKIE, devices.remember(email, device), KnownDevices.LIFETIME);
        }
        Pages.seeOther(ctx, "/staff");
      }
      case Outcome.Failed<SessionGrant, SignInDenial>(Failure.Throttled throttled) -> {
        ctx.header(
            "Retry-After", Long.toString(Responses.retryAfterSeconds(throttled.retryAfter())));
        showSignIn(
            ctx, email, List.of(new FormError("email", tooManyTries(texts, throttled))), null, 429);
      }
      case Outcome.Failed<SessionGrant, SignInDenial>(Failure.Unauthenticated wrong) -> {
        showSignIn(
            ctx,
            email,
            List.of(new FormError("email", texts.text("staffSignIn.error.wrong"))),
            null,
            401);
      }
    }
  }

  /**
   * What a member is told when their sign-in to an account is throttled, with how long to wait, in
   * the words of {@code texts}.
   */
  static String tooManyTries(Texts texts, Failure.Throttled throttled) {
    return texts.text("staffSignIn.error.tooManyTries", Responses.waitInMinutes(throttled));
  }

  /** {@code POST /staff/sign-out}. */
  public void signOut(Context ctx) {
    pages
        .session(ctx, Pages.STAFF_COOKIE)
        .ifPresent(token -> endSession.end(token, EndSessionUseCase.Command.staff()));
    pages.endSession(ctx, Pages.STAFF_COOKIE);
    Pages.seeOther(ctx, "/staff/sign-in?why=signed-out");
  }
}
