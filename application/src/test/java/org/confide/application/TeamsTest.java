package org.confide.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.confide.testing.Failures.failedWith;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.confide.application.port.in.AssignCaseUseCase;
import org.confide.application.port.in.Failure;
import org.confide.application.port.in.ListCasesUseCase;
import org.confide.application.port.in.ListCasesUseCase.CaseSummary;
import org.confide.application.port.in.ListCasesUseCase.PageRequest;
import org.confide.application.port.in.ListCasesUseCase.View;
import org.confide.application.port.in.ListTeamNamesUseCase;
import org.confide.application.port.in.ManageTeamsUseCase.TeamSummary;
import org.confide.application.port.in.MoveCaseUseCase;
import org.confide.application.port.in.ReadAuditTrailUseCase;
import org.confide.application.port.in.ReadNotesUseCase;
import org.confide.application.port.in.RouteReportsUseCase.RoutingView;
import org.confide.application.port.in.RouteReportsUseCase.Rule;
import org.confide.application.port.in.SessionToken;
import org.confide.application.port.in.TakeCaseUseCase;
import org.confide.application.port.in.ViewCaseUseCase;
import org.confide.domain.audit.AuditAction;
import org.confide.domain.audit.AuditEvent;
import org.confide.domain.shared.ReportReference;
import org.confide.domain.staff.EmailAddress;
import org.confide.domain.team.TeamId;
import org.confide.testing.AReport;
import org.confide.testing.Failures;
import org.confide.testing.Fixture;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Teams and routing: administrators define teams and the rules that route new reports to them; an
 * adviser works the queue and cases of their own teams, and another team's case is as if it did not
 * exist; safeguarding leads see every team; a case moves between teams with a reason.
 */
class TeamsTest {

  private final Fixture fixture = new Fixture();
  private final Confide confide = fixture.confide;

  private TeamId team(String name, String... members) {
    var id = confide.manageTeams().create(fixture.admin, name).orElseThrow();
    confide.manageTeams().changeMembers(fixture.admin, id, List.of(members)).orElseThrow();
    return id;
  }

  private void route(TeamId students, TeamId staff) {
    confide
        .routeReports()
        .change(
            fixture.admin,
            new RoutingView(
                List.of(
                    new Rule("incident-type", "hate-incident", staff.toString()),
                    new Rule("reporter-role", "student", students.toString())),
                Optional.of(staff.toString())))
        .orElseThrow();
  }

  private ReportReference submit(String role, String type) {
    // A second apart, so that lists hold them in the order submitted.
    fixture.clock.advance(Duration.ofSeconds(1));
    return fixture
        .submit(
            AReport.anonymous()
                .answer("reporter-role", role)
                .answer("incident-type", type)
                .account("What happened.")
                .build())
        .reference();
  }

  private List<ReportReference> queue(SessionToken session, Optional<String> team) {
    return confide
        .listCases()
        .list(session, new ListCasesUseCase.Command(View.QUEUE, PageRequest.first(), team))
        .orElseThrow()
        .cases()
        .stream()
        .map(CaseSummary::reference)
        .toList();
  }

  private List<AuditEvent> audited(AuditAction action) {
    return confide
        .readAuditTrail()
        .read(
            fixture.admin,
            new ReadAuditTrailUseCase.Command(
                Instant.EPOCH, Instant.parse("2100-01-01T00:00:00Z"), Optional.empty()))
        .orElseThrow()
        .stream()
        .filter(event -> event.action() == action)
        .toList();
  }

  @Nested
  class Administration {

    @Test
    void an_administrator_creates_teams_and_says_who_belongs_to_each() {
      var support = team("Student Support", "adviser@example.ac.uk", "lead@example.ac.uk");
      var hr = team("HR");

      assertThat(confide.manageTeams().list(fixture.admin).orElseThrow())
          .containsExactly(
              new TeamSummary(hr, "HR", List.of()),
              new TeamSummary(
                  support,
                  "Student Support",
                  List.of("adviser@example.ac.uk", "lead@example.ac.uk")));
      assertThat(audited(AuditAction.TEAM_CREATED)).hasSize(2);
      assertThat(audited(AuditAction.TEAM_MEMBERS_CHANGED)).hasSize(2);
    }

    @Test
    void a_name_taken_in_any_letter_case_or_blank_is_refused_naming_the_field() {
      team("HR");

      var taken = confide.manageTeams().create(fixture.admin, "hr");
      var blank = confide.manageTeams().create(fixture.admin, "  ");

      assertThat(Failures.of(taken, Failure.Invalid.class).problems().getFirst().field())
          .isEqualTo("name");
      assertThat(Failures.of(blank, Failure.Invalid.class).problems().getFirst().field())
          .isEqualTo("name");
    }

