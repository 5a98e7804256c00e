package org.confide.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.confide.application.port.in.AssignCaseUseCase;
import org.confide.application.port.in.DeactivateStaffUseCase;
import org.confide.application.port.in.RouteReportsUseCase.RoutingView;
import org.confide.application.port.in.SendReporterMessageUseCase;
import org.confide.application.port.out.StaffDirectory;
import org.confide.domain.staff.EmailAddress;
import org.confide.domain.staff.Role;
import org.confide.domain.team.TeamId;
import org.confide.testing.Fixture;
import org.confide.testing.Replaced;
import org.junit.jupiter.api.Test;

/**
 * Who is told of a case waiting in a queue once teams exist: the advisers who may work it, by the
 * teams' own rule ({@link org.confide.domain.team.TeamAccess#mayWorkCasesOf}), found without
 * reading every staff account.
 */
class NotificationRecipientsTest {

  private final Fixture fixture = new Fixture();
  private final Confide confide = fixture.confide;

  /** Kind and recipient of each notification waiting. */
  private List<String> outbox() {
    return Outbox.lines(fixture).stream()
        .map(line -> line.substring(0, line.indexOf(' ', line.indexOf(' ') + 1)))
        .toList();
  }

  /** Every new report goes to the team "Student Support", whose members are given. */
  private void routeEverythingTo(String... members) {
    TeamId team = confide.manageTeams().create(fixture.admin, "Student Support").orElseThrow();
    confide.manageTeams().changeMembers(fixture.admin, team, List.of(members)).orElseThrow();
    confide
        .routeReports()
        .change(fixture.admin, new RoutingView(List.of(), Optional.of(team.toString())))
        .orElseThrow();
  }

  @Test
  void a_new_report_in_a_teams_queue_is_told_to_that_teams_active_advisers_only() {
    fixture.staff("third@example.ac.uk", "Tam Third", Role.ADVISER);
    routeEverythingTo("adviser@example.ac.uk", "third@example.ac.uk", "lead@example.ac.uk");
    confide
        .deactivateStaff()
        .deactivate(
            fixture.admin,
            new DeactivateStaffUseCase.Command(EmailAddress.of("third@example.ac.uk")))
        .orElseThrow();

    fixture.submit(Fixture.anonymous("Something happened."));

    assertThat(outbox()).containsExactly("NEW_REPORT adviser@example.ac.uk");
  }

  @Test
  void a_reporters_message_on_an_unassigned_team_case_is_told_to_its_teams_advisers() {
    routeEverythingTo("other@example.ac.uk");
    var receipt = fixture.submit(Fixture.anonymous("Something happened."));
    var reporter = fixture.reporterSessionFor(receipt);
    Outbox.empty(fixture);

    confide
        .sendReporterMessage()
        .send(reporter, new SendReporterMessageUseCase.Command("One more thing."));

    assertThat(outbox()).containsExactly("REPORTER_MESSAGE other@example.ac.uk");
  }

  @Test
  void a_reporters_message_on_an_assigned_team_case_is_told_to_its_assignee_alone() {
    routeEverythingTo("adviser@example.ac.uk", "other@example.ac.uk");
    var receipt = fixture.submit(Fixture.anonymous("Something happened."));
    confide
        .assignCase()
        .assign(
            fixture.adviser,
            new AssignCaseUseCase.Command(
                receipt.reference(), EmailAddress.of("other@example.ac.uk")));
    Outbox.empty(fixture);

    confide
        .sendReporterMessage()
        .send(
            fixture.reporterSessionFor(receipt),
            new SendReporterMessageUseCase.Command("One more thing."));

    assertThat(outbox()).containsExactly("REPORTER_MESSAGE other@example.ac.uk");
  }

  @Test
  void a_submission_into_a_teams_queue_reads_no_list_of_every_staff_account() {
    routeEverythingTo("adviser@example.ac.uk");
    var listings = new AtomicInteger();
    var real = fixture.ports.staffDirectory();
    var counting =
        (StaffDirectory)
            Proxy.newProxyInstance(
                StaffDirectory.class.getClassLoader(),
                new Class<?>[] {StaffDirectory.class},
                (proxy, method, args) -> {
                  if (method.getName().startsWith("all")) {
                    listings.incrementAndGet();
                  }
                  try {
                    return method.invoke(real, args);
                  } catch (InvocationTargetException e) {
                    throw e.getCause();
                  }
                });
    var counted = fixture.builder.build(Replaced.in(fixture.ports, StaffDirectory.class, counting));

    counted.submitReport().submit(Fixture.anonymous("Something happened.")).orElseThrow();

    assertThat(listings).hasValue(0);
    assertThat(outbox()).containsExactly("NEW_REPORT adviser@example.ac.uk");
  }
}
