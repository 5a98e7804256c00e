package org.confide.adapter.web.pages;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.confide.adapter.web.pages.view.FormError;
import org.confide.adapter.web.pages.view.Frame;
import org.confide.adapter.web.pages.view.RecoveryCodesPage;
import org.confide.adapter.web.pages.view.TwoFactorDonePage;
import org.confide.adapter.web.pages.view.TwoFactorPage;
import org.confide.adapter.web.rendering.QrCode;
import org.confide.application.Confide;
import org.confide.application.port.in.IdentifyStaffUseCase;
import org.confide.application.port.in.IdentifyStaffUseCase.StaffIdentity;
import org.confide.application.port.in.Outcome;
import org.confide.application.port.in.SessionToken;
import org.confide.application.port.in.SetUpTwoFactorUseCase;
import org.confide.application.port.in.SetUpTwoFactorUseCase.Status;

/**
 * A staff member's two-factor sign-in: setting it up (the secret as a QR code and as text, proved
 * with a code), the recovery codes shown once, and where they stand afterwards. Reachable with a
 * session that is good for nothing else until this is done.
 */
public final class TwoFactorPages {

  private final Pages pages;
  private final SetUpTwoFactorUseCase twoFactor;
  private final IdentifyStaffUseCase identify;

  public TwoFactorPages(Confide confide, Pages pages) {
    this.pages = pages;
    this.twoFactor = confide.setUpTwoFactor();
    this.identify = confide.identifyStaff();
  }

  /** {@code GET /staff/two-factor}. */
  public void show(Context ctx) {
    var token = pages.session(ctx, Pages.STAFF_COOKIE);
    if (token.isEmpty() || !(twoFactor.status(token.get()) instanceof Outcome.Done<Status> done)) {
      signIn(ctx, token);
      return;
    }
    if (done.value().setUp()) {
      pages.render(
          ctx,
          200,
          new TwoFactorDonePage(frame(ctx, token.get()), done.value().recoveryCodesLeft()));
      return;
    }
    showSetUp(ctx, token.get(), done.value(), List.of(), 200);
  }

  /** {@code POST /staff/two-factor}: the code that proves the app; then the recovery codes. */
  public void confirm(Context ctx) {
    var token = pages.session(ctx, Pages.STAFF_COOKIE);
    if (token.isEmpty()) {
      signIn(ctx, token);
      return;
    }
    var code = Optional.ofNullable(ctx.formParam("code")).orElse("");
    switch (twoFactor.confirm(token.get(), code)) {
      case Outcome.Done<SetUpTwoFactorUseCase.Confirmed> done -> {
        pages.startSession(ctx, Pages.STAFF_COOKIE, done.value().session().token());
        pages.render(
            ctx,
            200,
            new RecoveryCodesPage(
                frame(ctx, done.value().session().token()), done.value().recoveryCodes()));
      }
      case Outcome.Invalid<?> invalid -> {
        var errors = new ArrayList<FormError>();
        invalid.problems().forEach(p -> errors.add(new FormError("code", p.message())));
        if (twoFactor.status(token.get()) instanceof Outcome.Done<Status> status) {
          showSetUp(ctx, token.get(), status.value(), errors, 400);
        } else {
          signIn(ctx, token);
        }
      }
      case Outcome.Refused<?> refused -> Pages.seeOther(ctx, "/staff/two-factor");
      default -> signIn(ctx, token);
    }
  }

  private void showSetUp(
      Context ctx, SessionToken token, Status status, List<FormError> errors, int code) {
    if (!(twoFactor.begin(token) instanceof Outcome.Done<SetUpTwoFactorUseCase.Enrolment> done)) {
      Pages.seeOther(ctx, "/staff/two-factor");
      return;
    }
    var secret = done.value().secret();
    var groups = new ArrayList<String>();
    for (int i = 0; i < secret.length(); i += 4) {
      groups.add(secret.substring(i, Math.min(secret.length(), i + 4)));
    }
    pages.render(
        ctx,
        code,
        new TwoFactorPage(
            frame(ctx, token),
            status.required(),
            QrCode.svg(done.value().uri(), "QR code to scan with your authenticator app"),
            groups,
            errors));
  }

  /** The staff frame, with the navigation once the session opens more than this. */
  private Frame frame(Context ctx, SessionToken token) {
    return pages.staffFrame(
        ctx,
        identify.identify(token) instanceof Outcome.Done<StaffIdentity> who
            ? Optional.of(StaffSession.nav(who.value()))
            : Optional.empty());
  }

  private void signIn(Context ctx, Optional<SessionToken> token) {
    pages.endSession(ctx, Pages.STAFF_COOKIE);
    Pages.seeOther(ctx, token.isPresent() ? "/staff/sign-in?why=expired" : "/staff/sign-in");
  }
}
