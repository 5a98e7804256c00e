package org.confide.adapter.web.pages;

import io.javalin.http.Context;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.confide.adapter.web.EnumNames;
import org.confide.adapter.web.pages.view.FormError;
import org.confide.adapter.web.pages.view.StaffAccountsPage;
import org.confide.application.Confide;
import org.confide.application.port.in.AdministerUseCase;
import org.confide.application.port.in.IdentifyStaffUseCase.StaffIdentity;
import org.confide.application.port.in.Outcome;
import org.confide.domain.settings.ServiceSettings;
import org.confide.domain.staff.Role;

/**
 * The administrator's page of staff accounts: creating and deactivating them, resetting a member's
 * two-factor sign-in, and requiring two-factor sign-in of everyone.
 */
public final class StaffAccounts {

  private static final FormError NO_SUCH_ACCOUNT =
      new FormError("email", "There is no account with that email address");

  private final Pages pages;
  private final StaffSession session;
  private final AdministerUseCase administer;

  public StaffAccounts(Confide confide, Pages pages) {
    this.pages = pages;
    this.session = new StaffSession(confide, pages);
    this.administer = confide.administer();
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
    var frame = session.frame(ctx, signed);
    if (!(administer.listStaff(signed.token()) instanceof Outcome.Done<List<StaffIdentity>> done)) {
      Administration.forbidden(pages, ctx, frame);
      return;
    }
    var page =
        new StaffAccountsPage(
            frame,
            notice,
            errors,
            done.value(),
            signed.who().email(),
            administer.settings(signed.token()) instanceof Outcome.Done<ServiceSettings> settings
                && settings.value().staffTwoFactorRequired(),
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
    var outcome =
        administer.createStaff(
            signed.get().token(),
            new AdministerUseCase.NewStaff(email, displayName, roles, password.toCharArray()));
    switch (outcome) {
      case Outcome.Done<?> ignored -> Pages.seeOther(ctx, "/staff/admin/staff?done=created");
      case Outcome.Invalid<?> invalid ->
          showStaff(
              ctx,
              signed.get(),
              null,
              typed,
              invalid.problems().stream()
                  .map(p -> new FormError(staffAnchor(p.field()), p.message()))
                  .toList(),
              400);
      case Outcome.Refused<?> refused ->
          showStaff(
              ctx,
              signed.get(),
              null,
              typed,
              List.of(new FormError("email", refused.reason())),
              409);
      default -> Administration.forbidden(pages, ctx, session.frame(ctx, signed.get()));
    }
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
    var email = Optional.ofNullable(ctx.formParam("email")).orElse("");
    switch (administer.deactivateStaff(signed.get().token(), email)) {
      case Outcome.Done<?> ignored -> Pages.seeOther(ctx, "/staff/admin/staff?done=deactivated");
      case Outcome.Refused<?> refused ->
          showStaff(
              ctx,
              signed.get(),
              null,
              Typed.NOTHING,
              List.of(new FormError("email", refused.reason())),
              409);
      case Outcome.Invalid<?> invalid ->
          showStaff(
              ctx,
              signed.get(),
              null,
              Typed.NOTHING,
              List.of(new FormError("email", invalid.problems().getFirst().message())),
              400);
      case Outcome.NotFound<?> notFound ->
          showStaff(ctx, signed.get(), null, Typed.NOTHING, List.of(NO_SUCH_ACCOUNT), 404);
      default -> Administration.forbidden(pages, ctx, session.frame(ctx, signed.get()));
    }
  }

  /** {@code POST /staff/admin/staff/reset-two-factor}: for a member's lost or replaced phone. */
  public void resetTwoFactor(Context ctx) {
    var signed = session.signedIn(ctx);
    if (signed.isEmpty()) {
      return;
    }
    var email = Optional.ofNullable(ctx.formParam("email")).orElse("");
    switch (administer.resetTwoFactor(signed.get().token(), email)) {
      case Outcome.Done<?> ignored -> Pages.seeOther(ctx, "/staff/admin/staff?done=reset");
      case Outcome.NotFound<?> notFound ->
          showStaff(ctx, signed.get(), null, Typed.NOTHING, List.of(NO_SUCH_ACCOUNT), 404);
      case Outcome.Unauthenticated<?> gone -> session.signedIn(ctx);
      default -> Administration.forbidden(pages, ctx, session.frame(ctx, signed.get()));
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
    if (sent != null && !sent.equals("yes")) {
      showStaff(
          ctx,
          signed.get(),
          null,
          Typed.NOTHING,
          List.of(new FormError("required", "Tick the box to require it, or leave it empty")),
          400);
      return;
    }
    switch (administer.requireTwoFactor(signed.get().token(), sent != null)) {
      case Outcome.Done<?> ignored -> Pages.seeOther(ctx, "/staff/admin/staff?done=saved");
      case Outcome.Unauthenticated<?> gone -> session.signedIn(ctx);
      default -> Administration.forbidden(pages, ctx, session.frame(ctx, signed.get()));
    }
  }
}
