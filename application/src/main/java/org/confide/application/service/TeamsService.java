package org.confide.application.service;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.random.RandomGenerator;
import org.confide.application.port.in.Failure;
import org.confide.application.port.in.ManageTeamsUseCase;
import org.confide.application.port.in.Outcome;
import org.confide.application.port.in.RouteReportsUseCase;
import org.confide.application.port.in.SessionToken;
import org.confide.application.port.in.TeamFailure;
import org.confide.application.port.out.Questionnaires;
import org.confide.application.port.out.StaffDirectory;
import org.confide.application.port.out.Teams;
import org.confide.domain.audit.Actor;
import org.confide.domain.audit.AuditAction;
import org.confide.domain.audit.AuditDetail;
import org.confide.domain.audit.AuditDetailCode;
import org.confide.domain.questionnaire.OptionId;
import org.confide.domain.questionnaire.QuestionId;
import org.confide.domain.questionnaire.QuestionKind;
import org.confide.domain.questionnaire.Questionnaire;
import org.confide.domain.shared.FieldProblem;
import org.confide.domain.shared.FreeText;
import org.confide.domain.shared.ProblemCode;
import org.confide.domain.shared.ProblemSubject;
import org.confide.domain.staff.CaseAccess;
import org.confide.domain.staff.EmailAddress;
import org.confide.domain.staff.Permission;
import org.confide.domain.staff.StaffId;
import org.confide.domain.staff.StaffMember;
import org.confide.domain.team.Routing;
import org.confide.domain.team.RoutingRule;
import org.confide.domain.team.Team;
import org.confide.domain.team.TeamId;

/** Defines the teams, their members and the routing of new reports to them. */
public final class TeamsService implements ManageTeamsUseCase, RouteReportsUseCase {

  private final Gate gate;
  private final Auditor auditor;
  private final Teams teams;
  private final StaffDirectory staffDirectory;
  private final Questionnaires questionnaires;
  private final RandomGenerator random;

  /**
   * The service, wired by {@link org.confide.application.Confide#assemble}: an embedder uses that,
   * or {@link org.confide.application.InMemoryConfide}, rather than this.
   *
   * @param gate resolves the acting party's session, checks two-factor sign-in and the role, and
   *     runs the work in one transaction
   * @param auditor records the audit events, stamped with the time and a fresh id
   * @param teams the teams, their members and the routing
   * @param staffDirectory the staff accounts, to find members by email
   * @param questionnaires the questionnaire in use, whose questions and options rules name
   * @param random the source of team ids
   */
  public TeamsService(
      Gate gate,
      Auditor auditor,
      Teams teams,
      StaffDirectory staffDirectory,
      Questionnaires questionnaires,
      RandomGenerator random) {
    this.gate = Objects.requireNonNull(gate, "gate");
    this.auditor = Objects.requireNonNull(auditor, "auditor");
    this.teams = Objects.requireNonNull(teams, "teams");
    this.staffDirectory = Objects.requireNonNull(staffDirectory, "staffDirectory");
    this.questionnaires = Objects.requireNonNull(questionnaires, "questionnaires");
    this.random = Objects.requireNonNull(random, "random");
  }

  @Override
  public Outcome<TeamId, TeamFailure> create(SessionToken session, String typed) {
    var name = Objects.requireNonNull(typed, "name must not be null").strip();
    return gate.asStaff(
        session,
        Permission.MANAGE_STAFF,
        TeamFailure::from,
        admin -> {
          // Typed names are stripped, so the name's rules are those of any free text.
          var problem = FreeText.problem("name", ProblemSubject.NAME, name, Team.MAX_NAME);
          if (problem.isPresent()) {
            return Outcome.failed(new Failure.Invalid(List.of(problem.get())));
          }
          var team = new Team(TeamId.generate(random), name, Set.of());
          return switch (teams.add(team)) {
            case ADDED -> {
              auditor.audit(
                  Actor.staff(admin.id()),
                  AuditAction.TEAM_CREATED,
                  AuditDetail.of(AuditDetailCode.ID, team.id().toString()));
              yield Outcome.done(team.id());
            }
            case NAME_TAKEN ->
                Outcome.failed(Failure.Invalid.of("name", ProblemCode.TEAM_NAME_TAKEN, name));
          };
        });
  }

  @Override
  public Outcome<List<TeamSummary>, TeamFailure> list(SessionToken session) {
    return gate.asStaff(
        session,
        Permission.MANAGE_STAFF,
        TeamFailure::from,
        admin -> Outcome.done(teams.all().stream().map(this::summary).toList()));
  }

  private TeamSummary summary(Team team) {
    var emails =
        team.members().stream()
            .map(staffDirectory::find)
            .flatMap(Optional::stream)
            .map(member -> member.email().toString())
            .sorted()
            .toList();
    return new TeamSummary(team.id(), team.name(), emails);
  }

