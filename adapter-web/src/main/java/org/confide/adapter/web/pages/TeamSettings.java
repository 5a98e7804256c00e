package org.confide.adapter.web.pages;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.confide.adapter.web.i18n.Shown;
import org.confide.adapter.web.i18n.Texts;
import org.confide.adapter.web.pages.view.FormError;
import org.confide.adapter.web.pages.view.RoutingPage;
import org.confide.adapter.web.pages.view.RoutingPage.Pick;
import org.confide.adapter.web.pages.view.RoutingPage.Row;
import org.confide.adapter.web.pages.view.TeamsPage;
import org.confide.adapter.web.pages.view.TeamsPage.TeamRow;
import org.confide.application.Confide;
import org.confide.application.port.in.Failure;
import org.confide.application.port.in.ManageTeamsUseCase;
import org.confide.application.port.in.ManageTeamsUseCase.TeamSummary;
import org.confide.application.port.in.Outcome;
import org.confide.application.port.in.ReadQuestionnaireUseCase;
import org.confide.application.port.in.RouteReportsUseCase;
import org.confide.application.port.in.RouteReportsUseCase.RoutingView;
import org.confide.application.port.in.RouteReportsUseCase.Rule;
import org.confide.application.port.in.TeamFailure;
import org.confide.domain.questionnaire.QuestionKind;
import org.confide.domain.shared.FieldProblem;
import org.confide.domain.shared.Language;
import org.confide.domain.team.Routing;
import org.confide.domain.team.TeamId;

/**
 * The administrator's pages of teams and routing, without JavaScript: the teams with a form each
 * for their members (email addresses, one a line) and one to create a team; the routing rules as
 * rows of one form, a blank row being no rule, with the default team.
 */
public final class TeamSettings {

  /** Blank rules offered beyond those set, so that one can be added without JavaScript. */
  private static final int SPARE_ROWS = 3;

  private final Pages pages;
  private final StaffSession session;
  private final ManageTeamsUseCase manageTeams;
  private final RouteReportsUseCase routeReports;
  private final ReadQuestionnaireUseCase questionnaire;

  public TeamSettings(Confide confide, Pages pages) {
    this.pages = pages;
    this.session = new StaffSession(confide, pages);
    this.manageTeams = confide.manageTeams();
    this.routeReports = confide.routeReports();
    this.questionnaire = confide.readQuestionnaire();
  }

  /** {@code GET /staff/admin/teams}. */
  public void teams(Context ctx) {
    session
        .signedIn(ctx)
        .ifPresent(
            signed -> showTeams(ctx, signed, Administration.notice(ctx), List.of(), "", null, 200));
  }

  /** {@code POST /staff/admin/teams}: a new team. */
  public void createTeam(Context ctx) {
    var signed = session.signedIn(ctx);
    if (signed.isEmpty()) {
      return;
    }
    var name = field(ctx, "name");
    if (PageLanguages.switching(ctx)) {
      // The name as typed, in the language asked for; no team created.
      showTeams(ctx, signed.get(), null, List.of(), name, null, 200);
      return;
    }
    switch (manageTeams.create(signed.get().token(), name)) {
      case Outcome.Done<TeamId, TeamFailure> created ->
          Pages.seeOther(ctx, "/staff/admin/teams?done=saved");
      case Outcome.Failed<TeamId, TeamFailure>(var failure) ->
          failed(
              ctx,
              signed.get(),
              failure,
              problems ->
                  showTeams(
                      ctx,
                      signed.get(),
                      null,
                      errors(problems, "name", pages.texts(ctx)),
                      name,
                      null,
                      400));
    }
  }

  /** {@code POST /staff/admin/teams/members}: one team's members, one email address a line. */
  public void changeMembers(Context ctx) {
    var signed = session.signedIn(ctx);
    if (signed.isEmpty()) {
      return;
    }
    var id = field(ctx, "team");
    var typed = field(ctx, "members");
    var emails = typed.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
    var team = TeamId.read(id).orElse(new TeamId(new java.util.UUID(0, 0)));
    var anchor = "members-" + team;
    if (PageLanguages.switching(ctx)) {
      // The members as typed, in the language asked for; nothing changed.
      var row = new TeamRow(team.toString(), "", typed, anchor);
      showTeams(ctx, signed.get(), null, List.of(), "", row, 200);
      return;
    }
    switch (manageTeams.changeMembers(signed.get().token(), team, emails)) {
      case Outcome.Done<Outcome.Ok, TeamFailure> changed ->
          Pages.seeOther(ctx, "/staff/admin/teams?done=saved");
      case Outcome.Failed<Outcome.Ok, TeamFailure>(var failure) ->
          failed(
              ctx,
              signed.get(),
              failure,
              problems ->
                  showTeams(
                      ctx,
                      signed.get(),
                      null,
                      errors(problems, anchor, pages.texts(ctx)),
                      "",
                      new TeamRow(team.toString(), "", typed, anchor),
                      400));
    }
  }

