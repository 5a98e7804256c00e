package org.confide.adapter.web.pages;

import io.javalin.http.Context;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.confide.adapter.web.pages.view.Frame;
import org.confide.application.port.in.Failure;
import org.confide.application.port.in.Outcome;
import org.confide.application.port.in.ReadSettingsUseCase;
import org.confide.application.port.in.StaffDenial;
import org.confide.application.port.in.StaffRequestFailure;
import org.confide.domain.settings.ServiceSettings;
import org.confide.domain.shared.FieldProblem;

/**
 * What the administrator's pages share: the notice after a change, the settings they show, and the
 * answer to a change the gate refused.
 */
final class Administration {

  private Administration() {}

  /**
   * The message key of the notice that a change was made, named by the {@code done} of the page's
   * address; null when there is none.
   */
  static String notice(Context ctx) {
    return switch (Optional.ofNullable(ctx.queryParam("done")).orElse("")) {
      case "created" -> "admin.notice.created";
      case "deactivated" -> "admin.notice.deactivated";
      case "reset" -> "admin.notice.reset";
      case "saved" -> "admin.notice.saved";
      case "changed" -> "admin.notice.changed";
      default -> null;
    };
  }

  /** The answer to a member whose roles do not include administration. */
  static void forbidden(Pages pages, Context ctx, Frame frame) {
    pages.message(
        ctx,
        403,
        frame,
        frame.t("admin.forbidden.title"),
        frame.t("admin.forbidden.text"),
        frame.t("admin.forbidden.back"),
        frame.href("/staff"));
  }

  /**
   * The settings in force for an administrator's page; empty, with the refusal shown, when the
   * member may not read them, whatever the reason.
   */
  static Optional<ServiceSettings> settings(
      Pages pages, Context ctx, Frame frame, ReadSettingsUseCase read, StaffSession.Signed signed) {
    return switch (read.read(signed.token())) {
      case Outcome.Done<ServiceSettings, StaffDenial>(var settings) -> Optional.of(settings);
      case Outcome.Failed<ServiceSettings, StaffDenial> denied -> {
        forbidden(pages, ctx, frame);
        yield Optional.empty();
      }
    };
  }

  /**
   * Answers a change that failed: the problems with it to {@code invalid}, which shows the form
   * again; an ended session to sign in; any other refusal as not part of the member's role.
   */
  static void failed(
      Pages pages,
      StaffSession session,
      Context ctx,
      StaffSession.Signed signed,
      StaffRequestFailure failure,
      Consumer<List<FieldProblem>> invalid) {
    switch (failure) {
      case Failure.Invalid problems -> invalid.accept(problems.problems());
      case Failure.Unauthenticated gone -> session.signedIn(ctx);
      case Failure.Forbidden forbidden -> forbidden(pages, ctx, session.frame(ctx, signed));
      case Failure.TwoFactorFirst first -> forbidden(pages, ctx, session.frame(ctx, signed));
    }
  }
}
