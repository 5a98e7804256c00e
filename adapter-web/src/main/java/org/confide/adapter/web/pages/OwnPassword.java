package org.confide.adapter.web.pages;

import io.javalin.http.Context;
import java.util.List;
import java.util.Optional;
import org.confide.adapter.web.pages.view.FormError;
import org.confide.adapter.web.pages.view.PasswordPage;
import org.confide.application.Confide;
import org.confide.application.port.in.ChangeOwnPasswordUseCase;
import org.confide.application.port.in.Failure;
import org.confide.application.port.in.Outcome;
import org.confide.application.port.in.PasswordChangeFailure;

/** A staff member's page for changing their own password; any role may. */
public final class OwnPassword {

  private final Pages pages;
  private final StaffSession session;
  private final ChangeOwnPasswordUseCase changeOwnPassword;

  public OwnPassword(Confide confide, Pages pages) {
    this.pages = pages;
    this.session = new StaffSession(confide, pages);
    this.changeOwnPassword = confide.changeOwnPassword();
  }

  /** {@code GET /staff/password}. */
  public void show(Context ctx) {
    session
        .signedIn(ctx)
        .ifPresent(signed -> {
          var notice = "changed".equals(ctx.queryParam("done")) ? "password.changed" : null;
          pages.render(ctx, 200, new PasswordPage(session.frame(ctx, signed), notice, List.of()));
        });
  }

  /** {@code POST /staff/password}. */
  public void change(Context ctx) {
    var signed = session.signedIn(ctx);
    if (signed.isEmpty()) {
      return;
    }
    if (PageLanguages.switching(ctx)) {
      // The form in the language asked for; passwords are never written back, nothing changed.
      pages.render(ctx, 200, new PasswordPage(session.frame(ctx, signed.get()), null, List.of()));
      return;
    }
    var current = Optional.ofNullable(ctx.formParam("currentPassword")).orElse("");
    var wanted = Optional.ofNullable(ctx.formParam("newPassword")).orElse("");
    var command = new ChangeOwnPasswordUseCase.Command(current.toCharArray(), wanted.toCharArray());
    switch (changeOwnPassword.change(signed.get().token(), command)) {
      case Outcome.Done<Outcome.Ok, PasswordChangeFailure> changed ->
          Pages.seeOther(ctx, "/staff/password?done=changed");
      case Outcome.Failed<Outcome.Ok, PasswordChangeFailure>(Failure.Invalid invalid) -> {
        var frame = session.frame(ctx, signed.get());
        pages.render(
            ctx,
            400,
            new PasswordPage(
                frame, null, FormError.onePerField(invalid.problems(), frame.texts())));
      }
      // The session ended, or must set up two-factor sign-in, since the page began: sent on.
      case Outcome.Failed<Outcome.Ok, PasswordChangeFailure>(Failure.Unauthenticated gone) ->
          session.signedIn(ctx);
      case Outcome.Failed<Outcome.Ok, PasswordChangeFailure>(Failure.TwoFactorFirst first) ->
          session.signedIn(ctx);
    }
  }
}