  /** {@code GET /staff/admin/routing}. */
  public void routing(Context ctx) {
    var signed = session.signedIn(ctx);
    if (signed.isEmpty()) {
      return;
    }
    switch (routeReports.read(signed.get().token())) {
      case Outcome.Done<RoutingView, TeamFailure>(var routing) -> {
        var rows = new ArrayList<Row>();
        for (var rule : routing.rules()) {
          rows.add(new Row(rows.size(), rule.question() + "/" + rule.option(), rule.team()));
        }
        showRouting(
            ctx,
            signed.get(),
            Administration.notice(ctx),
            List.of(),
            rows,
            routing.defaultTeam().orElse(""),
            200);
      }
      case Outcome.Failed<RoutingView, TeamFailure>(var failure) ->
          failed(ctx, signed.get(), failure, problems -> {});
    }
  }

  /** {@code POST /staff/admin/routing}: every rule at once, and the default team. */
  public void saveRouting(Context ctx) {
    var signed = session.signedIn(ctx);
    if (signed.isEmpty()) {
      return;
    }
    var rows = new ArrayList<Row>();
    for (int i = 0; i < Routing.MAX_RULES; i++) {
      if (ctx.formParam("answer-" + i) == null) {
        continue;
      }
      rows.add(new Row(i, field(ctx, "answer-" + i), field(ctx, "team-" + i)));
    }
    // A row with neither an answer nor a team is no rule; the rest are checked in order.
    var filled = rows.stream().filter(row -> !(row.answer() + row.team()).isBlank()).toList();
    var rules =
        filled.stream()
            .map(row -> {
              var parts = row.answer().split("/", 2);
              return new Rule(parts[0], parts.length > 1 ? parts[1] : "", row.team());
            })
            .toList();
    var defaultTeam = field(ctx, "defaultTeam");
    if (PageLanguages.switching(ctx)) {
      // Every rule as chosen, in the language asked for; nothing checked or saved.
      showRouting(ctx, signed.get(), null, List.of(), rows, defaultTeam, 200);
      return;
    }
    var routing =
        new RoutingView(rules, defaultTeam.isEmpty() ? Optional.empty() : Optional.of(defaultTeam));
    switch (routeReports.change(signed.get().token(), routing)) {
      case Outcome.Done<Outcome.Ok, TeamFailure> saved ->
          Pages.seeOther(ctx, "/staff/admin/routing?done=saved");
      case Outcome.Failed<Outcome.Ok, TeamFailure>(var failure) ->
          failed(
              ctx,
              signed.get(),
              failure,
              problems ->
                  showRouting(
                      ctx,
                      signed.get(),
                      null,
                      problems.stream()
                          .map(p -> {
                            var anchor = anchorOf(p.field(), filled);
                            return FormError.of(anchor, p, pages.texts(ctx));
                          })
                          .toList(),
                      rows,
                      defaultTeam,
                      400));
    }
  }

  /** The field a problem named {@code rules[2].team} belongs to: the row of the third rule. */
  private static String anchorOf(String problem, List<Row> filled) {
    for (int i = 0; i < filled.size(); i++) {
      var prefix = "rules[" + i + "].";
      if (problem.startsWith(prefix)) {
        return filled.get(i).id(problem.endsWith(".team") ? "team" : "answer");
      }
    }
    return problem.equals("defaultTeam") ? "defaultTeam" : "answer-0";
  }

  /** The errors {@code problems} found, each at {@code anchor}, in the words of {@code texts}. */
  private static List<FormError> errors(List<FieldProblem> problems, String anchor, Texts texts) {
    return problems.stream().map(p -> FormError.of(anchor, p, texts)).toList();
  }

