package org.confide.adapter.web.pages;

import io.javalin.http.Context;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.confide.adapter.web.PathIds;
import org.confide.adapter.web.SetPasswordLinks;
import org.confide.adapter.web.i18n.ProblemWords;
import org.confide.adapter.web.pages.view.FormError;
import org.confide.adapter.web.pages.view.PasswordResetIssuedPage;
import org.confide.adapter.web.pages.view.SetPasswordPage;
import org.confide.adapter.web.security.SameOrigin;
import org.confide.application.Confide;
import org.confide.application.port.in.Failure;
import org.confide.application.port.in.ListStaffUseCase;
import org.confide.application.port.in.LookUpFailure;
import org.confide.application.port.in.Outcome;
import org.confide.application.port.in.PasswordLinkFailure;
import org.confide.application.port.in.ResetStaffPasswordUseCase;
import org.confide.application.port.in.SetPasswordByLinkUseCase;
import org.confide.application.port.in.SetPasswordFailure;
import org.confide.application.port.in.StaffDenial;
import org.confide.domain.staff.StaffId;

/**
 * A password reset in the browser: the administrator's button on a staff account's page, the page
 * that shows the one-time link once, and the page the link opens, where the member chooses a new
 * password without being signed in.
 *
 * <p>The link carries its token in the address, as any link in an email must; the page it opens
 * puts the token in a hidden field and posts the form to the address without it. Opening the link
 * spends nothing (a mail scanner that follows links uses nothing up); only the post, with the new
 * password, spends it. The token travels in the body of that post, so it is never in the address of
 * a request that changes anything, and reloading the page afterwards sends nothing again.
 */
public final class PasswordResetPages {

  private final Pages pages;
  private final StaffSession session;
  private final ResetStaffPasswordUseCase resetStaffPassword;
  private final SetPasswordByLinkUseCase setPasswordByLink;
  private final ListStaffUseCase listStaff;
  private final SameOrigin origin;

  public PasswordResetPages(Confide confide, Pages pages, SameOrigin origin) {
    this.pages = pages;
    this.session = new StaffSession(confide, pages);
    this.resetStaffPassword = confide.resetStaffPassword();
    this.setPasswordByLink = confide.setPasswordByLink();
    this.listStaff = confide.listStaff();
    this.origin = origin;
  }

  /** {@code POST /staff/admin/staff/{id}/password-reset}: the link, shown this once. */
  public void reset(Context ctx) {
    var signed = session.signedIn(ctx);
    if (signed.isEmpty()) {
      return;
    }
    var id = PathIds.staff(ctx);
    // Read before the reset, which may end the administrator's own session (their own account).
    var email = emailOf(signed.get(), id);
    var frame = session.frame(ctx, signed.get());
    switch (resetStaffPassword.reset(
        signed.get().token(), new ResetStaffPasswordUseCase.Command(id))) {
      case Outcome.Done<ResetStaffPasswordUseCase.IssuedLink, LookUpFailure>(var issued) ->
          pages.render(
              ctx,
              200,
              new PasswordResetIssuedPage(
                  frame,
                  email.orElseGet(() -> frame.t("resetIssued.thisAccount")),
                  SetPasswordLinks.link(origin, ctx, issued.token()),
                  frame.texts().moment(issued.expiresAt(), pages.zone())));
      case Outcome.Failed<ResetStaffPasswordUseCase.IssuedLink, LookUpFailure>(
              Failure.NotFound notFound) ->
          session.notFound(ctx, frame);
      case Outcome.Failed<ResetStaffPasswordUseCase.IssuedLink, LookUpFailure>(
              Failure.Forbidden forbidden) ->
          Administration.forbidden(pages, ctx, frame);
      // The session ended, or must set up two-factor sign-in, since the page began: sent on.
      case Outcome.Failed<ResetStaffPasswordUseCase.IssuedLink, LookUpFailure>(
              Failure.Unauthenticated gone) ->
          session.signedIn(ctx);
      case Outcome.Failed<ResetStaffPasswordUseCase.IssuedLink, LookUpFailure>(
              Failure.TwoFactorFirst first) ->
          session.signedIn(ctx);
    }
  }