  @Override
  public Outcome<Outcome.Ok, TeamFailure> changeMembers(
      SessionToken session, TeamId team, List<String> emails) {
    Objects.requireNonNull(team, "team must not be null");
    var asked = List.copyOf(emails);
    return gate.asStaff(
        session,
        Permission.MANAGE_STAFF,
        TeamFailure::from,
        admin -> {
          var found = teams.find(team);
          if (found.isEmpty()) {
            return Outcome.failed(new Failure.NotFound());
          }
          var members = new HashSet<StaffId>();
          var unknown = new ArrayList<String>();
          for (int i = 0; i < asked.size(); i++) {
            // An address is named back; text that is no address is named by its place alone, so
            // that a problem never repeats what was sent.
            var address = EmailAddress.read(asked.get(i));
            var named = address.map(EmailAddress::toString).orElse("entry " + (i + 1));
            address
                .flatMap(staffDirectory::findByEmail)
                .filter(StaffMember::active)
                .filter(CaseAccess::mayBeAssigned)
                .ifPresentOrElse(member -> members.add(member.id()), () -> unknown.add(named));
          }
          if (!unknown.isEmpty()) {
            return Outcome.failed(
                Failure.Invalid.of(
                    "emails", ProblemCode.TEAM_NOT_ADVISERS, String.join(", ", unknown)));
          }
          teams.replaceMembers(found.get().withMembers(members));
          auditor.audit(
              Actor.staff(admin.id()),
              AuditAction.TEAM_MEMBERS_CHANGED,
              members.isEmpty()
                  ? AuditDetail.of(AuditDetailCode.TEAM_NO_MEMBERS, team.toString())
                  : AuditDetail.of(
                      AuditDetailCode.TEAM_MEMBERS,
                      team.toString(),
                      members.stream().map(StaffId::toString).sorted().toList()));
          return Outcome.ok();
        });
  }

  @Override
  public Outcome<RoutingView, TeamFailure> read(SessionToken session) {
    return gate.asStaff(
        session,
        Permission.MANAGE_SERVICE,
        TeamFailure::from,
        admin -> {
          var routing = teams.routing();
          var rules =
              routing.rules().stream()
                  .map(rule ->
                      new Rule(
                          rule.question().value(), rule.option().value(), rule.team().toString()))
                  .toList();
          return Outcome.done(new RoutingView(rules, routing.defaultTeam().map(TeamId::toString)));
        });
  }

  @Override
  public Outcome<Outcome.Ok, TeamFailure> change(SessionToken session, RoutingView view) {
    Objects.requireNonNull(view, "routing must not be null");
    return gate.asStaff(
        session,
        Permission.MANAGE_SERVICE,
        TeamFailure::from,
        admin -> {
          var questionnaire = questionnaires.current();
          var problems = new ArrayList<FieldProblem>();
          var rules = new ArrayList<RoutingRule>();
          if (view.rules().size() > Routing.MAX_RULES) {
            problems.add(FieldProblem.of("rules", ProblemCode.ROUTING_RULES, Routing.MAX_RULES));
          }
          for (int i = 0; i < view.rules().size(); i++) {
            rule(questionnaire, view.rules().get(i), "rules[" + i + "]", problems)
                .ifPresent(rules::add);
          }
          var defaultTeam = view.defaultTeam().flatMap(id -> team(id, "defaultTeam", problems));
          if (!problems.isEmpty()) {
            return Outcome.failed(new Failure.Invalid(problems));
          }
          teams.replaceRouting(new Routing(rules, defaultTeam));
          auditor.audit(
              Actor.staff(admin.id()),
              AuditAction.ROUTING_CHANGED,
              defaultTeam
                  .map(id -> AuditDetail.of(AuditDetailCode.ROUTING, rules.size(), id.toString()))
                  .orElseGet(
                      () -> AuditDetail.of(AuditDetailCode.ROUTING_NO_DEFAULT, rules.size())));
          return Outcome.ok();
        });
  }

  /** The rule as written, if it names a choice question, one of its options and a team. */
  private Optional<RoutingRule> rule(
      Questionnaire questionnaire, Rule rule, String field, List<FieldProblem> problems) {
    var question =
        Optional.of(rule.question())
            .filter(QuestionId::isWellFormed)
            .map(QuestionId::of)
            .flatMap(questionnaire::question)
            .filter(q ->
                q.kind() == QuestionKind.SINGLE_CHOICE || q.kind() == QuestionKind.MULTIPLE_CHOICE);
    if (question.isEmpty()) {
      problems.add(
          QuestionId.isWellFormed(rule.question())
              ? FieldProblem.of(field + ".question", ProblemCode.ROUTING_QUESTION, rule.question())
              : FieldProblem.of(field + ".question", ProblemCode.ROUTING_QUESTION_UNNAMED));
    }
    var option =
        question.flatMap(q ->
            Optional.of(rule.option())
                .filter(OptionId::isWellFormed)
                .map(OptionId::of)
                .filter(id -> q.option(id).isPresent()));
    if (question.isPresent() && option.isEmpty()) {
      problems.add(
          OptionId.isWellFormed(rule.option())
              ? FieldProblem.of(
                  field + ".option", ProblemCode.ROUTING_OPTION, rule.option(), rule.question())
              : FieldProblem.of(
                  field + ".option", ProblemCode.ROUTING_OPTION_UNNAMED, rule.question()));
    }
    var team = team(rule.team(), field + ".team", problems);
    if (question.isEmpty() || option.isEmpty() || team.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new RoutingRule(question.get().id(), option.get(), team.get()));
  }

  private Optional<TeamId> team(String id, String field, List<FieldProblem> problems) {
    var team = TeamId.read(id).filter(known -> teams.find(known).isPresent());
    if (team.isEmpty()) {
      // The id is named back only when it has an id's form: a problem never repeats other text.
      problems.add(
          TeamId.read(id).isPresent()
              ? FieldProblem.of(field, ProblemCode.ROUTING_TEAM, id)
              : FieldProblem.of(field, ProblemCode.ROUTING_TEAM_UNNAMED));
    }
    return team;
  }
}