  private void failed(
      Context ctx,
      StaffSession.Signed signed,
      TeamFailure failure,
      Consumer<List<FieldProblem>> invalid) {
    switch (failure) {
      case Failure.Invalid problems -> invalid.accept(problems.problems());
      case Failure.NotFound missing -> {
        var frame = session.frame(ctx, signed);
        pages.message(
            ctx,
            404,
            frame,
            frame.t("admin.teams.notFound.title"),
            frame.t("admin.teams.notFound.text"),
            frame.t("admin.teams.notFound.back"),
            frame.href("/staff/admin/teams"));
      }
      case Failure.Unauthenticated gone -> session.signedIn(ctx);
      case Failure.Forbidden forbidden ->
          Administration.forbidden(pages, ctx, session.frame(ctx, signed));
      case Failure.TwoFactorFirst first ->
          Administration.forbidden(pages, ctx, session.frame(ctx, signed));
    }
  }

  private static String field(Context ctx, String name) {
    return Optional.ofNullable(ctx.formParam(name)).orElse("").strip();
  }

  /** The teams page; {@code posted} keeps what was typed for one team whose change failed. */
  private void showTeams(
      Context ctx,
      StaffSession.Signed signed,
      String notice,
      List<FormError> errors,
      String name,
      TeamRow posted,
      int status) {
    var frame = session.frame(ctx, signed);
    switch (manageTeams.list(signed.token())) {
      case Outcome.Done<List<TeamSummary>, TeamFailure>(var teams) -> {
        var rows =
            teams.stream()
                .map(team -> {
                  var anchor = "members-" + team.id();
                  var typed =
                      posted != null && posted.id().equals(team.id().toString())
                          ? posted.members()
                          : String.join("\n", team.members());
                  return new TeamRow(team.id().toString(), team.name(), typed, anchor);
                })
                .toList();
        var form = posted != null ? posted.field() + "-form" : "new-team";
        pages.render(ctx, status, new TeamsPage(frame, notice, errors, name, rows, form));
      }
      case Outcome.Failed<List<TeamSummary>, TeamFailure>(var failure) ->
          failed(ctx, signed, failure, problems -> {});
    }
  }

  private void showRouting(
      Context ctx,
      StaffSession.Signed signed,
      String notice,
      List<FormError> errors,
      List<Row> set,
      String defaultTeam,
      int status) {
    var frame = session.frame(ctx, signed);
    switch (manageTeams.list(signed.token())) {
      case Outcome.Done<List<TeamSummary>, TeamFailure>(var teams) -> {
        var rows = new ArrayList<>(set);
        int next = rows.isEmpty() ? 0 : rows.getLast().index() + 1;
        for (int i = 0; i < SPARE_ROWS && next + i < Routing.MAX_RULES; i++) {
          rows.add(new Row(next + i, "", ""));
        }
        var teamPicks =
            teams.stream().map(team -> new Pick(team.id().toString(), team.name())).toList();
        pages.render(
            ctx,
            status,
            new RoutingPage(
                frame,
                notice,
                errors,
                answers(frame.texts().language()),
                teamPicks,
                rows,
                defaultTeam));
      }
      case Outcome.Failed<List<TeamSummary>, TeamFailure>(var failure) ->
          failed(ctx, signed, failure, problems -> {});
    }
  }

  /**
   * Every option of every single- or multiple-choice question of the questionnaire in use, grouped
   * by question, in {@code language} where the questionnaire has it, else as written and marked
   * with its language: the question on its group, each option on itself where its language differs
   * from the question's (which it would otherwise inherit).
   */
  private List<RoutingPage.Asked> answers(Language language) {
    var shown = Shown.in(language);
    var asked = new ArrayList<RoutingPage.Asked>();
    for (var question : pages.languages().translated(questionnaire.current()).questions()) {
      if (question.kind() != QuestionKind.SINGLE_CHOICE
          && question.kind() != QuestionKind.MULTIPLE_CHOICE) {
        continue;
      }
      var text = shown.apply(question.text());
      var picks = new ArrayList<Pick>();
      for (var option : question.options()) {
        var label = shown.apply(option.label());
        var labelTag = label.lang() != null ? label.lang() : language.tag();
        var inherited = text.lang() != null ? text.lang() : language.tag();
        picks.add(
            new Pick(
                question.id().value() + "/" + option.id().value(),
                label.text(),
                labelTag.equals(inherited) ? null : labelTag));
      }
      asked.add(new RoutingPage.Asked(text, List.copyOf(picks)));
    }
    return asked;
  }
}
