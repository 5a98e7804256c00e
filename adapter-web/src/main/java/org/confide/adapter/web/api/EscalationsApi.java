package org.confide.adapter.web.api;

import io.javalin.http.Context;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.List;
import org.confide.adapter.web.Json;
import org.confide.adapter.web.PathIds;
import org.confide.adapter.web.RequestProblems;
import org.confide.adapter.web.Responses;
import org.confide.application.Confide;
import org.confide.application.port.in.DecideEscalationUseCase;
import org.confide.domain.staff.Permission;

/** A safeguarding lead's escalations through the API: the open ones, and the decision on one. */
public final class EscalationsApi {

  private final DecideEscalationUseCase decideEscalation;
  private final Json json;
  private final Responses responses;
  private final StaffRoles roles;

  public EscalationsApi(Confide confide, Json json, Responses responses) {
    this.decideEscalation = confide.decideEscalation();
    this.json = json;
    this.responses = responses;
    this.roles = new StaffRoles(confide, responses);
  }

  /** {@code GET /api/v1/staff/escalations}: open escalations, oldest first. */
  public void openEscalations(Context ctx) {
    var token = Bearer.token(ctx);
    responses.send(ctx, decideEscalation.open(token), 200, OpenEscalationsResponse::of);
  }

  /** {@code POST /api/v1/staff/escalations/{id}/decision}. */
  public void decide(Context ctx) {
    var token = Bearer.token(ctx);
    if (!roles.allow(ctx, token, Permission.DECIDE_ESCALATIONS)) {
      return;
    }
    var id = PathIds.escalation(ctx);
    var request = json.read(ctx, DecisionRequest.class);
    var required = RequestProblems.of(request);
    String kind = request.decision();
    String rationale = request.rationale();
    DecideEscalationUseCase.Decision decision = null;
    if (kind != null) {
      switch (kind) {
        case "ACKNOWLEDGE" ->
            decision = new DecideEscalationUseCase.Decision.Acknowledge(rationale);
        case "STAND_DOWN" -> decision = new DecideEscalationUseCase.Decision.StandDown(rationale);
        case "REFER" -> {
          String referredTo = request.referredTo();
          if (referredTo == null) {
            required.problem("referredTo", "Is required");
          }
          decision = new DecideEscalationUseCase.Decision.Refer(referredTo, rationale);
        }
        default -> required.problem("decision", "Should be one of ACKNOWLEDGE, REFER, STAND_DOWN");
      }
      if (!"REFER".equals(kind) && request.referredTo() != null) {
        required.problem("referredTo", "Only a referral names who it was referred to");
      }
    }
    required.check();
    responses.sendNoContent(ctx, decideEscalation.decide(token, id, decision));
  }

  /** The body of a lead's decision. */
  record DecisionRequest(@NotNull String decision, String referredTo, @NotNull String rationale) {}

  /** The open escalations of a lead's list. */
  record OpenEscalationsResponse(List<OpenEscalationRow> escalations) {
    static OpenEscalationsResponse of(List<DecideEscalationUseCase.OpenEscalation> open) {
      return new OpenEscalationsResponse(open.stream().map(OpenEscalationRow::of).toList());
    }
  }

  /** One open escalation. */
  record OpenEscalationRow(
      String id,
      String reference,
      String status,
      Instant raisedAt,
      Instant acknowledgementDueBy,
      boolean acknowledgementOverdue,
      String trigger,
      Instant reminderAt) {
    static OpenEscalationRow of(DecideEscalationUseCase.OpenEscalation open) {
      return new OpenEscalationRow(
          open.id().toString(),
          open.reference().display(),
          open.status().name(),
          open.raisedAt(),
          open.acknowledgementDueBy(),
          open.acknowledgementOverdue(),
          open.trigger().orElse(null),
          open.reminderAt().orElse(null));
    }
  }
}
