package org.confide.adapter.web.pages;

import io.javalin.http.Context;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.confide.adapter.web.EnumNames;
import org.confide.adapter.web.PathIds;
import org.confide.adapter.web.i18n.ProblemWords;
import org.confide.adapter.web.i18n.Texts;
import org.confide.adapter.web.pages.view.EscalationLine;
import org.confide.adapter.web.pages.view.EscalationPage;
import org.confide.adapter.web.pages.view.EscalationsPage;
import org.confide.adapter.web.pages.view.FormError;
import org.confide.adapter.web.pages.view.Frame;
import org.confide.application.Confide;
import org.confide.application.port.in.CaseActionFailure;
import org.confide.application.port.in.DecideEscalationUseCase;
import org.confide.application.port.in.Failure;
import org.confide.application.port.in.ListOpenEscalationsUseCase;
import org.confide.application.port.in.ListOpenEscalationsUseCase.OpenEscalation;
import org.confide.application.port.in.Outcome;
import org.confide.application.port.in.StaffDenial;

/**
 * A safeguarding lead's escalations: the open ones, oldest first, and the decision on one
 * (acknowledged, referred elsewhere, or stood down), with the lead's rationale.
 */
public final class EscalationPages {

  private final Pages pages;
  private final StaffSession session;
  private final ListOpenEscalationsUseCase listOpenEscalations;
  private final DecideEscalationUseCase decideEscalation;

  public EscalationPages(Confide confide, Pages pages) {
    this.pages = pages;
    this.session = new StaffSession(confide, pages);
    this.listOpenEscalations = confide.listOpenEscalations();
    this.decideEscalation = confide.decideEscalation();
  }

  /** The decisions the form offers. */
  private enum Kind {
    ACKNOWLEDGE,
    REFER,
    STAND_DOWN
  }

  /** {@code GET /staff/escalations}: open escalations, oldest first. */
  public void escalations(Context ctx) {
    var signed = session.signedIn(ctx);
    if (signed.isEmpty()) {
      return;
    }
    var frame = session.frame(ctx, signed.get());
    switch (listOpenEscalations.list(signed.get().token())) {
      case Outcome.Done<List<OpenEscalation>, StaffDenial>(var open) -> {
        var zone = pages.zone();
        pages.render(
            ctx,
            200,
            new EscalationsPage(
                frame,
                "decided".equals(ctx.queryParam("done")) ? "escalations.done.decided" : null,
                open.stream().map(e -> line(e, zone, frame.texts())).toList()));
      }
      case Outcome.Failed<List<OpenEscalation>, StaffDenial>(var denied) -> {
        // Signed in a moment ago: whatever stops the list now, it is not this member's to see.
        switch (denied) {
          case Failure.Forbidden forbidden -> notForThisRole(ctx, frame);
          case Failure.Unauthenticated gone -> notForThisRole(ctx, frame);
          case Failure.TwoFactorFirst first -> notForThisRole(ctx, frame);
        }
      }
    }
  }

  private void notForThisRole(Context ctx, Frame frame) {
    pages.message(
        ctx,
        403,
        frame,
        frame.t("staff.notPartOfRole"),
        frame.t("escalations.forbidden"),
        null,
        null);
  }

  private static EscalationLine line(OpenEscalation e, ZoneId zone, Texts texts) {
    return new EscalationLine(
        e.id().toString(),
        e.reference().display(),
        StaffWords.escalation(e.status(), texts),
        PageDates.moment(e.raisedAt(), zone, texts),
        PageDates.moment(e.acknowledgementDueBy(), zone, texts),
        e.acknowledgementOverdue(),
        e.trigger().orElse(null),
        List.of());
  }

  /** {@code GET /staff/escalations/{id}}: one escalation and the decision form. */
  public void escalation(Context ctx) {
    var signed = session.signedIn(ctx);
    if (signed.isEmpty()) {
      return;
    }
    showEscalation(ctx, signed.get(), Map.of(), List.of(), 200);
  }

