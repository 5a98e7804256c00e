package org.confide.adapter.web.pages;

import io.javalin.http.Context;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.confide.adapter.web.EnumNames;
import org.confide.adapter.web.pages.view.FormError;
import org.confide.adapter.web.pages.view.StaffAccountsPage;
import org.confide.application.Confide;
import org.confide.application.port.in.CreateStaffUseCase;
import org.confide.application.port.in.DeactivateStaffFailure;
import org.confide.application.port.in.DeactivateStaffUseCase;
import org.confide.application.port.in.Failure;
import org.confide.application.port.in.ListStaffUseCase;
import org.confide.application.port.in.ListStaffUseCase.StaffAccount;
import org.confide.application.port.in.LookUpFailure;
import org.confide.application.port.in.Outcome;
import org.confide.application.port.in.ReadSettingsUseCase;
import org.confide.application.port.in.RequireTwoFactorUseCase;
import org.confide.application.port.in.ResetTwoFactorUseCase;
import org.confide.application.port.in.StaffDenial;
import org.confide.application.port.in.StaffRequestFailure;
import org.confide.domain.settings.ServiceSettings;
import org.confide.domain.staff.EmailAddress;
import org.confide.domain.staff.Role;
import org.confide.domain.staff.StaffId;

/**
 * The administrator's page of staff accounts: creating and deactivating them, resetting a member's
 * two-factor sign-in, and requiring two-factor sign-in of everyone.
 */
public final class StaffAccounts {

  private final Pages pages;
  private final StaffSession session;
  private final ListStaffUseCase listStaff;
  private final ReadSettingsUseCase readSettings;
  private final CreateStaffUseCase createStaff;
  private final DeactivateStaffUseCase deactivateStaff;
  private final ResetTwoFactorUseCase resetTwoFactor;
  private final RequireTwoFactorUseCase requireTwoFactor;

  public StaffAccounts(Confide confide, Pages pages) {
    this.pages = pages;
    this.session = new StaffSession(confide, pages);
    this.listStaff = confide.listStaff();
    this.readSettings = confide.readSettings();
    this.createStaff = confide.createStaff();
    this.deactivateStaff = confide.deactivateStaff();
    this.resetTwoFactor = confide.resetTwoFactor();
    this.requireTwoFactor = confide.requireTwoFactor();
  }

  /** What was typed into the form for a new account, shown again when it is refused. */
  private record Typed(String email, String displayName, List<String> roles) {
    static final Typed NOTHING = new Typed("", "", List.of());

    @Override
    public String toString() {
      return "Typed[hidden]";
    }
  }

  /** {@code GET /staff/admin/staff}. */
  public void staff(Context ctx) {
    session
        .signedIn(ctx)
        .ifPresent(signed ->
            showStaff(ctx, signed, Administration.notice(ctx), Typed.NOTHING, List.of(), 200));
  }

  private void showStaff(
      Context ctx,
      StaffSession.Signed signed,
      String notice,
      Typed typed,
      List<FormError> errors,
      int status) {
    showStaff(ctx, signed, notice, typed, errors, status, Optional.empty());
  }

  /**
   * The page; {@code requiredAsSent}, when present, is the two-factor box as a form switched to
   * another language sent it, shown instead of the setting.
   */
  private void showStaff(
      Context ctx,
      StaffSession.Signed signed,
      String notice,
      Typed typed,
      List<FormError> errors,
      int status,
      Optional<Boolean> requiredAsSent) {
    var frame = session.frame(ctx, signed);
    List<StaffAccount> accounts;
    switch (listStaff.list(signed.token())) {
      case Outcome.Done<List<StaffAccount>, StaffDenial>(var listed) -> accounts = listed;
      case Outcome.Failed<List<StaffAccount>, StaffDenial>(var denied) -> {
        denied(ctx, signed, denied);
        return;
      }
    }
    var twoFactorRequired =
        switch (readSettings.read(signed.token())) {
          case Outcome.Done<ServiceSettings, StaffDenial>(var settings) ->
              settings.staffTwoFactorRequired();
          // Staff accounts are for administrators of staff, settings for administrators of the
          // service: one may be denied the second, and sees the box unticked.
          case Outcome.Failed<ServiceSettings, StaffDenial> denied -> false;
        };
    var page =
        new StaffAccountsPage(
            frame,
            notice,
            errors,
            accounts.stream()
                .map(account ->
                    new StaffAccountsPage.Row(
                        account,
                        account
                            .lastSignIn()
                            .map(at -> frame.day(at.atZone(pages.zone()).toLocalDate()))
                            .orElseGet(() -> frame.t("admin.staff.notYet"))))
                .toList(),
            signed.who().email(),
            requiredAsSent.orElse(twoFactorRequired),
            typed.email(),
            typed.displayName(),
            typed.roles());
    pages.render(ctx, status, page);
  }