    @Test
    void members_who_are_not_active_advisers_or_leads_are_refused_by_email() {
      var hr = team("HR");

      var outcome =
          confide
              .manageTeams()
              .changeMembers(
                  fixture.admin,
                  hr,
                  List.of("analyst@example.ac.uk", "nobody@example.ac.uk", "<b>not an address"));

      assertThat(Failures.of(outcome, Failure.Invalid.class).problems().getFirst().message())
          .contains("analyst@example.ac.uk", "nobody@example.ac.uk", "entry 3")
          .doesNotContain("<b>");
      assertThat(
              confide
                  .manageTeams()
                  .changeMembers(fixture.admin, TeamId.read(UNKNOWN).orElseThrow(), List.of()))
          .is(failedWith(Failure.NotFound.class));
    }

    @Test
    void routing_with_unknown_questions_options_or_teams_is_refused_naming_each() {
      var hr = team("HR");

      var outcome =
          confide
              .routeReports()
              .change(
                  fixture.admin,
                  new RoutingView(
                      List.of(
                          new Rule("shoe-size", "large", hr.toString()),
                          new Rule("reporter-role", "alien", hr.toString()),
                          new Rule("account", "x", hr.toString()),
                          new Rule("reporter-role", "staff", UNKNOWN)),
                      Optional.of("not-a-team")));

      assertThat(Failures.of(outcome, Failure.Invalid.class).problems())
          .extracting(problem -> problem.field() + ": " + problem.message())
          .containsExactly(
              "rules[0].question: Unknown question shoe-size: name a single- or multiple-choice"
                  + " question of the questionnaire in use",
              "rules[1].option: Unknown option alien of question reporter-role",
              "rules[2].question: Unknown question account: name a single- or multiple-choice"
                  + " question of the questionnaire in use",
              "rules[3].team: Unknown team " + UNKNOWN,
              "defaultTeam: Unknown team");
      assertThat(confide.routeReports().read(fixture.admin).orElseThrow().rules()).isEmpty();
    }

    @Test
    void the_routing_saved_is_the_routing_read_and_audited() {
      var students = team("Student Support");
      var staff = team("HR");

      route(students, staff);

      assertThat(confide.routeReports().read(fixture.admin).orElseThrow())
          .isEqualTo(
              new RoutingView(
                  List.of(
                      new Rule("incident-type", "hate-incident", staff.toString()),
                      new Rule("reporter-role", "student", students.toString())),
                  Optional.of(staff.toString())));
      assertThat(audited(AuditAction.ROUTING_CHANGED)).hasSize(1);
    }

    @Test
    void only_administrators_manage_teams_and_routing() {
      assertThat(confide.manageTeams().create(fixture.lead, "HR"))
          .is(failedWith(Failure.Forbidden.class));
      assertThat(confide.manageTeams().list(fixture.adviser))
          .is(failedWith(Failure.Forbidden.class));
      assertThat(confide.routeReports().read(fixture.analyst))
          .is(failedWith(Failure.Forbidden.class));
    }
  }

  @Nested
  class NeedToKnow {

    @Test
    void with_no_teams_every_adviser_sees_every_new_report_as_before() {
      var reference = submit("staff", "harassment");

      assertThat(queue(fixture.adviser, Optional.empty())).containsExactly(reference);
      assertThat(queue(fixture.otherAdviser, Optional.empty())).containsExactly(reference);
    }

    @Test
    void a_new_report_lands_in_its_teams_queue_and_the_first_matching_rule_wins() {
      var students = team("Student Support", "adviser@example.ac.uk");
      var staff = team("HR", "other@example.ac.uk");
      route(students, staff);

      var student = submit("student", "harassment");
      var hate = submit("student", "hate-incident");
      var visitor = submit("visitor", "harassment");

      assertThat(queue(fixture.adviser, Optional.empty())).containsExactly(student);
      assertThat(queue(fixture.otherAdviser, Optional.empty())).containsExactly(hate, visitor);
      assertThat(queue(fixture.lead, Optional.empty())).containsExactly(student, hate, visitor);
      assertThat(queue(fixture.lead, Optional.of(students.toString()))).containsExactly(student);
    }

    @Test
    void another_teams_case_answers_as_if_it_did_not_exist() {
      var students = team("Student Support", "adviser@example.ac.uk");
      var staff = team("HR", "other@example.ac.uk");
      route(students, staff);
      var reference = submit("staff", "harassment");

      assertThat(confide.viewCase().view(fixture.adviser, new ViewCaseUseCase.Command(reference)))
          .is(failedWith(Failure.NotFound.class));
      assertThat(confide.takeCase().take(fixture.adviser, new TakeCaseUseCase.Command(reference)))
          .is(failedWith(Failure.NotFound.class));
      assertThat(
              confide.viewCase().view(fixture.otherAdviser, new ViewCaseUseCase.Command(reference)))
          .matches(outcome -> outcome.isDone());
      assertThat(confide.viewCase().view(fixture.lead, new ViewCaseUseCase.Command(reference)))
          .matches(outcome -> outcome.isDone());
    }

