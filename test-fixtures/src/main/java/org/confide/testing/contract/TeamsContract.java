package org.confide.testing.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.confide.testing.TestReports.aReport;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.confide.application.port.out.CaseLists;
import org.confide.application.port.out.CaseLists.CaseRow;
import org.confide.application.port.out.CaseLists.Condition;
import org.confide.application.port.out.CaseLists.Direction;
import org.confide.application.port.out.CaseLists.Scope;
import org.confide.application.port.out.CaseLists.Selection;
import org.confide.application.port.out.CaseLists.TeamView;
import org.confide.application.port.out.Reports;
import org.confide.application.port.out.Teams;
import org.confide.application.port.out.Teams.Addition;
import org.confide.application.port.out.Transactions;
import org.confide.domain.questionnaire.OptionId;
import org.confide.domain.questionnaire.QuestionId;
import org.confide.domain.report.Report;
import org.confide.domain.shared.ReportReference;
import org.confide.domain.staff.StaffId;
import org.confide.domain.team.Exclusion;
import org.confide.domain.team.Routing;
import org.confide.domain.team.RoutingRule;
import org.confide.domain.team.Team;
import org.confide.domain.team.TeamId;
import org.confide.testing.TestReports;
import org.confide.testing.TestStaff;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The contract of every {@link Teams} adapter, and of need to know by team in the {@link CaseLists}
 * read over it. A team is found again whole with its members; names are unique regardless of letter
 * case; teams are listed by name; replacing members keeps the name; a staff member's teams are
 * those that list them. The routing is {@link Routing#none()} until saved, then found again with
 * its rules in order and its default team. A case is in at most one team, moved by placing it
 * again, and forgotten with its case. Writes undone with their transaction leave nothing. A case
 * list with a member in view holds cases of no team, of the member's teams, or assigned to them;
 * one narrowed to a team holds only its cases. An exclusion is found again, the first one standing
 * when an adviser is excluded twice, listed oldest first, lifted (lifting one not there changes
 * nothing), forgotten with its case and undone with its transaction; a list read by an excluded
 * staff member leaves the case out.
 *
 * <p>{@link #teams()} and the other adapters must share one store, empty at the start of each test.
 */
public abstract class TeamsContract {

  private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");
  private static final StaffId ANNE = TestStaff.aStaffId();
  private static final StaffId BEN = TestStaff.aStaffId();

  private final Random random = new Random(23);

  /** For a subclass that runs this contract against one adapter. */
  protected TeamsContract() {}

  /** {@return the adapter under test} */
  protected abstract Teams teams();

  /** {@return the transactions {@link #teams()} takes part in} */
  protected abstract Transactions transactions();

  /** {@return the reports adapter the case lists read} */
  protected abstract Reports reports();

  /** {@return the case lists, reading the cases' teams from {@link #teams()}} */
  protected abstract CaseLists caseLists();

  private Team team(String name, StaffId... members) {
    var team = new Team(TeamId.generate(random), name, Set.of(members));
    assertThat(teams().add(team)).isEqualTo(Addition.ADDED);
    return team;
  }

  @Nested
  class TeamsAndMembers {

    @Test
    void an_added_team_is_found_whole_with_its_members() {
      var support = team("Student Support", ANNE, BEN);

      assertThat(teams().find(support.id())).contains(support);
      assertThat(teams().find(TeamId.generate(random))).isEmpty();
    }

    @Test
    void a_name_taken_in_any_letter_case_is_refused_and_nothing_is_added() {
      team("Student Support");

      var again = new Team(TeamId.generate(random), "STUDENT support", Set.of(ANNE));

      assertThat(teams().add(again)).isEqualTo(Addition.NAME_TAKEN);
      assertThat(teams().all()).extracting(Team::name).containsExactly("Student Support");
      assertThat(teams().teamsOf(ANNE)).isEmpty();
    }

    @Test
    void teams_are_listed_by_name_ignoring_case() {
      team("student Support");
      team("HR");
      team("EDI team");

      assertThat(teams().all())
          .extracting(Team::name)
          .containsExactly("EDI team", "HR", "student Support");
    }

    @Test
    void replacing_members_keeps_the_name_and_a_staff_members_teams_follow() {
      var support = team("Student Support", ANNE);
      var hr = team("HR", ANNE);

      teams().replaceMembers(support.withMembers(Set.of(BEN)));

      assertThat(teams().find(support.id()).orElseThrow())
          .isEqualTo(new Team(support.id(), "Student Support", Set.of(BEN)));
      assertThat(teams().teamsOf(ANNE)).containsExactly(hr.id());
      assertThat(teams().teamsOf(BEN)).containsExactly(support.id());
    }

    @Test
    void replacing_the_members_of_no_team_is_refused() {
      var unknown = new Team(TeamId.generate(random), "Nobody", Set.of(ANNE));

      assertThatThrownBy(() -> teams().replaceMembers(unknown))
          .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void an_addition_undone_with_its_transaction_leaves_nothing() {
      try {
        transactions()
            .inTransaction(() -> {
              team("HR", ANNE);
              throw new IllegalStateException("undo");
            });
      } catch (IllegalStateException expected) {
        // The transaction was undone.
      }

      assertThat(teams().all()).isEmpty();
      assertThat(teams().teamsOf(ANNE)).isEmpty();
    }
  }

  @Nested
  class RoutingAndCases {

    @Test
    void the_routing_is_none_until_saved_then_found_again_in_order() {
      assertThat(teams().routing()).isEqualTo(Routing.none());
      var support = team("Student Support");
      var hr = team("HR");
      var routing =
          new Routing(
              List.of(
                  new RoutingRule(QuestionId.of("reporter-role"), OptionId.of("staff"), hr.id()),
                  new RoutingRule(
                      QuestionId.of("reporter-role"), OptionId.of("student"), support.id()),
                  new RoutingRule(QuestionId.of("incident-type"), OptionId.of("hate"), hr.id())),
              Optional.of(support.id()));

      teams().replaceRouting(routing);

      assertThat(teams().routing()).isEqualTo(routing);
      teams().replaceRouting(Routing.none());
      assertThat(teams().routing()).isEqualTo(Routing.none());
    }

    @Test
    void a_case_is_in_one_team_moved_by_placing_it_again_and_forgotten() {
      var support = team("Student Support");
      var hr = team("HR");
      var report = aReport().build();
      reports().add(report);
      var reference = report.reference();
      assertThat(teams().teamOf(reference)).isEmpty();

      teams().place(reference, support.id());
      teams().place(reference, hr.id());

      assertThat(teams().teamOf(reference)).contains(hr.id());
      teams().forget(reference);
      assertThat(teams().teamOf(reference)).isEmpty();
    }
  }

  @Nested
  class CaseListsByTeam {

    private Report add(TestReports report) {
      var built = report.build();
      reports().add(built);
      return built;
    }

    private List<ReportReference> list(Scope scope, TeamView view) {
      var selection = new Selection(scope, new Condition.Any(), view);
      assertThat(caseLists().count(selection))
          .as("the count agrees with the list")
          .isEqualTo(caseLists().page(selection, Optional.empty(), Direction.FORWARD, 1000).size());
      return caseLists().page(selection, Optional.empty(), Direction.FORWARD, 1000).stream()
          .map(CaseRow::reference)
          .toList();
    }

    @Test
    void a_member_sees_cases_of_no_team_of_their_teams_or_assigned_to_them() {
      var support = team("Student Support", ANNE);
      var hr = team("HR", BEN);
      var noTeam = add(aReport().receivedAt(T0));
      var supports = add(aReport().receivedAt(T0.plusSeconds(60)));
      var hrs = add(aReport().receivedAt(T0.plusSeconds(120)));
      var hrsButAnnes = add(aReport().receivedAt(T0.plusSeconds(180)).assignedTo(ANNE));
      teams().place(supports.reference(), support.id());
      teams().place(hrs.reference(), hr.id());
      teams().place(hrsButAnnes.reference(), hr.id());
      var annes = new TeamView(Optional.of(ANNE), Optional.empty());

      assertThat(list(new Scope.Open(), annes))
          .containsExactly(noTeam.reference(), supports.reference(), hrsButAnnes.reference());
      assertThat(list(new Scope.Queue(), annes))
          .containsExactly(noTeam.reference(), supports.reference());
      assertThat(list(new Scope.Open(), TeamView.EVERY_TEAM)).hasSize(4);
    }

    @Test
    void a_list_narrowed_to_a_team_holds_only_its_cases() {
      var support = team("Student Support", ANNE);
      var hr = team("HR", BEN);
      add(aReport().receivedAt(T0));
      var supports = add(aReport().receivedAt(T0.plusSeconds(60)));
      var hrs = add(aReport().receivedAt(T0.plusSeconds(120)));
      teams().place(supports.reference(), support.id());
      teams().place(hrs.reference(), hr.id());

      assertThat(list(new Scope.Open(), new TeamView(Optional.empty(), Optional.of(hr.id()))))
          .containsExactly(hrs.reference());
      assertThat(list(new Scope.Open(), new TeamView(Optional.of(ANNE), Optional.of(hr.id()))))
          .isEmpty();
      assertThat(
              list(new Scope.Queue(), new TeamView(Optional.of(ANNE), Optional.of(support.id()))))
          .containsExactly(supports.reference());
    }
  }

  @Nested
  class Exclusions {

    private ReportReference aCase() {
      var report = aReport().receivedAt(T0).build();
      reports().add(report);
      return report.reference();
    }

    @Test
    void an_exclusion_is_found_again_and_the_first_stands() {
      var reference = aCase();
      var lead = TestStaff.aStaffId();
      teams().exclude(new Exclusion(reference, ANNE, lead, T0));
      teams().exclude(new Exclusion(reference, ANNE, ANNE, T0.plusSeconds(60)));
      teams().exclude(new Exclusion(reference, BEN, BEN, T0.plusSeconds(30)));

      assertThat(teams().exclusions(reference))
          .containsExactly(
              new Exclusion(reference, ANNE, lead, T0),
              new Exclusion(reference, BEN, BEN, T0.plusSeconds(30)));
      assertThat(teams().isExcluded(reference, ANNE)).isTrue();
      assertThat(teams().isExcluded(reference, TestStaff.aStaffId())).isFalse();
      assertThat(teams().exclusions(ReportReference.generate(random))).isEmpty();
    }

    @Test
    void a_lifted_exclusion_is_gone_and_lifting_one_not_there_changes_nothing() {
      var reference = aCase();
      teams().exclude(new Exclusion(reference, ANNE, ANNE, T0));
      teams().exclude(new Exclusion(reference, BEN, BEN, T0.plusSeconds(30)));

      assertThat(teams().lift(reference, ANNE)).isEqualTo(Teams.Lifting.LIFTED);
      assertThat(teams().lift(reference, ANNE)).isEqualTo(Teams.Lifting.NOT_EXCLUDED);

      assertThat(teams().isExcluded(reference, ANNE)).isFalse();
      assertThat(teams().exclusions(reference))
          .containsExactly(new Exclusion(reference, BEN, BEN, T0.plusSeconds(30)));
    }

    @Test
    void exclusions_are_forgotten_with_their_case() {
      var reference = aCase();
      teams().exclude(new Exclusion(reference, ANNE, ANNE, T0));

      teams().forget(reference);

      assertThat(teams().exclusions(reference)).isEmpty();
      assertThat(teams().isExcluded(reference, ANNE)).isFalse();
    }

    @Test
    void an_exclusion_undone_with_its_transaction_leaves_nothing() {
      var reference = aCase();
      try {
        transactions()
            .inTransaction(() -> {
              teams().exclude(new Exclusion(reference, ANNE, ANNE, T0));
              throw new IllegalStateException("undo");
            });
      } catch (IllegalStateException expected) {
        // The transaction was undone.
      }

      assertThat(teams().isExcluded(reference, ANNE)).isFalse();
    }

    @Test
    void a_list_leaves_out_the_cases_its_reader_is_excluded_from() {
      var excluded = aReport().receivedAt(T0).build();
      var other = aReport().receivedAt(T0.plusSeconds(60)).build();
      reports().add(excluded);
      reports().add(other);
      teams().exclude(new Exclusion(excluded.reference(), ANNE, ANNE, T0));

      for (Scope scope :
          List.of(
              new Scope.Queue(),
              new Scope.Open(),
              new Scope.Readable(ANNE, true),
              new Scope.Escalated(ANNE, true))) {
        var annes =
            new Selection(scope, new Condition.Any(), TeamView.EVERY_TEAM, Optional.of(ANNE));
        assertThat(references(annes)).as("%s", scope).doesNotContain(excluded.reference());
        assertThat(caseLists().count(annes)).isEqualTo(references(annes).size());
      }
      var open = new Scope.Open();
      assertThat(
              references(
                  new Selection(open, new Condition.Any(), TeamView.EVERY_TEAM, Optional.of(ANNE))))
          .containsExactly(other.reference());
      assertThat(
              references(
                  new Selection(open, new Condition.Any(), TeamView.EVERY_TEAM, Optional.of(BEN))))
          .containsExactly(excluded.reference(), other.reference());
    }

    private List<ReportReference> references(Selection selection) {
      return caseLists().page(selection, Optional.empty(), Direction.FORWARD, 1000).stream()
          .map(CaseRow::reference)
          .toList();
    }
  }
}
