package org.confide.adapter.web.pages;

import io.javalin.http.Context;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import org.confide.adapter.web.EnumNames;
import org.confide.adapter.web.PathIds;
import org.confide.adapter.web.i18n.ProblemWords;
import org.confide.adapter.web.pages.view.FormError;
import org.confide.adapter.web.pages.view.StaffAccountPage;
import org.confide.application.Confide;
import org.confide.application.port.in.ChangeStaffFailure;
import org.confide.application.port.in.ChangeStaffUseCase;
import org.confide.application.port.in.Failure;
import org.confide.application.port.in.ListStaffUseCase;
import org.confide.application.port.in.ListStaffUseCase.StaffAccount;
import org.confide.application.port.in.Outcome;
import org.confide.application.port.in.StaffDenial;
import org.confide.domain.staff.Role;
import org.confide.domain.staff.StaffId;

/**
 * The administrator's page of one staff account: its name, roles and whether it is active, changed
 * (a deactivated account made active again included) with a plain form.
 */
public final class StaffAccountChanges {

  private final Pages pages;
  private final StaffSession session;
  private final ListStaffUseCase listStaff;
  private final ChangeStaffUseCase changeStaff;

  public StaffAccountChanges(Confide confide, Pages pages) {
    this.pages = pages;
    this.session = new StaffSession(confide, pages);
    this.listStaff = confide.listStaff();
    this.changeStaff = confide.changeStaff();
  }

  /** {@code GET /staff/admin/staff/{id}}. */
  public void account(Context ctx) {
    var signed = session.signedIn(ctx);
    if (signed.isEmpty()) {
      return;
    }
    found(ctx, signed.get(), PathIds.staff(ctx))
        .ifPresent(account ->
            show(
                ctx,
                signed.get(),
                account,
                account.displayName(),
                account.roles().stream().map(Enum::name).toList(),
                account.active(),
                List.of(),
                200));
  }

  /** {@code POST /staff/admin/staff/{id}}: a new name, roles and state. */
  public void change(Context ctx) {
    var signed = session.signedIn(ctx);
    if (signed.isEmpty()) {
      return;
    }
    var account = found(ctx, signed.get(), PathIds.staff(ctx));
    if (account.isEmpty()) {
      return;
    }
    var displayName = Optional.ofNullable(ctx.formParam("displayName")).orElse("").strip();
    var roles = EnumSet.noneOf(Role.class);
    for (var name : ctx.formParams("roles")) {
      // No unknown role can be ticked on this page; one sent by hand is dropped, and a form left
      // with no role is refused by the use case, which names the field.
      EnumNames.named(Role.class, name).ifPresent(roles::add);
    }
    var typedRoles = roles.stream().map(Enum::name).toList();
    // A checkbox sends "yes" or nothing; anything else is not this form's.
    var sent = ctx.formParam("active");
    if (PageLanguages.switching(ctx)) {
      // The account's form as sent, in the language asked for; nothing changed.
      show(ctx, signed.get(), account.get(), displayName, typedRoles, sent != null, List.of(), 200);
      return;
    }
    if (sent != null && !sent.equals("yes")) {
      var error = new FormError("active", pages.texts(ctx).text("admin.account.error.active"));
      show(ctx, signed.get(), account.get(), displayName, typedRoles, false, List.of(error), 400);
      return;
    }
    var active = sent != null;
    var command = new ChangeStaffUseCase.Command(account.get().id(), displayName, roles, active);
    // The form again, as typed, with what was refused.
    BiConsumer<List<FormError>, Integer> again =
        (errors, status) ->
            show(ctx, signed.get(), account.get(), displayName, typedRoles, active, errors, status);
    switch (changeStaff.change(signed.get().token(), command)) {
      case Outcome.Done<Outcome.Ok, ChangeStaffFailure> changed ->
          Pages.seeOther(ctx, "/staff/admin/staff?done=changed");
      case Outcome.Failed<Outcome.Ok, ChangeStaffFailure>(Failure.Invalid invalid) ->
          again.accept(
              invalid.problems().stream()
                  .map(p -> {
                    var anchor = p.field().startsWith("roles") ? "roles" : "displayName";
                    return FormError.of(anchor, p, pages.texts(ctx));
                  })
                  .toList(),
              400);
      case Outcome.Failed<Outcome.Ok, ChangeStaffFailure>(Failure.Refused refused) -> {
        var anchor = active ? "roles" : "active";
        again.accept(
            List.of(new FormError(anchor, ProblemWords.of(refused, pages.texts(ctx)))), 409);
      }
      case Outcome.Failed<Outcome.Ok, ChangeStaffFailure>(Failure.NotFound notFound) ->
          session.notFound(ctx, session.frame(ctx, signed.get()));
      case Outcome.Failed<Outcome.Ok, ChangeStaffFailure>(Failure.Forbidden forbidden) ->
          denied(ctx, signed.get());
      case Outcome.Failed<Outcome.Ok, ChangeStaffFailure>(Failure.TwoFactorFirst first) ->
          denied(ctx, signed.get());
      case Outcome.Failed<Outcome.Ok, ChangeStaffFailure>(Failure.Unauthenticated gone) ->
          denied(ctx, signed.get());
    }
  }

  /**
   * The account with this id, or empty with the answer sent: the page is not part of the member's
   * role (403), or there is no such account (404).
   */
  private Optional<StaffAccount> found(Context ctx, StaffSession.Signed signed, StaffId id) {
    switch (listStaff.list(signed.token())) {
      case Outcome.Done<List<StaffAccount>, StaffDenial>(var accounts) -> {
        var account = accounts.stream().filter(a -> a.id().equals(id)).findFirst();
        if (account.isEmpty()) {
          session.notFound(ctx, session.frame(ctx, signed));
        }
        return account;
      }
      case Outcome.Failed<List<StaffAccount>, StaffDenial> denied -> {
        denied(ctx, signed);
        return Optional.empty();
      }
    }
  }

  /**
   * The page is not part of the member's role, whatever the reason (a session that ended, or
   * two-factor sign-in to set up, since the page began, is told the same).
   */
  private void denied(Context ctx, StaffSession.Signed signed) {
    Administration.forbidden(pages, ctx, session.frame(ctx, signed));
  }

  private void show(
      Context ctx,
      StaffSession.Signed signed,
      StaffAccount account,
      String displayName,
      List<String> roles,
      boolean active,
      List<FormError> errors,
      int status) {
    var frame = session.frame(ctx, signed);
    var page =
        new StaffAccountPage(
            frame,
            errors,
            account.id().toString(),
            account.email(),
            displayName,
            roles,
            active,
            account.email().equals(signed.who().email()));
    pages.render(ctx, status, page);
  }
}