  private void showEscalation(
      Context ctx,
      StaffSession.Signed signed,
      Map<String, String> values,
      List<FormError> errors,
      int status) {
    var frame = session.frame(ctx, signed);
    var id = PathIds.escalation(ctx);
    List<OpenEscalation> open;
    switch (listOpenEscalations.list(signed.token())) {
      case Outcome.Done<List<OpenEscalation>, StaffDenial>(var listed) -> open = listed;
      case Outcome.Failed<List<OpenEscalation>, StaffDenial>(var denied) -> {
        // Not this member's to see, whatever the reason: as an escalation that is not there.
        switch (denied) {
          case Failure.Forbidden forbidden -> session.notFound(ctx, frame);
          case Failure.Unauthenticated gone -> session.notFound(ctx, frame);
          case Failure.TwoFactorFirst first -> session.notFound(ctx, frame);
        }
        return;
      }
    }
    var found = open.stream().filter(e -> e.id().equals(id)).findFirst();
    if (found.isEmpty()) {
      session.notFound(ctx, frame);
      return;
    }
    pages.render(
        ctx,
        status,
        new EscalationPage(
            frame,
            line(found.get(), pages.zone(), frame.texts()),
            values.getOrDefault("decision", ""),
            values.getOrDefault("referredTo", ""),
            values.getOrDefault("rationale", ""),
            errors));
  }

  /** {@code POST /staff/escalations/{id}/decision}. */
  public void decide(Context ctx) {
    var signed = session.signedIn(ctx);
    if (signed.isEmpty()) {
      return;
    }
    var kind = Optional.ofNullable(ctx.formParam("decision")).orElse("");
    var referredTo = Optional.ofNullable(ctx.formParam("referredTo")).orElse("");
    var rationale = Optional.ofNullable(ctx.formParam("rationale")).orElse("");
    var values = Map.of("decision", kind, "referredTo", referredTo, "rationale", rationale);
    if (PageLanguages.switching(ctx)) {
      // The decision as it was being written, in the language asked for; nothing decided.
      showEscalation(ctx, signed.get(), values, List.of(), 200);
      return;
    }
    var chosen = EnumNames.named(Kind.class, kind);
    if (chosen.isEmpty()) {
      showEscalation(
          ctx,
          signed.get(),
          values,
          List.of(new FormError("decision", pages.texts(ctx).text("escalation.problem.decision"))),
          400);
      return;
    }
    DecideEscalationUseCase.Decision decision =
        switch (chosen.get()) {
          case ACKNOWLEDGE -> new DecideEscalationUseCase.Decision.Acknowledge(rationale);
          case REFER -> new DecideEscalationUseCase.Decision.Refer(referredTo, rationale);
          case STAND_DOWN -> new DecideEscalationUseCase.Decision.StandDown(rationale);
        };
    var command = new DecideEscalationUseCase.Command(PathIds.escalation(ctx), decision);
    switch (decideEscalation.decide(signed.get().token(), command)) {
      case Outcome.Done<Outcome.Ok, CaseActionFailure> decided ->
          Pages.seeOther(ctx, "/staff/escalations?done=decided");
      case Outcome.Failed<Outcome.Ok, CaseActionFailure>(var failure) ->
          failed(ctx, signed.get(), values, failure);
    }
  }

  private void failed(
      Context ctx,
      StaffSession.Signed signed,
      Map<String, String> values,
      CaseActionFailure failure) {
    var texts = pages.texts(ctx);
    switch (failure) {
      case Failure.Invalid invalid ->
          showEscalation(
              ctx,
              signed,
              values,
              invalid.problems().stream()
                  .map(p -> FormError.of(decisionAnchor(p.field()), p, texts))
                  .toList(),
              400);
      case Failure.Refused refused ->
          showEscalation(
              ctx,
              signed,
              values,
              List.of(new FormError("decision", ProblemWords.of(refused, texts))),
              409);
      // Not there, or not this member's to decide: one answer, which says nothing of which.
      case Failure.NotFound notFound -> session.notFound(ctx, session.frame(ctx, signed));
      case Failure.Forbidden forbidden -> session.notFound(ctx, session.frame(ctx, signed));
      case Failure.Unauthenticated gone -> session.notFound(ctx, session.frame(ctx, signed));
      case Failure.TwoFactorFirst first -> session.notFound(ctx, session.frame(ctx, signed));
    }
  }

  private static String decisionAnchor(String field) {
    return switch (field) {
      case "referredTo" -> "referredTo";
      case "rationale" -> "rationale";
      default -> "decision";
    };
  }
}
