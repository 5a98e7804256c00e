package org.confide.adapter.web.pages;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.confide.adapter.web.pages.view.FormError;
import org.confide.adapter.web.pages.view.Frame;
import org.confide.adapter.web.pages.view.RecoveryCodesPage;
import org.confide.adapter.web.pages.view.StaffNav;
import org.confide.adapter.web.pages.view.TwoFactorDonePage;
import org.confide.adapter.web.pages.view.TwoFactorPage;
import org.confide.adapter.web.rendering.QrCode;
import org.confide.application.Confide;
import org.confide.application.port.in.BeginTwoFactorUseCase;
import org.confide.application.port.in.BeginTwoFactorUseCase.Enrolment;
import org.confide.application.port.in.ConfirmTwoFactorUseCase;
import org.confide.application.port.in.ConfirmTwoFactorUseCase.Confirmed;
import org.confide.application.port.in.Failure;
import org.confide.application.port.in.IdentifyStaffUseCase;
import org.confide.application.port.in.IdentifyStaffUseCase.StaffIdentity;
import org.confide.application.port.in.Outcome;
import org.confide.application.port.in.ReadTwoFactorStatusUseCase;
import org.confide.application.port.in.ReadTwoFactorStatusUseCase.Status;
import org.confide.application.port.in.RecoveryCodesFailure;
import org.confide.application.port.in.ReplaceRecoveryCodesUseCase;
import org.confide.application.port.in.SessionDenial;
import org.confide.application.port.in.SessionRequestFailure;
import org.confide.application.port.in.SessionToken;
import org.confide.application.port.in.StaffSessionDenial;
import org.confide.application.port.in.TwoFactorEnrolmentFailure;

/**
 * A staff member's two-factor sign-in: setting it up (the secret as a QR code and as text, proved
 * with a code), the recovery codes shown once, and where they stand afterwards. Reachable with a
 * session that is good for nothing else until this is done.
 */
public final class TwoFactorPages {

  private final Pages pages;
  private final ReadTwoFactorStatusUseCase twoFactorStatus;
  private final BeginTwoFactorUseCase beginTwoFactor;
  private final ConfirmTwoFactorUseCase confirmTwoFactor;
  private final IdentifyStaffUseCase identify;
  private final ReplaceRecoveryCodesUseCase replaceRecoveryCodes;

  public TwoFactorPages(Confide confide, Pages pages) {
    this.pages = pages;
    this.twoFactorStatus = confide.readTwoFactorStatus();
    this.beginTwoFactor = confide.beginTwoFactor();
    this.confirmTwoFactor = confide.confirmTwoFactor();
    this.identify = confide.identifyStaff();
    this.replaceRecoveryCodes = confide.replaceRecoveryCodes();
  }

  /** {@code GET /staff/two-factor}. */
  public void show(Context ctx) {
    var token = pages.session(ctx, Pages.STAFF_COOKIE);
    if (token.isEmpty()) {
      signIn(ctx, token);
      return;
    }
    switch (twoFactorStatus.read(token.get())) {
      case Outcome.Done<Status, SessionDenial>(var status) when status.setUp() ->
          pages.render(
              ctx,
              200,
              new TwoFactorDonePage(
                  frame(ctx, token.get()), status.recoveryCodesLeft(), List.of()));
      case Outcome.Done<Status, SessionDenial>(var status) ->
          showSetUp(ctx, token.get(), status, List.of(), 200);
      case Outcome.Failed<Status, SessionDenial>(Failure.Unauthenticated gone) ->
          signIn(ctx, token);
    }
  }

  /** {@code POST /staff/two-factor}: the code that proves the app; then the recovery codes. */
  public void confirm(Context ctx) {
    var token = pages.session(ctx, Pages.STAFF_COOKIE);
    if (token.isEmpty()) {
      signIn(ctx, token);
      return;
    }
    if (PageLanguages.switching(ctx)) {
      // The same key and code in the language asked for; nothing confirmed.
      showSetUpAgain(ctx, token.get(), List.of(), 200);
      return;
    }
    var code = Optional.ofNullable(ctx.formParam("code")).orElse("");
    switch (confirmTwoFactor.confirm(token.get(), new ConfirmTwoFactorUseCase.Command(code))) {
      case Outcome.Done<Confirmed, SessionRequestFailure>(var confirmed) -> {
        pages.startSession(ctx, Pages.STAFF_COOKIE, confirmed.session().token());
        pages.render(
            ctx,
            200,
            new RecoveryCodesPage(
                frame(ctx, confirmed.session().token()), confirmed.recoveryCodes(), false));
      }
      case Outcome.Failed<Confirmed, SessionRequestFailure>(Failure.Invalid invalid) -> {
        showSetUpAgain(ctx, token.get(), codeErrors(ctx, invalid), 400);
      }
      case Outcome.Failed<Confirmed, SessionRequestFailure>(Failure.Refused refused) ->
          Pages.seeOther(ctx, "/staff/two-factor");
      case Outcome.Failed<Confirmed, SessionRequestFailure>(Failure.Unauthenticated gone) ->
          signIn(ctx, token);
    }
  }