  /** {@code GET /staff/set-password?token=...}: the form, if the link still works. */
  public void form(Context ctx) {
    var token = Optional.ofNullable(ctx.queryParam("token")).orElse("").strip();
    switch (setPasswordByLink.check(token)) {
      case Outcome.Done<SetPasswordByLinkUseCase.OpenLink, PasswordLinkFailure>(var open) ->
          show(ctx, token, open.expiresAt(), List.of(), 200);
      case Outcome.Failed<SetPasswordByLinkUseCase.OpenLink, PasswordLinkFailure>(var failure) ->
          unusable(ctx, failure);
    }
  }

  /** {@code POST /staff/set-password}: the new password, with the token in the form. */
  public void set(Context ctx) {
    var token = Optional.ofNullable(ctx.formParam("token")).orElse("").strip();
    if (PageLanguages.switching(ctx)) {
      // The form in the language asked for, if the link still works; nothing set.
      switch (setPasswordByLink.check(token)) {
        case Outcome.Done<SetPasswordByLinkUseCase.OpenLink, PasswordLinkFailure>(var open) ->
            show(ctx, token, open.expiresAt(), List.of(), 200);
        case Outcome.Failed<SetPasswordByLinkUseCase.OpenLink, PasswordLinkFailure>(var failure) ->
            unusable(ctx, failure);
      }
      return;
    }
    var wanted = Optional.ofNullable(ctx.formParam("newPassword")).orElse("");
    var command = new SetPasswordByLinkUseCase.Command(token, wanted.toCharArray());
    switch (setPasswordByLink.set(command)) {
      case Outcome.Done<Outcome.Ok, SetPasswordFailure> done ->
          Pages.seeOther(ctx, "/staff/sign-in?why=password-set");
      case Outcome.Failed<Outcome.Ok, SetPasswordFailure>(Failure.Invalid invalid) -> {
        var expires =
            setPasswordByLink.check(token)
                    instanceof
                    Outcome.Done<SetPasswordByLinkUseCase.OpenLink, PasswordLinkFailure>(var open)
                ? open.expiresAt()
                : null;
        var texts = pages.texts(ctx);
        show(ctx, token, expires, FormError.onePerField(invalid.problems(), texts), 400);
      }
      case Outcome.Failed<Outcome.Ok, SetPasswordFailure>(Failure.NotFound notFound) ->
          unusable(ctx, notFound);
      case Outcome.Failed<Outcome.Ok, SetPasswordFailure>(Failure.Refused expired) ->
          unusable(ctx, expired);
    }
  }

  private void show(
      Context ctx, String token, Instant expires, List<FormError> errors, int status) {
    var frame = pages.staffFrame(ctx, Optional.empty());
    var until = expires == null ? null : frame.texts().moment(expires, pages.zone());
    pages.render(ctx, status, new SetPasswordPage(frame, token, until, errors));
  }

  /** A kind page for a link that does not work, saying what to do instead. */
  private void unusable(Context ctx, PasswordLinkFailure failure) {
    var frame = pages.staffFrame(ctx, Optional.empty());
    switch (failure) {
      case Failure.NotFound notFound ->
          pages.message(
              ctx,
              404,
              frame,
              frame.t("setPassword.notFound.title"),
              frame.t("setPassword.notFound.text"),
              frame.t("setPassword.signIn"),
              frame.href("/staff/sign-in"));
      case Failure.Refused expired ->
          pages.message(
              ctx,
              410,
              frame,
              frame.t("setPassword.expired.title"),
              ProblemWords.of(expired, frame.texts()),
              frame.t("setPassword.signIn"),
              frame.href("/staff/sign-in"));
    }
  }

  private Optional<String> emailOf(StaffSession.Signed signed, StaffId id) {
    return switch (listStaff.list(signed.token())) {
      case Outcome.Done<List<ListStaffUseCase.StaffAccount>, StaffDenial>(var accounts) ->
          accounts.stream()
              .filter(account -> account.id().equals(id))
              .map(ListStaffUseCase.StaffAccount::email)
              .findFirst();
      case Outcome.Failed<List<ListStaffUseCase.StaffAccount>, StaffDenial> denied ->
          Optional.empty();
    };
  }
}
