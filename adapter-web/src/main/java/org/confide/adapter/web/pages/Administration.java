package org.confide.adapter.web.pages;

import io.javalin.http.Context;
import java.util.Optional;
import org.confide.adapter.web.pages.view.Frame;

/** What the administrator's pages share: the notice after a change, and the refusal. */
final class Administration {

  private Administration() {}

  /** The notice that a change was made, named by the {@code done} of the page's address. */
  static String notice(Context ctx) {
    return switch (Optional.ofNullable(ctx.queryParam("done")).orElse("")) {
      case "created" -> "The account has been created. Give its holder the password in person.";
      case "deactivated" -> "The account has been deactivated and its sessions ended.";
      case "reset" ->
          "Their two-factor sign-in has been reset and their sessions ended. They set it up again"
              + " when they next sign in.";
      case "saved" -> "The change has been saved.";
      default -> null;
    };
  }

  /** The answer to a member whose roles do not include administration. */
  static void forbidden(Pages pages, Context ctx, Frame frame) {
    pages.message(
        ctx,
        403,
        frame,
        "Not part of your role",
        "This page is for administrators.",
        "Back to the first page",
        "/staff");
  }
}
