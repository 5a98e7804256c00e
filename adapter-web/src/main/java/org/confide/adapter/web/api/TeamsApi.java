package org.confide.adapter.web.api;

import io.javalin.http.Context;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.confide.adapter.web.Json;
import org.confide.adapter.web.PathIds;
import org.confide.adapter.web.RequestProblems;
import org.confide.adapter.web.Responses;
import org.confide.application.Confide;
import org.confide.application.port.in.ListTeamNamesUseCase;
import org.confide.application.port.in.ManageTeamsUseCase;
import org.confide.application.port.in.ManageTeamsUseCase.TeamSummary;
import org.confide.application.port.in.MoveCaseUseCase;
import org.confide.application.port.in.RouteReportsUseCase;
import org.confide.application.port.in.RouteReportsUseCase.RoutingView;
import org.confide.domain.staff.Permission;
import org.confide.domain.team.Routing;
import org.confide.domain.team.TeamId;

/**
 * Teams and routing over the API: administrators define the teams, their members and the routing of
 * new reports; advisers and safeguarding leads read the teams' names and move a case to another
 * team.
 */
public final class TeamsApi {

  // No team has it: team ids are random version 4 UUIDs.
  private static final TeamId NO_TEAM = new TeamId(new UUID(0, 0));

  private final ManageTeamsUseCase manageTeams;
  private final RouteReportsUseCase routeReports;
  private final MoveCaseUseCase moveCase;
  private final ListTeamNamesUseCase listTeamNames;
  private final Json json;
  private final Responses responses;
  private final StaffRoles roles;

  public TeamsApi(Confide confide, Json json, Responses responses) {
    this.manageTeams = confide.manageTeams();
    this.routeReports = confide.routeReports();
    this.moveCase = confide.moveCase();
    this.listTeamNames = confide.listTeamNames();
    this.json = json;
    this.responses = responses;
    this.roles = new StaffRoles(confide, responses);
  }

  /** {@code POST /api/v1/admin/teams}: a new team, with no members yet. */
  public void createTeam(Context ctx) {
    var token = Bearer.token(ctx);
    if (!roles.allow(ctx, token, Permission.MANAGE_STAFF)) {
      return;
    }
    var request = json.read(ctx, TeamRequest.class);
    RequestProblems.of(request).check();
    responses.send(
        ctx,
        manageTeams.create(token, request.name()),
        201,
        id -> new CreatedResponse(id.toString()));
  }

  /** {@code GET /api/v1/admin/teams}: every team with its members. */
  public void teams(Context ctx) {
    responses.send(
        ctx,
        manageTeams.list(Bearer.token(ctx)),
        200,
        teams -> new TeamsResponse(teams.stream().map(TeamResponse::of).toList()));
  }

  /** {@code PUT /api/v1/admin/teams/{id}/members}: who belongs to a team, replacing who did. */
  public void replaceMembers(Context ctx) {
    var token = Bearer.token(ctx);
    if (!roles.allow(ctx, token, Permission.MANAGE_STAFF)) {
      return;
    }
    var team = TeamId.read(ctx.pathParam("id")).orElse(NO_TEAM);
    var request = json.read(ctx, MembersRequest.class);
    RequestProblems.of(request).check();
    responses.sendNoContent(ctx, manageTeams.changeMembers(token, team, request.emails()));
  }

  /** {@code GET /api/v1/admin/routing}: the rules in force and the default team. */
  public void routing(Context ctx) {
    responses.send(ctx, routeReports.read(Bearer.token(ctx)), 200, RoutingBody::of);
  }

  /** {@code PUT /api/v1/admin/routing}: new rules and default team, replacing the old. */
  public void replaceRouting(Context ctx) {
    var token = Bearer.token(ctx);
    if (!roles.allow(ctx, token, Permission.MANAGE_SERVICE)) {
      return;
    }
    var request = json.read(ctx, RoutingBody.class);
    RequestProblems.of(request).check();
    var rules =
        request.rules().stream()
            .map(rule -> new RouteReportsUseCase.Rule(rule.question(), rule.option(), rule.team()))
            .toList();
    responses.sendNoContent(
        ctx,
        routeReports.change(
            token, new RoutingView(rules, Optional.ofNullable(request.defaultTeam()))));
  }

  /** {@code POST /api/v1/staff/cases/{reference}/team}: the case moves to another team. */
  public void moveCase(Context ctx) {
    var token = Bearer.token(ctx);
    if (!roles.allow(ctx, token, Permission.WORK_CASES)) {
      return;
    }
    var reference = PathIds.reference(ctx);
    var request = json.read(ctx, MoveRequest.class);
    RequestProblems.of(request).check();
    responses.sendNoContent(
        ctx,
        moveCase.move(
            token, new MoveCaseUseCase.Command(reference, request.team(), request.reason())));
  }

  /**
   * {@code GET /api/v1/staff/teams}: every team's id and name, and whether the caller sees its
   * cases, for staff who work cases.
   */
  public void teamNames(Context ctx) {
    responses.send(
        ctx,
        listTeamNames.list(Bearer.token(ctx), Optional.empty()),
        200,
        names ->
            new TeamNamesResponse(
                names.teams().stream()
                    .map(t -> new TeamNameResponse(t.id().toString(), t.name(), t.casesSeen()))
                    .toList()));
  }

  /** The body of a new team. */
  record TeamRequest(@NotNull @Size(max = 200) String name) {}

  /** The body of a team's members. */
  record MembersRequest(@NotNull @Size(max = 1000) List<@NotNull @Size(max = 320) String> emails) {}

  /** The body of a move to another team. */
  record MoveRequest(
      @NotNull @Size(max = 64) String team, @NotNull @Size(max = 5000) String reason) {}

  /** The routing, read and written alike. */
  record RoutingBody(
      @NotNull @Size(max = Routing.MAX_RULES) List<@NotNull @Valid RuleBody> rules,
      @Size(max = 64) String defaultTeam) {
    static RoutingBody of(RoutingView view) {
      return new RoutingBody(
          view.rules().stream()
              .map(rule -> new RuleBody(rule.question(), rule.option(), rule.team()))
              .toList(),
          view.defaultTeam().orElse(null));
    }
  }

  /** One routing rule. */
  record RuleBody(
      @NotNull @Size(max = 64) String question,
      @NotNull @Size(max = 64) String option,
      @NotNull @Size(max = 64) String team) {}

  /** The id of what was created. */
  record CreatedResponse(String id) {}

  /** Every team. */
  record TeamsResponse(List<TeamResponse> teams) {}

  /** The teams' names, as staff who work cases read them. */
  record TeamNamesResponse(List<TeamNameResponse> teams) {}

  /** One team's name, and whether the caller sees its cases. */
  record TeamNameResponse(String id, String name, boolean casesSeen) {}

  /** One team. */
  record TeamResponse(String id, String name, List<String> members) {
    static TeamResponse of(TeamSummary team) {
      return new TeamResponse(team.id().toString(), team.name(), team.members());
    }
  }
}
