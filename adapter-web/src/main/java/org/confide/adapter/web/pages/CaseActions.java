package org.confide.adapter.web.pages;

import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.confide.adapter.web.EnumNames;
import org.confide.adapter.web.PathIds;
import org.confide.adapter.web.i18n.ProblemWords;
import org.confide.adapter.web.pages.view.FormError;
import org.confide.application.Confide;
import org.confide.application.port.in.AddNoteUseCase;
import org.confide.application.port.in.AssignCaseUseCase;
import org.confide.application.port.in.CaseChangeFailure;
import org.confide.application.port.in.ChangeCaseStatusUseCase;
import org.confide.application.port.in.DeclareConflictUseCase;
import org.confide.application.port.in.EscalateCaseUseCase;
import org.confide.application.port.in.ExcludeAdviserUseCase;
import org.confide.application.port.in.Failure;
import org.confide.application.port.in.LiftExclusionUseCase;
import org.confide.application.port.in.MoveCaseUseCase;
import org.confide.application.port.in.Outcome;
import org.confide.application.port.in.ReplyToReporterUseCase;
import org.confide.application.port.in.SessionToken;
import org.confide.application.port.in.TakeCaseUseCase;
import org.confide.domain.report.ReportStatus;
import org.confide.domain.shared.ProblemCode;
import org.confide.domain.shared.ReportReference;
import org.confide.domain.staff.EmailAddress;

/**
 * What the case page's forms do to a case: a reply to the reporter, an internal note, assignment, a
 * change of status, an escalation raised by hand, and conflicts of interest. Each goes back to the
 * case page, saying it was done, or showing what went wrong beside the form with what was typed
 * kept.
 */
public final class CaseActions {

  private final Pages pages;
  private final StaffSession session;
  private final CaseFile caseFile;
  private final ReplyToReporterUseCase replyToReporter;
  private final AddNoteUseCase addNote;
  private final EscalateCaseUseCase escalateCase;
  private final AssignCaseUseCase assignCase;
  private final TakeCaseUseCase takeCase;
  private final ChangeCaseStatusUseCase changeCaseStatus;
  private final ExcludeAdviserUseCase excludeAdviser;
  private final DeclareConflictUseCase declareConflict;
  private final LiftExclusionUseCase liftExclusion;
  private final MoveCaseUseCase moveCase;

  public CaseActions(Confide confide, Pages pages) {
    this.pages = pages;
    this.session = new StaffSession(confide, pages);
    this.caseFile = new CaseFile(confide, pages);
    this.replyToReporter = confide.replyToReporter();
    this.addNote = confide.addNote();
    this.escalateCase = confide.escalateCase();
    this.assignCase = confide.assignCase();
    this.takeCase = confide.takeCase();
    this.changeCaseStatus = confide.changeCaseStatus();
    this.excludeAdviser = confide.excludeAdviser();
    this.declareConflict = confide.declareConflict();
    this.liftExclusion = confide.liftExclusion();
    this.moveCase = confide.moveCase();
  }

  /** {@code POST /staff/cases/{reference}/reply}. */
  public void reply(Context ctx) {
    act(
        ctx,
        "reply",
        "replied",
        (s, ref, text) ->
            replyToReporter
                .reply(s, new ReplyToReporterUseCase.Command(ref, text))
                .mapFailure(CaseFailures::asCaseFailure));
  }

  /** {@code POST /staff/cases/{reference}/note}. */
  public void note(Context ctx) {
    act(
        ctx,
        "note",
        "noted",
        (s, ref, text) ->
            addNote
                .add(s, new AddNoteUseCase.Command(ref, text))
                .mapFailure(CaseFailures::asCaseFailure));
  }

  /** {@code POST /staff/cases/{reference}/escalate}. */
  public void escalate(Context ctx) {
    act(
        ctx,
        "escalate",
        "escalated",
        (s, ref, text) ->
            escalateCase
                .escalate(s, new EscalateCaseUseCase.Command(ref, text))
                .mapFailure(CaseFailures::asCaseFailure));
  }

