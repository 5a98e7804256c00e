package org.confide.testing.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.confide.testing.TestData.anEscalation;
import static org.confide.testing.TestData.referred;
import static org.confide.testing.TestReports.aReport;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import org.confide.application.port.out.CaseLists;
import org.confide.application.port.out.CaseLists.CaseRow;
import org.confide.application.port.out.CaseLists.Condition;
import org.confide.application.port.out.CaseLists.Direction;
import org.confide.application.port.out.CaseLists.Filters;
import org.confide.application.port.out.CaseLists.Scope;
import org.confide.application.port.out.CaseLists.Selection;
import org.confide.application.port.out.CaseLists.TeamView;
import org.confide.application.port.out.Escalations;
import org.confide.application.port.out.Outcomes;
import org.confide.application.port.out.Reports;
import org.confide.domain.outcome.CaseOutcome;
import org.confide.domain.outcome.ChoiceKey;
import org.confide.domain.report.Report;
import org.confide.domain.report.ReportStatus;
import org.confide.domain.shared.ReportReference;
import org.confide.domain.staff.StaffId;
import org.confide.testing.TestReports;
import org.confide.testing.TestStaff;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The contract of case search in every {@link CaseLists} adapter. The searchable scope holds every
 * case, closed or not, that its reader may open: assigned to nobody or to them, and for a lead any
 * with an escalation (open or decided) and any held for safeguarding. Each filter (reference,
 * status, assignee, outcome, tag, received from and before) narrows it, all given together hold at
 * once, and a filtered list pages and counts as any list does.
 *
 * <p>{@link #caseLists()} and the other adapters must share one store, empty at the start of each
 * test.
 */
public abstract class CaseSearchContract {

  private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");
  private static final StaffId ME = TestStaff.aStaffId();
  private static final StaffId OTHER = TestStaff.aStaffId();

  /** For a subclass that runs this contract against one adapter. */
  protected CaseSearchContract() {}

  /** {@return the adapter under test, reading what the adapters below store} */
  protected abstract CaseLists caseLists();

  /** {@return the reports adapter the case lists read} */
  protected abstract Reports reports();

  /** {@return the escalations adapter the case lists read} */
  protected abstract Escalations escalations();

  /** {@return the outcomes adapter the case lists read} */
  protected abstract Outcomes outcomes();

  private Report add(TestReports report) {
    var built = report.build();
    reports().add(built);
    return built;
  }

  private Report at(int minutes) {
    return add(aReport().receivedAt(T0.plusSeconds(60L * minutes)));
  }

  private List<ReportReference> search(boolean lead, Filters filters) {
    var selection =
        new Selection(
            new Scope.Searchable(ME, lead),
            new Condition.Any(),
            TeamView.EVERY_TEAM,
            Optional.of(ME),
            filters);
    var found =
        caseLists().page(selection, Optional.empty(), Direction.FORWARD, 1000).stream()
            .map(CaseRow::reference)
            .toList();
    assertThat(caseLists().count(selection)).isEqualTo(found.size());
    return found;
  }

  private static Filters filters() {
    return Filters.NONE;
  }

  private static Filters with(
      Optional<ReportReference> reference,
      Optional<ReportStatus> status,
      Optional<StaffId> assignee,
      Optional<String> outcome,
      Optional<String> tag) {
    return new Filters(
        reference,
        status,
        assignee,
        outcome.map(ChoiceKey::new),
        tag.map(ChoiceKey::new),
        Optional.empty(),
        Optional.empty());
  }

  private void closedWith(Report report, String outcome, String... tags) {
    outcomes()
        .record(
            report.reference(),
            new CaseOutcome(
                Optional.of(new ChoiceKey(outcome)),
                new LinkedHashSet<>(List.of(tags).stream().map(ChoiceKey::new).toList())));
  }

  @Nested
  class TheScope {

    @Test
    void an_adviser_finds_every_case_they_may_open_closed_ones_too() {
      var queued = at(1);
      var mineClosed =
          add(
              aReport()
                  .receivedAt(T0.plusSeconds(120))
                  .assignedTo(ME)
                  .closedAt(T0.plusSeconds(500)));
      var others = add(aReport().receivedAt(T0.plusSeconds(180)).assignedTo(OTHER));
      var closedUnassigned =
          add(aReport().receivedAt(T0.plusSeconds(240)).closedAt(T0.plusSeconds(500)));
      var held = at(5);
      escalations().save(anEscalation(held.reference(), T0.plusSeconds(301)));
      reports().hold(held.reference(), T0.plusSeconds(600));
      escalations().save(referred(anEscalation(others.reference(), T0), T0.plusSeconds(400)));

      assertThat(search(false, filters()))
          .containsExactly(
              queued.reference(), mineClosed.reference(), closedUnassigned.reference());
      assertThat(search(true, filters()))
          .containsExactly(
              queued.reference(),
              mineClosed.reference(),
              others.reference(),
              closedUnassigned.reference(),
              held.reference());
    }
  }

  @Nested
  class TheFilters {

    @Test
    void each_filter_narrows_the_search_and_all_of_them_hold_at_once() {
      var first = at(1);
      var second = add(aReport().receivedAt(T0.plusSeconds(120)).assignedTo(ME));
      var third = add(aReport().receivedAt(T0.plusSeconds(180)).closedAt(T0.plusSeconds(500)));
      var fourth = add(aReport().receivedAt(T0.plusSeconds(240)).closedAt(T0.plusSeconds(500)));
      closedWith(third, "support-provided", "online", "repeat");
      closedWith(fourth, "no-further-action", "online");
      var none = Optional.<ReportReference>empty();

      assertThat(
              search(
                  false,
                  with(
                      Optional.of(second.reference()),
                      Optional.empty(),
                      Optional.empty(),
                      Optional.empty(),
                      Optional.empty())))
          .containsExactly(second.reference());
      assertThat(
              search(
                  false,
                  with(
                      none,
                      Optional.of(ReportStatus.CLOSED),
                      Optional.empty(),
                      Optional.empty(),
                      Optional.empty())))
          .containsExactly(third.reference(), fourth.reference());
      assertThat(
              search(
                  false,
                  with(
                      none, Optional.empty(), Optional.of(ME), Optional.empty(), Optional.empty())))
          .containsExactly(second.reference());
      assertThat(
              search(
                  false,
                  with(
                      none,
                      Optional.empty(),
                      Optional.empty(),
                      Optional.of("support-provided"),
                      Optional.empty())))
          .containsExactly(third.reference());
      assertThat(
              search(
                  false,
                  with(
                      none,
                      Optional.empty(),
                      Optional.empty(),
                      Optional.empty(),
                      Optional.of("online"))))
          .containsExactly(third.reference(), fourth.reference());
      assertThat(
              search(
                  false,
                  with(
                      none,
                      Optional.of(ReportStatus.CLOSED),
                      Optional.empty(),
                      Optional.of("no-further-action"),
                      Optional.of("online"))))
          .containsExactly(fourth.reference());
      assertThat(
              search(
                  false,
                  with(
                      none,
                      Optional.of(ReportStatus.OPEN),
                      Optional.empty(),
                      Optional.of("no-further-action"),
                      Optional.empty())))
          .isEmpty();
      assertThat(
              search(
                  false,
                  new Filters(
                      none,
                      Optional.empty(),
                      Optional.empty(),
                      Optional.empty(),
                      Optional.empty(),
                      Optional.of(T0.plusSeconds(120)),
                      Optional.of(T0.plusSeconds(240)))))
          .containsExactly(second.reference(), third.reference());
      assertThat(first).isNotNull();
    }

    @Test
    void a_filtered_list_pages_from_a_position_like_any_other() {
      var cases = new java.util.ArrayList<Report>();
      for (int i = 0; i < 5; i++) {
        var report =
            add(aReport().receivedAt(T0.plusSeconds(60L * i)).closedAt(T0.plusSeconds(900)));
        closedWith(report, "support-provided");
        cases.add(report);
      }
      at(10);
      var selection =
          new Selection(
              new Scope.Searchable(ME, false),
              new Condition.Any(),
              TeamView.EVERY_TEAM,
              Optional.of(ME),
              with(
                  Optional.empty(),
                  Optional.empty(),
                  Optional.empty(),
                  Optional.of("support-provided"),
                  Optional.empty()));

      var page =
          caseLists()
              .page(
                  selection,
                  Optional.of(
                      new CaseLists.Position(cases.get(1).receivedAt(), cases.get(1).reference())),
                  Direction.FORWARD,
                  2)
              .stream()
              .map(CaseRow::reference)
              .toList();

      assertThat(page).containsExactly(cases.get(2).reference(), cases.get(3).reference());
      assertThat(caseLists().count(selection)).isEqualTo(5);
    }
  }
}