  /** The setting-up page again, as it stands, with {@code errors}. */
  private void showSetUpAgain(Context ctx, SessionToken token, List<FormError> errors, int status) {
    switch (twoFactorStatus.read(token)) {
      case Outcome.Done<Status, SessionDenial>(var found) ->
          showSetUp(ctx, token, found, errors, status);
      case Outcome.Failed<Status, SessionDenial>(Failure.Unauthenticated gone) ->
          signIn(ctx, Optional.of(token));
    }
  }

  /** {@code POST /staff/two-factor/recovery-codes}: a fresh code from the app; new codes. */
  public void replaceCodes(Context ctx) {
    var token = pages.session(ctx, Pages.STAFF_COOKIE);
    if (token.isEmpty()) {
      signIn(ctx, token);
      return;
    }
    if (PageLanguages.switching(ctx)) {
      // The page in the language asked for; the code is never written back, no codes replaced.
      switch (twoFactorStatus.read(token.get())) {
        case Outcome.Done<Status, SessionDenial>(var status) ->
            pages.render(
                ctx,
                200,
                new TwoFactorDonePage(
                    frame(ctx, token.get()), status.recoveryCodesLeft(), List.of()));
        case Outcome.Failed<Status, SessionDenial>(Failure.Unauthenticated gone) ->
            signIn(ctx, token);
      }
      return;
    }
    var code = Optional.ofNullable(ctx.formParam("code")).orElse("");
    var command = new ReplaceRecoveryCodesUseCase.Command(code);
    switch (replaceRecoveryCodes.replace(token.get(), command)) {
      case Outcome.Done<List<String>, RecoveryCodesFailure>(var codes) ->
          pages.render(ctx, 200, new RecoveryCodesPage(frame(ctx, token.get()), codes, true));
      case Outcome.Failed<List<String>, RecoveryCodesFailure>(Failure.Invalid invalid) -> {
        var errors = codeErrors(ctx, invalid);
        switch (twoFactorStatus.read(token.get())) {
          case Outcome.Done<Status, SessionDenial>(var status) ->
              pages.render(
                  ctx,
                  400,
                  new TwoFactorDonePage(
                      frame(ctx, token.get()), status.recoveryCodesLeft(), errors));
          case Outcome.Failed<Status, SessionDenial>(Failure.Unauthenticated gone) ->
              signIn(ctx, token);
        }
      }
      // Not set up, or to be set up first: the set-up page says what to do.
      case Outcome.Failed<List<String>, RecoveryCodesFailure>(Failure.Refused notSetUp) ->
          Pages.seeOther(ctx, "/staff/two-factor");
      case Outcome.Failed<List<String>, RecoveryCodesFailure>(Failure.TwoFactorFirst first) ->
          Pages.seeOther(ctx, "/staff/two-factor");
      case Outcome.Failed<List<String>, RecoveryCodesFailure>(Failure.Unauthenticated gone) ->
          signIn(ctx, token);
    }
  }

  private void showSetUp(
      Context ctx, SessionToken token, Status status, List<FormError> errors, int code) {
    Enrolment enrolment;
    switch (beginTwoFactor.begin(token)) {
      case Outcome.Done<Enrolment, TwoFactorEnrolmentFailure>(var begun) -> enrolment = begun;
      case Outcome.Failed<Enrolment, TwoFactorEnrolmentFailure>(Failure.Refused setUpMeanwhile) -> {
        Pages.seeOther(ctx, "/staff/two-factor");
        return;
      }
      case Outcome.Failed<Enrolment, TwoFactorEnrolmentFailure>(Failure.Unauthenticated gone) -> {
        Pages.seeOther(ctx, "/staff/two-factor");
        return;
      }
    }
    var frame = frame(ctx, token);
    var secret = enrolment.secret();
    var groups = new ArrayList<String>();
    for (int i = 0; i < secret.length(); i += 4) {
      groups.add(secret.substring(i, Math.min(secret.length(), i + 4)));
    }
    pages.render(
        ctx,
        code,
        new TwoFactorPage(
            frame,
            status.required(),
            QrCode.svg(enrolment.uri(), frame.t("twoFactor.qr")),
            enrolment.uri(),
            groups,
            errors));
  }

  /** The code was not right (or not there): one error, in the words of the page's language. */
  private List<FormError> codeErrors(Context ctx, Failure.Invalid invalid) {
    return FormError.onePerField(invalid.problems(), pages.texts(ctx));
  }

  /** The staff frame, with the navigation once the session opens more than this. */
  private Frame frame(Context ctx, SessionToken token) {
    var nav =
        switch (identify.identify(token)) {
          case Outcome.Done<StaffIdentity, StaffSessionDenial>(var who) ->
              Optional.of(StaffSession.nav(who));
          // Until it is set up, the session opens nothing to navigate to.
          case Outcome.Failed<StaffIdentity, StaffSessionDenial>(Failure.TwoFactorFirst first) ->
              Optional.<StaffNav>empty();
          case Outcome.Failed<StaffIdentity, StaffSessionDenial>(Failure.Unauthenticated gone) ->
              Optional.<StaffNav>empty();
        };
    return pages.staffFrame(ctx, nav);
  }

  private void signIn(Context ctx, Optional<SessionToken> token) {
    pages.endSession(ctx, Pages.STAFF_COOKIE);
    Pages.seeOther(ctx, token.isPresent() ? "/staff/sign-in?why=expired" : "/staff/sign-in");
  }
}