  /** {@code POST /staff/admin/staff}: a new account. */
  public void createStaff(Context ctx) {
    var signed = session.signedIn(ctx);
    if (signed.isEmpty()) {
      return;
    }
    var email = Optional.ofNullable(ctx.formParam("email")).orElse("").strip();
    var displayName = Optional.ofNullable(ctx.formParam("displayName")).orElse("").strip();
    var password = Optional.ofNullable(ctx.formParam("password")).orElse("");
    var roles = EnumSet.noneOf(Role.class);
    for (var name : ctx.formParams("roles")) {
      // No unknown role can be ticked on this page; one sent by hand is dropped, and a form left
      // with no role is refused by the use case, which names the field.
      EnumNames.named(Role.class, name).ifPresent(roles::add);
    }
    var typed = new Typed(email, displayName, roles.stream().map(Enum::name).toList());
    if (PageLanguages.switching(ctx)) {
      // The new account as typed, its password never written back, in the language asked for;
      // no account created.
      showStaff(ctx, signed.get(), null, typed, List.of(), 200);
      return;
    }
    var outcome =
        createStaff.create(
            signed.get().token(),
            new CreateStaffUseCase.Command(email, displayName, roles, password.toCharArray()));
    switch (outcome) {
      case Outcome.Done<StaffId, StaffRequestFailure> created ->
          Pages.seeOther(ctx, "/staff/admin/staff?done=created");
      case Outcome.Failed<StaffId, StaffRequestFailure>(Failure.Invalid invalid) ->
          showStaff(
              ctx,
              signed.get(),
              null,
              typed,
              invalid.problems().stream()
                  .map(p -> {
                    var anchor = staffAnchor(p.field());
                    return FormError.of(anchor, p, pages.texts(ctx));
                  })
                  .toList(),
              400);
      case Outcome.Failed<StaffId, StaffRequestFailure>(Failure.Forbidden forbidden) ->
          denied(ctx, signed.get(), forbidden);
      case Outcome.Failed<StaffId, StaffRequestFailure>(Failure.TwoFactorFirst first) ->
          denied(ctx, signed.get(), first);
      case Outcome.Failed<StaffId, StaffRequestFailure>(Failure.Unauthenticated gone) ->
          denied(ctx, signed.get(), gone);
    }
  }

  /**
   * The answer to a member the gate denies an administrator's page: the page is not part of their
   * role, whatever the reason (a session that ended, or two-factor sign-in to set up, since the
   * page began, is told the same).
   */
  private void denied(Context ctx, StaffSession.Signed signed, StaffDenial denial) {
    var frame = session.frame(ctx, signed);
    switch (denial) {
      case Failure.Forbidden forbidden -> Administration.forbidden(pages, ctx, frame);
      case Failure.TwoFactorFirst first -> Administration.forbidden(pages, ctx, frame);
      case Failure.Unauthenticated gone -> Administration.forbidden(pages, ctx, frame);
    }
  }

  private List<FormError> noSuchAccount(Context ctx) {
    return List.of(
        new FormError("email", pages.texts(ctx).text("admin.staff.error.noSuchAccount")));
  }

  private static String staffAnchor(String field) {
    if (field.startsWith("roles")) {
      return "roles";
    }
    return switch (field) {
      case "displayName", "password" -> field;
      default -> "email";
    };
  }