    @Test
    void a_case_is_not_given_to_an_adviser_outside_its_team() {
      var students = team("Student Support", "adviser@example.ac.uk");
      var staff = team("HR", "other@example.ac.uk");
      route(students, staff);
      var reference = submit("staff", "harassment");

      var outcome =
          confide
              .assignCase()
              .assign(
                  fixture.lead,
                  new AssignCaseUseCase.Command(
                      reference, EmailAddress.of("adviser@example.ac.uk")));

      assertThat(Failures.of(outcome, Failure.Invalid.class).problems().getFirst().field())
          .isEqualTo("assignee");
    }

    @Test
    void an_unknown_team_filter_is_refused() {
      var outcome =
          confide
              .listCases()
              .list(
                  fixture.adviser,
                  new ListCasesUseCase.Command(View.QUEUE, PageRequest.first(), Optional.of("x")));

      assertThat(Failures.of(outcome, Failure.Invalid.class).problems().getFirst().field())
          .isEqualTo("team");
    }
  }

  @Nested
  class Moving {

    @Test
    void a_case_moves_to_another_team_with_its_reason_noted_and_the_move_audited() {
      var students = team("Student Support", "adviser@example.ac.uk");
      var staff = team("HR", "other@example.ac.uk");
      route(students, staff);
      var reference = submit("student", "harassment");
      confide
          .takeCase()
          .take(fixture.adviser, new TakeCaseUseCase.Command(reference))
          .orElseThrow();

      confide
          .moveCase()
          .move(
              fixture.adviser,
              new MoveCaseUseCase.Command(reference, staff.toString(), "They work here too"))
          .orElseThrow();

      assertThat(queue(fixture.otherAdviser, Optional.empty())).containsExactly(reference);
      assertThat(confide.viewCase().view(fixture.adviser, new ViewCaseUseCase.Command(reference)))
          .is(failedWith(Failure.NotFound.class));
      assertThat(
              confide
                  .readNotes()
                  .read(fixture.otherAdviser, new ReadNotesUseCase.Command(reference))
                  .orElseThrow())
          .anySatisfy(note -> assertThat(note.body()).isEqualTo("Moved to HR: They work here too"));
      assertThat(audited(AuditAction.CASE_MOVED))
          .singleElement()
          .satisfies(event -> {
            assertThat(event.subject()).contains(reference);
            assertThat(event.detail()).isEqualTo(students + " -> " + staff);
          });
    }

    @Test
    void a_move_needs_a_known_team_and_a_reason() {
      var students = team("Student Support", "adviser@example.ac.uk");
      route(students, students);
      var reference = submit("student", "harassment");

      var noTeam =
          confide
              .moveCase()
              .move(fixture.adviser, new MoveCaseUseCase.Command(reference, UNKNOWN, "Why"));
      var noReason =
          confide
              .moveCase()
              .move(
                  fixture.adviser, new MoveCaseUseCase.Command(reference, students.toString(), ""));

      assertThat(Failures.of(noTeam, Failure.Invalid.class).problems().getFirst().field())
          .isEqualTo("team");
      assertThat(Failures.of(noReason, Failure.Invalid.class).problems().getFirst().field())
          .isEqualTo("reason");
    }
  }

  private static final String UNKNOWN = "00000000-0000-4000-8000-000000000000";

  @Test
  void staff_who_work_cases_read_the_teams_names_and_the_team_of_a_case_only_if_they_may_open_it() {
    var students = team("Student Support", "adviser@example.ac.uk");
    var staff = team("HR", "other@example.ac.uk");
    route(students, staff);
    var hers = submit("staff", "harassment");

    var adviser = confide.listTeamNames().list(fixture.adviser, Optional.of(hers)).orElseThrow();
    var other = confide.listTeamNames().list(fixture.otherAdviser, Optional.of(hers)).orElseThrow();
    var lead = confide.listTeamNames().list(fixture.lead, Optional.empty()).orElseThrow();

    assertThat(adviser.teams())
        .extracting(ListTeamNamesUseCase.TeamName::name)
        .containsExactly("HR", "Student Support");
    assertThat(adviser.seen())
        .extracting(ListTeamNamesUseCase.TeamName::id)
        .containsExactly(students);
    assertThat(adviser.teamOfCase()).isEmpty();
    assertThat(other.teamOfCase()).contains(staff);
    assertThat(lead.seen()).hasSize(2);
    assertThat(lead.teamOfCase()).isEmpty();
  }
}
