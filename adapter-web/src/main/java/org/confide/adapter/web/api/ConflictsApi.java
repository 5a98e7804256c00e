package org.confide.adapter.web.api;

import io.javalin.http.Context;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.confide.adapter.web.Json;
import org.confide.adapter.web.PathIds;
import org.confide.adapter.web.RequestProblems;
import org.confide.adapter.web.Responses;
import org.confide.application.Confide;
import org.confide.application.port.in.DeclareConflictUseCase;
import org.confide.application.port.in.ExcludeAdviserUseCase;
import org.confide.application.port.in.LiftExclusionUseCase;
import org.confide.application.port.in.ReadExclusionsUseCase;
import org.confide.domain.staff.Permission;

/**
 * Conflicts of interest over the API: a safeguarding lead excludes an adviser from a case and reads
 * who is excluded; an adviser declares a conflict on a case, which excludes them.
 */
public final class ConflictsApi {

  private final ExcludeAdviserUseCase excludeAdviser;
  private final DeclareConflictUseCase declareConflict;
  private final ReadExclusionsUseCase readExclusions;
  private final LiftExclusionUseCase liftExclusion;
  private final Json json;
  private final Responses responses;
  private final StaffRoles roles;

  public ConflictsApi(Confide confide, Json json, Responses responses) {
    this.excludeAdviser = confide.excludeAdviser();
    this.declareConflict = confide.declareConflict();
    this.readExclusions = confide.readExclusions();
    this.liftExclusion = confide.liftExclusion();
    this.json = json;
    this.responses = responses;
    this.roles = new StaffRoles(confide, responses);
  }

  /** {@code POST /api/v1/staff/cases/{reference}/exclusions}: a lead excludes an adviser. */
  public void exclude(Context ctx) {
    var token = Bearer.token(ctx);
    if (!roles.allow(ctx, token, Permission.DECIDE_ESCALATIONS)) {
      return;
    }
    var reference = PathIds.reference(ctx);
    var request = json.read(ctx, ExclusionRequest.class);
    RequestProblems.of(request).check();
    responses.sendNoContent(
        ctx,
        excludeAdviser.exclude(
            token,
            new ExcludeAdviserUseCase.Command(reference, request.adviser(), request.reason())));
  }

  /**
   * {@code POST /api/v1/staff/cases/{reference}/exclusions/lifting}: a lead ends an adviser's
   * exclusion.
   */
  public void lift(Context ctx) {
    var token = Bearer.token(ctx);
    if (!roles.allow(ctx, token, Permission.DECIDE_ESCALATIONS)) {
      return;
    }
    var reference = PathIds.reference(ctx);
    var request = json.read(ctx, ExclusionRequest.class);
    RequestProblems.of(request).check();
    responses.sendNoContent(
        ctx,
        liftExclusion.lift(
            token,
            new LiftExclusionUseCase.Command(reference, request.adviser(), request.reason())));
  }

  /** {@code GET /api/v1/staff/cases/{reference}/exclusions}: who is excluded from a case. */
  public void exclusions(Context ctx) {
    var reference = PathIds.reference(ctx);
    responses.send(
        ctx,
        readExclusions.read(Bearer.token(ctx), new ReadExclusionsUseCase.Command(reference)),
        200,
        list -> new ExclusionsResponse(list.stream().map(ExclusionResponse::of).toList()));
  }

  /** {@code POST /api/v1/staff/cases/{reference}/conflict}: an adviser declares a conflict. */
  public void declare(Context ctx) {
    var token = Bearer.token(ctx);
    if (!roles.allow(ctx, token, Permission.WORK_CASES)) {
      return;
    }
    var reference = PathIds.reference(ctx);
    var request = json.read(ctx, ConflictRequest.class);
    RequestProblems.of(request).check();
    responses.sendNoContent(
        ctx,
        declareConflict.declare(
            token, new DeclareConflictUseCase.Command(reference, request.reason())));
  }

  /** The body of an exclusion. */
  record ExclusionRequest(
      @NotNull @Size(max = 320) String adviser, @NotNull @Size(max = 5000) String reason) {}

  /** The body of a declared conflict. */
  record ConflictRequest(@NotNull @Size(max = 5000) String reason) {}

  /** Who is excluded from a case. */
  record ExclusionsResponse(List<ExclusionResponse> exclusions) {}

  /** One adviser excluded. */
  record ExclusionResponse(
      String adviser, String adviserName, String excludedBy, boolean declared, Instant at) {
    static ExclusionResponse of(ReadExclusionsUseCase.Excluded excluded) {
      return new ExclusionResponse(
          excluded.adviser(),
          excluded.adviserName(),
          excluded.excludedBy(),
          excluded.declared(),
          excluded.at());
    }
  }
}
