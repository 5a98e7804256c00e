package org.confide.adapter.web.pages;

import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.confide.adapter.web.EnumNames;
import org.confide.adapter.web.PathIds;
import org.confide.adapter.web.pages.view.FormError;
import org.confide.application.Confide;
import org.confide.application.port.in.Outcome;
import org.confide.application.port.in.SessionToken;
import org.confide.application.port.in.WorkCaseUseCase;
import org.confide.domain.report.ReportStatus;
import org.confide.domain.shared.ReportReference;

/**
 * What the case page's forms do to a case: a reply to the reporter, an internal note, assignment, a
 * change of status, and an escalation raised by hand. Each goes back to the case page, saying it
 * was done, or showing what went wrong beside the form with what was typed kept.
 */
public final class CaseActions {

  private final Pages pages;
  private final StaffSession session;
  private final CaseFile caseFile;
  private final WorkCaseUseCase workCase;

  public CaseActions(Confide confide, Pages pages) {
    this.pages = pages;
    this.session = new StaffSession(confide, pages);
    this.caseFile = new CaseFile(confide, pages);
    this.workCase = confide.workCase();
  }

  /** {@code POST /staff/cases/{reference}/reply}. */
  public void reply(Context ctx) {
    act(ctx, "reply", "replied", (s, ref, text) -> workCase.reply(s, ref, text));
  }

  /** {@code POST /staff/cases/{reference}/note}. */
  public void note(Context ctx) {
    act(ctx, "note", "noted", (s, ref, text) -> workCase.addNote(s, ref, text));
  }

  /** {@code POST /staff/cases/{reference}/escalate}. */
  public void escalate(Context ctx) {
    act(ctx, "escalate", "escalated", (s, ref, text) -> workCase.escalate(s, ref, text));
  }

  /** {@code POST /staff/cases/{reference}/assign}: "take" assigns to the signed-in adviser. */
  public void assign(Context ctx) {
    var signed = session.signedIn(ctx);
    if (signed.isEmpty()) {
      return;
    }
    var assignee =
        "me".equals(ctx.formParam("take"))
            ? signed.get().who().email()
            : Optional.ofNullable(ctx.formParam("assignee")).orElse("").strip();
    var reference = PathIds.reference(ctx);
    if (assignee.isEmpty()) {
      refuse(
          ctx,
          signed.get(),
          reference,
          Map.of(),
          "assignee",
          "Enter the email address of the adviser",
          400);
      return;
    }
    after(
        ctx,
        signed.get(),
        reference,
        workCase.assign(signed.get().token(), reference, assignee),
        "assigned",
        "assignee",
        Map.of());
  }

  /** {@code POST /staff/cases/{reference}/status}. */
  public void status(Context ctx) {
    var signed = session.signedIn(ctx);
    if (signed.isEmpty()) {
      return;
    }
    var reference = PathIds.reference(ctx);
    var reason = Optional.ofNullable(ctx.formParam("reason")).orElse("");
    var chosen =
        EnumNames.named(
            ReportStatus.class, Optional.ofNullable(ctx.formParam("status")).orElse(""));
    if (chosen.isEmpty()) {
      refuse(
          ctx, signed.get(), reference, Map.of("reason", reason), "status", "Choose a status", 400);
      return;
    }
    var status = chosen.get();
    after(
        ctx,
        signed.get(),
        reference,
        workCase.changeStatus(signed.get().token(), reference, status, reason),
        "status",
        "reason",
        Map.of("reason", reason));
  }

  /** A case action that takes one text field, named {@code field}. */
  private interface TextAction {
    Outcome<?> apply(SessionToken session, ReportReference reference, String text);
  }

  private void act(Context ctx, String field, String done, TextAction action) {
    var signed = session.signedIn(ctx);
    if (signed.isEmpty()) {
      return;
    }
    var reference = PathIds.reference(ctx);
    var text = Optional.ofNullable(ctx.formParam(field)).orElse("");
    after(
        ctx,
        signed.get(),
        reference,
        action.apply(signed.get().token(), reference, text),
        done,
        field,
        Map.of(field, text));
  }

  /** After an action: back to the case page, or the case page again with what went wrong. */
  private void after(
      Context ctx,
      StaffSession.Signed signed,
      ReportReference reference,
      Outcome<?> outcome,
      String done,
      String field,
      Map<String, String> drafts) {
    var path = "/staff/cases/" + reference.display();
    switch (outcome) {
      case Outcome.Done<?> ignored -> Pages.seeOther(ctx, path + "?done=" + done);
      case Outcome.Invalid<?> invalid ->
          caseFile.show(
              ctx,
              signed,
              reference,
              null,
              drafts,
              invalid.problems().stream().map(p -> new FormError(field, p.message())).toList(),
              400);
      case Outcome.Refused<?> refused ->
          refuse(ctx, signed, reference, drafts, field, refused.reason(), 409);
      case Outcome.Forbidden<?> forbidden ->
          refuse(ctx, signed, reference, drafts, field, "Your role does not allow this", 403);
      case Outcome.Unauthenticated<?> gone -> session.signedIn(ctx);
      default -> session.notFound(ctx, pages.staffFrame(ctx, Optional.of(signed.nav())));
    }
  }

  /** The case page again, with one problem beside {@code field} and what was typed kept. */
  private void refuse(
      Context ctx,
      StaffSession.Signed signed,
      ReportReference reference,
      Map<String, String> drafts,
      String field,
      String message,
      int status) {
    caseFile.show(
        ctx, signed, reference, null, drafts, List.of(new FormError(field, message)), status);
  }
}
