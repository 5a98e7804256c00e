package org.confide.adapter.web.pages;

import io.javalin.http.Context;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.confide.adapter.web.PathIds;
import org.confide.adapter.web.pages.view.EscalationLine;
import org.confide.adapter.web.pages.view.EscalationPage;
import org.confide.adapter.web.pages.view.EscalationsPage;
import org.confide.adapter.web.pages.view.FormError;
import org.confide.application.Confide;
import org.confide.application.port.in.DecideEscalationUseCase;
import org.confide.application.port.in.Outcome;

/**
 * A safeguarding lead's escalations: the open ones, oldest first, and the decision on one
 * (acknowledged, referred elsewhere, or stood down), with the lead's rationale.
 */
public final class EscalationPages {

  private final Pages pages;
  private final StaffSession session;
  private final DecideEscalationUseCase decideEscalation;

  public EscalationPages(Confide confide, Pages pages) {
    this.pages = pages;
    this.session = new StaffSession(confide, pages);
    this.decideEscalation = confide.decideEscalation();
  }

  /** {@code GET /staff/escalations}: open escalations, oldest first. */
  public void escalations(Context ctx) {
    var signed = session.signedIn(ctx);
    if (signed.isEmpty()) {
      return;
    }
    var frame = session.frame(ctx, signed.get());
    switch (decideEscalation.open(signed.get().token())) {
      case Outcome.Done<List<DecideEscalationUseCase.OpenEscalation>> done -> {
        var zone = pages.zone();
        pages.render(
            ctx,
            200,
            new EscalationsPage(
                frame,
                "decided".equals(ctx.queryParam("done"))
                    ? "Your decision has been recorded."
                    : null,
                done.value().stream().map(e -> line(e, zone)).toList()));
      }
      default ->
          pages.message(
              ctx,
              403,
              frame,
              "Not part of your role",
              "Escalations are decided by safeguarding leads.",
              null,
              null);
    }
  }

  private static EscalationLine line(DecideEscalationUseCase.OpenEscalation e, ZoneId zone) {
    return new EscalationLine(
        e.id().toString(),
        e.reference().display(),
        StaffWords.escalation(e.status()),
        Pages.moment(e.raisedAt(), zone),
        Pages.moment(e.acknowledgementDueBy(), zone),
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
    if (!(decideEscalation.open(signed.token())
        instanceof Outcome.Done<List<DecideEscalationUseCase.OpenEscalation>> done)) {
      session.notFound(ctx, frame);
      return;
    }
    var found = done.value().stream().filter(e -> e.id().equals(id)).findFirst();
    if (found.isEmpty()) {
      session.notFound(ctx, frame);
      return;
    }
    pages.render(
        ctx,
        status,
        new EscalationPage(
            frame,
            line(found.get(), pages.zone()),
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
    DecideEscalationUseCase.Decision decision =
        switch (kind) {
          case "ACKNOWLEDGE" -> new DecideEscalationUseCase.Decision.Acknowledge(rationale);
          case "REFER" -> new DecideEscalationUseCase.Decision.Refer(referredTo, rationale);
          case "STAND_DOWN" -> new DecideEscalationUseCase.Decision.StandDown(rationale);
          default -> null;
        };
    if (decision == null) {
      showEscalation(
          ctx,
          signed.get(),
          values,
          List.of(new FormError("decision", "Choose what you have decided")),
          400);
      return;
    }
    switch (decideEscalation.decide(signed.get().token(), PathIds.escalation(ctx), decision)) {
      case Outcome.Done<?> ignored -> Pages.seeOther(ctx, "/staff/escalations?done=decided");
      case Outcome.Invalid<?> invalid ->
          showEscalation(
              ctx,
              signed.get(),
              values,
              invalid.problems().stream()
                  .map(p -> new FormError(decisionAnchor(p.field()), p.message()))
                  .toList(),
              400);
      case Outcome.Refused<?> refused ->
          showEscalation(
              ctx, signed.get(), values, List.of(new FormError("decision", refused.reason())), 409);
      default -> session.notFound(ctx, session.frame(ctx, signed.get()));
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
