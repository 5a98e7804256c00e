package org.confide.adapter.web.api;

import io.javalin.http.Context;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.confide.adapter.web.EnumNames;
import org.confide.adapter.web.Json;
import org.confide.adapter.web.PathIds;
import org.confide.adapter.web.RequestProblems;
import org.confide.adapter.web.Responses;
import org.confide.application.Confide;
import org.confide.application.port.in.DecideEscalationUseCase;
import org.confide.application.port.in.ListOpenEscalationsUseCase;
import org.confide.domain.shared.ProblemCode;
import org.confide.domain.staff.Permission;

/** A safeguarding lead's escalations through the API: the open ones, and the decision on one. */
public final class EscalationsApi {

  private final DecideEscalationUseCase decideEscalation;
  private final Json json;
  private final ListOpenEscalationsUseCase listOpenEscalations;
  private final Responses responses;
  private final StaffRoles roles;

  public EscalationsApi(Confide confide, Json json, Responses responses) {
    this.decideEscalation = confide.decideEscalation();
    this.listOpenEscalations = confide.listOpenEscalations();
    this.json = json;
    this.responses = responses;
    this.roles = new StaffRoles(confide, responses);
  }

  /** {@code GET /api/v1/staff/escalations}: open escalations, oldest first. */
  public void openEscalations(Context ctx) {
    var token = Bearer.token(ctx);
    responses.send(ctx, listOpenEscalations.list(token), 200, OpenEscalationsResponse::of);
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
    String name = request.decision();
    var kind = Optional.ofNullable(name).flatMap(n -> EnumNames.named(Kind.class, n));
    if (name != null) {
      if (kind.isEmpty()) {
        required.problem("decision", ProblemCode.ONE_OF, "ACKNOWLEDGE, REFER, STAND_DOWN");
      }
      var referral = kind.filter(Kind.REFER::equals).isPresent();
      if (referral && request.referredTo() == null) {
        required.problem("referredTo", ProblemCode.REQUIRED);
      }
      if (!referral && request.referredTo() != null) {
        required.problem("referredTo", ProblemCode.REQUEST_REFERRAL_ONLY);
      }
    }
    required.check();
    String rationale = request.rationale();
    DecideEscalationUseCase.Decision decision =
        switch (kind.orElseThrow()) {
          case ACKNOWLEDGE -> new DecideEscalationUseCase.Decision.Acknowledge(rationale);
          case REFER -> new DecideEscalationUseCase.Decision.Refer(request.referredTo(), rationale);
          case STAND_DOWN -> new DecideEscalationUseCase.Decision.StandDown(rationale);
        };
    responses.sendNoContent(
        ctx, decideEscalation.decide(token, new DecideEscalationUseCase.Command(id, decision)));
  }

  /** The decisions a request may name. */
  private enum Kind {
    ACKNOWLEDGE,
    REFER,
    STAND_DOWN
  }

  /** The body of a lead's decision. */
  record DecisionRequest(@NotNull String decision, String referredTo, @NotNull String rationale) {}

  /** The open escalations of a lead's list. */
  record OpenEscalationsResponse(List<OpenEscalationRow> escalations) {
    static OpenEscalationsResponse of(List<ListOpenEscalationsUseCase.OpenEscalation> open) {
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
    static OpenEscalationRow of(ListOpenEscalationsUseCase.OpenEscalation open) {
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