  /** {@code POST /staff/admin/staff/deactivate}. */
  public void deactivate(Context ctx) {
    var signed = session.signedIn(ctx);
    if (signed.isEmpty()) {
      return;
    }
    var email = EmailAddress.read(ctx.formParam("email"));
    if (email.isEmpty()) {
      // Text that is no address names no account.
      showStaff(ctx, signed.get(), null, Typed.NOTHING, noSuchAccount(ctx), 404);
      return;
    }
    var command = new DeactivateStaffUseCase.Command(email.get());
    switch (deactivateStaff.deactivate(signed.get().token(), command)) {
      case Outcome.Done<Outcome.Ok, DeactivateStaffFailure> deactivated ->
          Pages.seeOther(ctx, "/staff/admin/staff?done=deactivated");
      case Outcome.Failed<Outcome.Ok, DeactivateStaffFailure>(Failure.Refused refused) ->
          showStaff(
              ctx,
              signed.get(),
              null,
              Typed.NOTHING,
              List.of(new FormError("email", pages.texts(ctx).text("admin.staff.error.self"))),
              409);
      case Outcome.Failed<Outcome.Ok, DeactivateStaffFailure>(Failure.NotFound notFound) ->
          showStaff(ctx, signed.get(), null, Typed.NOTHING, noSuchAccount(ctx), 404);
      case Outcome.Failed<Outcome.Ok, DeactivateStaffFailure>(Failure.Forbidden forbidden) ->
          denied(ctx, signed.get(), forbidden);
      case Outcome.Failed<Outcome.Ok, DeactivateStaffFailure>(Failure.TwoFactorFirst first) ->
          denied(ctx, signed.get(), first);
      case Outcome.Failed<Outcome.Ok, DeactivateStaffFailure>(Failure.Unauthenticated gone) ->
          denied(ctx, signed.get(), gone);
    }
  }

  /** {@code POST /staff/admin/staff/reset-two-factor}: for a member's lost or replaced phone. */
  public void resetTwoFactor(Context ctx) {
    var signed = session.signedIn(ctx);
    if (signed.isEmpty()) {
      return;
    }
    var email = EmailAddress.read(ctx.formParam("email"));
    if (email.isEmpty()) {
      // Text that is no address names no account.
      showStaff(ctx, signed.get(), null, Typed.NOTHING, noSuchAccount(ctx), 404);
      return;
    }
    var command = new ResetTwoFactorUseCase.Command(email.get());
    switch (resetTwoFactor.reset(signed.get().token(), command)) {
      case Outcome.Done<Outcome.Ok, LookUpFailure> reset ->
          Pages.seeOther(ctx, "/staff/admin/staff?done=reset");
      case Outcome.Failed<Outcome.Ok, LookUpFailure>(Failure.NotFound notFound) ->
          showStaff(ctx, signed.get(), null, Typed.NOTHING, noSuchAccount(ctx), 404);
      case Outcome.Failed<Outcome.Ok, LookUpFailure>(Failure.Unauthenticated gone) ->
          session.signedIn(ctx);
      case Outcome.Failed<Outcome.Ok, LookUpFailure>(Failure.Forbidden forbidden) ->
          denied(ctx, signed.get(), forbidden);
      case Outcome.Failed<Outcome.Ok, LookUpFailure>(Failure.TwoFactorFirst first) ->
          denied(ctx, signed.get(), first);
    }
  }

  /** {@code POST /staff/admin/two-factor}: requires two-factor sign-in of all staff, or not. */
  public void requireTwoFactor(Context ctx) {
    var signed = session.signedIn(ctx);
    if (signed.isEmpty()) {
      return;
    }
    // A checkbox sends "yes" or nothing; anything else is not this form's.
    var sent = ctx.formParam("required");
    if (PageLanguages.switching(ctx)) {
      // The box as it was sent, in the language asked for; nothing changed.
      showStaff(ctx, signed.get(), null, Typed.NOTHING, List.of(), 200, Optional.of(sent != null));
      return;
    }
    if (sent != null && !sent.equals("yes")) {
      showStaff(
          ctx,
          signed.get(),
          null,
          Typed.NOTHING,
          List.of(new FormError("required", pages.texts(ctx).text("admin.staff.error.required"))),
          400);
      return;
    }
    var command =
        sent != null ? RequireTwoFactorUseCase.Command.on() : RequireTwoFactorUseCase.Command.off();
    switch (requireTwoFactor.require(signed.get().token(), command)) {
      case Outcome.Done<Outcome.Ok, StaffDenial> saved ->
          Pages.seeOther(ctx, "/staff/admin/staff?done=saved");
      case Outcome.Failed<Outcome.Ok, StaffDenial>(Failure.Unauthenticated gone) ->
          session.signedIn(ctx);
      case Outcome.Failed<Outcome.Ok, StaffDenial>(Failure.Forbidden forbidden) ->
          denied(ctx, signed.get(), forbidden);
      case Outcome.Failed<Outcome.Ok, StaffDenial>(Failure.TwoFactorFirst first) ->
          denied(ctx, signed.get(), first);
    }
  }
}