  /**
   * {@code POST /staff/cases/{reference}/assign}: "take" gives the case to the signed-in adviser,
   * otherwise to the adviser whose address is given.
   */
  public void assign(Context ctx) {
    var signed = session.signedIn(ctx);
    if (signed.isEmpty()) {
      return;
    }
    var reference = PathIds.reference(ctx);
    if (switched(ctx, signed.get(), reference, Map.of("assignee", typedAssignee(ctx)))) {
      return;
    }
    if ("me".equals(ctx.formParam("take"))) {
      var taken = takeCase.take(signed.get().token(), new TakeCaseUseCase.Command(reference));
      after(
          ctx,
          signed.get(),
          reference,
          taken.mapFailure(CaseFailures::asCaseFailure),
          "assigned",
          "assignee",
          Map.of());
      return;
    }
    var typed = typedAssignee(ctx);
    if (typed.isEmpty()) {
      refuse(
          ctx,
          signed.get(),
          reference,
          Map.of(),
          "assignee",
          pages.texts(ctx).text("case.problem.assigneeEmpty"),
          400);
      return;
    }
    var assignee = EmailAddress.read(typed);
    if (assignee.isEmpty()) {
      // Text that is no address names no adviser: the use case's own words for one it cannot find.
      refuse(
          ctx,
          signed.get(),
          reference,
          Map.of(),
          "assignee",
          ProblemWords.of(ProblemCode.ASSIGNEE_NOT_AN_ADDRESS, pages.texts(ctx)),
          400);
      return;
    }
    after(
        ctx,
        signed.get(),
        reference,
        assignCase.assign(
            signed.get().token(), new AssignCaseUseCase.Command(reference, assignee.get())),
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
    var outcome = Optional.ofNullable(ctx.formParam("outcome")).orElse("");
    var tags = ctx.formParams("tags");
    var chosen =
        EnumNames.named(
            ReportStatus.class, Optional.ofNullable(ctx.formParam("status")).orElse(""));
    var drafts =
        Map.of(
            "reason",
            reason,
            "outcome",
            outcome,
            "tags",
            String.join(",", tags),
            "status",
            chosen.map(ReportStatus::name).orElse(""));
    if (switched(ctx, signed.get(), reference, drafts)) {
      return;
    }
    if (chosen.isEmpty()) {
      refuse(
          ctx,
          signed.get(),
          reference,
          drafts,
          "status",
          pages.texts(ctx).text("case.problem.status"),
          400);
      return;
    }
    var status = chosen.get();
    // The outcome and tags are offered beside every status, and count only when closing.
    var closing = status == ReportStatus.CLOSED;
    after(
        ctx,
        signed.get(),
        reference,
        changeCaseStatus.change(
            signed.get().token(),
            new ChangeCaseStatusUseCase.Command(
                reference,
                status,
                reason,
                Optional.of(outcome).filter(o -> closing && !o.isBlank()),
                closing ? tags : List.of())),
        "status",
        problem -> problem.startsWith("tags") ? "tags" : problem,
        drafts);
  }

  /**
   * {@code POST /staff/cases/{reference}/exclude}: a lead excludes an adviser, named by email, with
   * a reason.
   */
  public void exclude(Context ctx) {
    leadAction(
        ctx,
        "exclude",
        "excluded",
        (token, reference, adviser, reason) ->
            excludeAdviser.exclude(
                token, new ExcludeAdviserUseCase.Command(reference, adviser, reason)));
  }

  /**
   * {@code POST /staff/cases/{reference}/lift}: a lead lifts an adviser's exclusion, with a reason.
   */
  public void lift(Context ctx) {
    leadAction(
        ctx,
        "lift",
        "lifted",
        (token, reference, adviser, reason) ->
            liftExclusion.lift(
                token, new LiftExclusionUseCase.Command(reference, adviser, reason)));
  }

  /** A lead's action on an adviser, with a reason: fields {@code <form>-adviser} and -reason. */
  private interface AdviserAction {
    Outcome<Outcome.Ok, CaseChangeFailure> apply(
        org.confide.application.port.in.SessionToken token,
        ReportReference reference,
        String adviser,
        String reason);
  }

  private void leadAction(Context ctx, String form, String done, AdviserAction action) {
    var signed = session.signedIn(ctx);
    if (signed.isEmpty()) {
      return;
    }
    var reference = PathIds.reference(ctx);
    var adviser = Optional.ofNullable(ctx.formParam(form + "-adviser")).orElse("");
    var reason = Optional.ofNullable(ctx.formParam(form + "-reason")).orElse("");
    if (switched(
        ctx,
        signed.get(),
        reference,
        Map.of(form + "-reason", reason, form + "-adviser", adviser.strip()))) {
      return;
    }
    var outcome = action.apply(signed.get().token(), reference, adviser, reason);
    if (outcome instanceof Outcome.Failed<?, CaseChangeFailure>(Failure.Forbidden forbidden)) {
      // Only leads have this form: anyone else is told what a case that does not exist tells them,
      // so the answer says nothing about the case.
      session.notFound(ctx, pages.staffFrame(ctx, Optional.of(signed.get().nav())));
      return;
    }
    // Two fields: each problem beside its own.
    after(
        ctx,
        signed.get(),
        reference,
        outcome,
        done,
        problem -> form + (problem.equals("reason") ? "-reason" : "-adviser"),
        Map.of(form + "-reason", reason));
  }

  /**
   * {@code POST /staff/cases/{reference}/conflict}: the adviser declares a conflict of interest and
   * goes back to their case list, the case being no longer theirs to see.
   */
  public void conflict(Context ctx) {
    var signed = session.signedIn(ctx);
    if (signed.isEmpty()) {
      return;
    }
    var reference = PathIds.reference(ctx);
    var reason = Optional.ofNullable(ctx.formParam("conflict")).orElse("");
    if (switched(ctx, signed.get(), reference, Map.of("conflict", reason))) {
      return;
    }
    var outcome =
        declareConflict.declare(
            signed.get().token(), new DeclareConflictUseCase.Command(reference, reason));
    if (outcome.isDone()) {
      Pages.seeOther(ctx, "/staff/cases?done=conflict");
      return;
    }
    after(
        ctx, signed.get(), reference, outcome, "conflict", "conflict", Map.of("conflict", reason));
  }

  /**
   * {@code POST /staff/cases/{reference}/move}: the case moved to another team, with a reason; then
   * the case list, since the case may have left what the holder sees.
   */
  public void move(Context ctx) {
    var signed = session.signedIn(ctx);
    if (signed.isEmpty()) {
      return;
    }
    var reference = PathIds.reference(ctx);
    var team = Optional.ofNullable(ctx.formParam("move-team")).orElse("");
    var reason = Optional.ofNullable(ctx.formParam("move-reason")).orElse("");
    if (switched(ctx, signed.get(), reference, Map.of("move-team", team, "move-reason", reason))) {
      return;
    }
    var outcome =
        moveCase.move(signed.get().token(), new MoveCaseUseCase.Command(reference, team, reason));
    if (outcome.isDone()) {
      Pages.seeOther(ctx, "/staff/cases?done=moved&reference=" + reference.display());
      return;
    }
    var drafts = Map.of("move-team", team, "move-reason", reason);
    after(ctx, signed.get(), reference, outcome, "moved", p -> "move-" + p, drafts);
  }

  /** A case action that takes one text field, named {@code field}. */
  private interface TextAction {
    Outcome<?, CaseChangeFailure> apply(
        SessionToken session, ReportReference reference, String text);
  }

  private void act(Context ctx, String field, String done, TextAction action) {
    var signed = session.signedIn(ctx);
    if (signed.isEmpty()) {
      return;
    }
    var reference = PathIds.reference(ctx);
    var text = Optional.ofNullable(ctx.formParam(field)).orElse("");
    if (switched(ctx, signed.get(), reference, Map.of(field, text))) {
      return;
    }
    after(
        ctx,
        signed.get(),
        reference,
        action.apply(signed.get().token(), reference, text),
        done,
        field,
        Map.of(field, text));
  }

  private static String typedAssignee(Context ctx) {
    return Optional.ofNullable(ctx.formParam("assignee")).orElse("").strip();
  }

  /**
   * Whether the form was sent by its language switch ({@link PageLanguages#switching}): if so, the
   * case page again in the language asked for, holding what was typed ({@code drafts}), and nothing
   * done, checked or recorded.
   */
  private boolean switched(
      Context ctx,
      StaffSession.Signed signed,
      ReportReference reference,
      Map<String, String> drafts) {
    if (!PageLanguages.switching(ctx)) {
      return false;
    }
    caseFile.show(ctx, signed, reference, null, drafts, List.of(), 200);
    return true;
  }

  /** After an action: back to the case page, or the case page again with what went wrong. */
  private void after(
      Context ctx,
      StaffSession.Signed signed,
      ReportReference reference,
      Outcome<?, CaseChangeFailure> outcome,
      String done,
      String field,
      Map<String, String> drafts) {
    after(ctx, signed, reference, outcome, done, problem -> field, drafts);
  }

  /**
   * After an action: back to the case page, or the case page again with what went wrong, each
   * problem beside the form field {@code fieldOf} names for it.
   */
  private void after(
      Context ctx,
      StaffSession.Signed signed,
      ReportReference reference,
      Outcome<?, CaseChangeFailure> outcome,
      String done,
      java.util.function.UnaryOperator<String> fieldOf,
      Map<String, String> drafts) {
    var field = fieldOf.apply("reason");
    var texts = pages.texts(ctx);
    // One problem beside the form's field, with the answer's status.
    java.util.function.BiConsumer<String, Integer> refusal =
        (message, status) -> refuse(ctx, signed, reference, drafts, field, message, status);
    var path = "/staff/cases/" + reference.display();
    switch (outcome) {
      case Outcome.Done<?, CaseChangeFailure> ignored ->
          Pages.seeOther(ctx, path + "?done=" + done);
      case Outcome.Failed<?, CaseChangeFailure>(var failure) -> {
        switch (failure) {
          case Failure.Invalid invalid ->
              caseFile.show(
                  ctx,
                  signed,
                  reference,
                  null,
                  drafts,
                  invalid.problems().stream()
                      .map(p -> FormError.of(fieldOf.apply(p.field()), p, texts))
                      .toList(),
                  400);
          case Failure.Refused refused -> refusal.accept(ProblemWords.of(refused, texts), 409);
          case Failure.ChangedMeanwhile changed ->
              refusal.accept(ProblemWords.of(Failure.ChangedMeanwhile.CODE, texts), 409);
          case Failure.TwoFactorFirst first ->
              refusal.accept(ProblemWords.of(Failure.TwoFactorFirst.CODE, texts), 409);
          case Failure.Forbidden forbidden ->
              refusal.accept(texts.text("case.problem.forbidden"), 403);
          case Failure.Unauthenticated gone -> session.signedIn(ctx);
          case Failure.NotFound notFound ->
              session.notFound(ctx, pages.staffFrame(ctx, Optional.of(signed.nav())));
        }
      }
    }
  }

  /**
   * The case page again, with one problem ({@code message}, in the page's language) beside {@code
   * field} and what was typed kept.
   */
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
