package org.confide.testing.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.confide.testing.TestReports.aReference;
import static org.confide.testing.TestReports.aReport;
import static org.confide.testing.TestReports.after;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.confide.application.port.out.Reports;
import org.confide.application.port.out.Reports.AddOutcome;
import org.confide.application.port.out.Reports.UpdateOutcome;
import org.confide.domain.report.Report;
import org.confide.domain.report.ReportStatus;
import org.confide.domain.safeguarding.RiskLevel;
import org.confide.testing.Concurrently;
import org.confide.testing.TestReports;
import org.confide.testing.TestStaff;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The contract of every {@link Reports} adapter. A report is stored whole and read back equal to
 * what was stored, as last stored. {@code add} refuses a reference that is taken, storing nothing;
 * {@code update} overwrites a report still stored under the version it was read as, moving the
 * version on by one, answers {@link UpdateOutcome#STALE} (changing nothing) for a copy read before
 * another update, and throws {@link IllegalStateException} when there is no such report; of
 * concurrent updates from one version, exactly one is kept. Lists are oldest first by received
 * time, then by reference; {@code closedBefore} is oldest closed first, the cutoff exclusive, at
 * most {@code limit}. What is stored is a snapshot: a transition applied to a report after storing
 * it is not visible until the report is updated, and a list once returned does not change. A held
 * report is in no list but {@code held}. Concurrent writers lose no write.
 *
 * <p>{@link #reports()} must return the same adapter, empty, throughout one test.
 */
public abstract class ReportsContract {

  private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");

  /** For a subclass that runs this contract against one adapter. */
  protected ReportsContract() {}

  /** {@return the adapter under test, empty at the start of each test} */
  protected abstract Reports reports();

  @Nested
  class Adding {

    @Test
    void a_report_added_is_found_as_it_was_added() {
      var report = aReport().build();

      assertThat(reports().add(report)).isEqualTo(AddOutcome.ADDED);

      assertThat(reports().find(report.reference())).contains(report);
    }

    @Test
    void a_named_report_with_a_support_request_is_found_whole() {
      var report = aReport().named().withRisk(RiskLevel.CONCERN).build();

      reports().add(report);

      assertThat(reports().find(report.reference())).contains(report);
    }

    @Test
    void an_unknown_reference_finds_nothing() {
      reports().add(aReport().build());

      assertThat(reports().find(aReference())).isEmpty();
    }

    @Test
    void a_taken_reference_is_refused_and_the_first_report_kept() {
      var first = aReport().build();
      var second = aReport().withReference(first.reference()).named().build();
      reports().add(first);

      assertThat(reports().add(second)).isEqualTo(AddOutcome.REFERENCE_TAKEN);

      assertThat(reports().find(first.reference())).contains(first);
      assertThat(reports().count()).isEqualTo(1);
    }

    @Test
    void count_is_the_number_of_reports_stored() {
      assertThat(reports().count()).isZero();

      reports().add(aReport().build());
      reports().add(aReport().build());

      assertThat(reports().count()).isEqualTo(2);
    }
  }

  @Nested
  class Updating {

    @Test
    void an_update_overwrites_the_stored_report() {
      var report = aReport().build();
      reports().add(report);
      var assigned = after(report.assignTo(TestStaff.aStaffId()));

      reports().update(assigned);

      assertThat(reports().find(report.reference())).contains(assigned);
    }

    @Test
    void each_update_moves_the_stored_version_on_by_one() {
      var report = aReport().build();
      reports().add(report);

      var first = reports().update(after(report.assignTo(TestStaff.aStaffId())));
      var stored = reports().find(report.reference()).orElseThrow();
      var second = reports().update(after(stored.moveTo(ReportStatus.CLOSED, T0.plusSeconds(60))));

      assertThat(List.of(first, second)).containsOnly(UpdateOutcome.UPDATED);
      assertThat(stored.version()).isEqualTo(1);
      assertThat(reports().find(report.reference()).orElseThrow().version()).isEqualTo(2);
    }

    @Test
    void an_update_from_a_copy_read_before_another_update_is_stale_and_changes_nothing() {
      var report = aReport().build();
      reports().add(report);
      var mine = reports().find(report.reference()).orElseThrow();
      var theirs = reports().find(report.reference()).orElseThrow();
      var assigned = after(theirs.assignTo(TestStaff.aStaffId()));
      reports().update(assigned);

      var outcome = reports().update(after(mine.moveTo(ReportStatus.CLOSED, T0.plusSeconds(60))));

      assertThat(outcome).isEqualTo(UpdateOutcome.STALE);
      assertThat(reports().find(report.reference())).contains(assigned);
    }

    @Test
    void updating_a_report_that_was_never_added_throws_and_stores_nothing() {
      var report = aReport().build();

      assertThatThrownBy(() -> reports().update(report)).isInstanceOf(IllegalStateException.class);

      assertThat(reports().find(report.reference())).isEmpty();
    }

    @Test
    void a_transition_not_saved_again_is_not_visible() {
      var report = aReport().build();
      reports().add(report);

      var closed = after(report.moveTo(ReportStatus.CLOSED, T0.plusSeconds(60)));

      assertThat(closed.status()).isEqualTo(ReportStatus.CLOSED);
      assertThat(reports().find(report.reference()))
          .hasValueSatisfying(stored -> assertThat(stored.status()).isEqualTo(ReportStatus.NEW));
      assertThat(reports().closedBefore(T0.plusSeconds(3600), 10)).isEmpty();
    }
  }

  @Nested
  class Removing {

    @Test
    void a_removed_report_is_gone() {
      var kept = aReport().build();
      var removed = aReport().build();
      reports().add(kept);
      reports().add(removed);

      reports().remove(removed.reference());

      assertThat(reports().find(removed.reference())).isEmpty();
      assertThat(reports().find(kept.reference())).contains(kept);
      assertThat(reports().count()).isEqualTo(1);
    }

    @Test
    void removing_an_unknown_report_does_nothing() {
      reports().add(aReport().build());

      reports().remove(aReference());

      assertThat(reports().count()).isEqualTo(1);
    }

    @Test
    void a_removed_reference_can_be_added_again() {
      var report = aReport().build();
      reports().add(report);
      reports().remove(report.reference());

      assertThat(reports().add(report)).isEqualTo(AddOutcome.ADDED);
    }
  }

  @Nested
  class Listing {

    private final Instant day1 = T0;
    private final Instant day2 = T0.plusSeconds(86_400);
    private final Instant day3 = T0.plusSeconds(2 * 86_400);

    @Test
    void open_reports_are_listed_oldest_first_then_by_reference() {
      var newest = add(aReport().receivedAt(day3));
      var tiedB = add(aReport().receivedAt(day2).withReference("2222222222"));
      var oldest = add(aReport().receivedAt(day1));
      var tiedA = add(aReport().receivedAt(day2).withReference("1111111111"));
      add(aReport().receivedAt(day1).closedAt(day2));

      assertThat(reports().allOpen()).containsExactly(oldest, tiedA, tiedB, newest);
    }

    @Test
    void the_unassigned_queue_holds_open_reports_nobody_has() {
      var adviser = TestStaff.aStaffId();
      var later = add(aReport().receivedAt(day2));
      add(aReport().receivedAt(day1).assignedTo(adviser));
      add(aReport().receivedAt(day1).closedAt(day3));
      var earlier = add(aReport().receivedAt(day1));

      assertThat(reports().unassigned()).containsExactly(earlier, later);
    }

    @Test
    void an_advisers_cases_are_their_open_assigned_reports() {
      var adviser = TestStaff.aStaffId();
      var later = add(aReport().receivedAt(day3).assignedTo(adviser));
      var earlier = add(aReport().receivedAt(day1).assignedTo(adviser));
      add(aReport().receivedAt(day1).assignedTo(adviser).closedAt(day2));
      add(aReport().receivedAt(day1).assignedTo(TestStaff.aStaffId()));
      add(aReport().receivedAt(day1));

      assertThat(reports().openAssignedTo(adviser)).containsExactly(earlier, later);
    }

    @Test
    void find_all_returns_those_that_exist_oldest_first() {
      var later = add(aReport().receivedAt(day2));
      var earlier = add(aReport().receivedAt(day1));
      add(aReport().receivedAt(day1));

      assertThat(
              reports()
                  .findAll(
                      List.of(
                          later.reference(), aReference(), earlier.reference(), later.reference())))
          .containsExactly(earlier, later);
      assertThat(reports().findAll(List.of())).isEmpty();
    }

    @Test
    void closed_before_lists_by_closing_time_excludes_the_cutoff_and_stops_at_the_limit() {
      var closedSecond = add(aReport().receivedAt(day1).closedAt(day2.plusSeconds(60)));
      var closedFirst = add(aReport().receivedAt(day2).closedAt(day2));
      var closedThird = add(aReport().receivedAt(day1).closedAt(day2.plusSeconds(120)));
      add(aReport().receivedAt(day1).closedAt(day3));
      add(aReport().receivedAt(day1));

      assertThat(reports().closedBefore(day3, 10))
          .containsExactly(closedFirst, closedSecond, closedThird);
      assertThat(reports().closedBefore(day3, 2)).containsExactly(closedFirst, closedSecond);
      assertThat(reports().closedBefore(day2, 10)).isEmpty();
      assertThat(reports().closedBefore(day3, 0)).isEmpty();
    }

    @Test
    void a_list_once_returned_does_not_change_with_later_writes() {
      var first = add(aReport().receivedAt(day1));
      var listed = reports().allOpen();

      add(aReport().receivedAt(day2));
      reports().remove(first.reference());

      assertThat(listed).containsExactly(first);
    }
  }

  @Nested
  class SafeguardingHolds {

    private final Instant day2 = T0.plusSeconds(86_400);

    @Test
    void a_held_report_keeps_what_it_was_and_when_erasure_was_first_asked_in_a_new_version() {
      var report = add(aReport().receivedAt(T0).assignedTo(TestStaff.aStaffId()));

      reports().hold(report.reference(), day2);

      var held = reports().find(report.reference()).orElseThrow();
      assertThat(held.erasureRequestedAt()).contains(day2);
      assertThat(held).isEqualTo(report.holdForSafeguarding(day2));
      assertThat(held.version()).isEqualTo(report.version() + 1);
      assertThat(reports().update(after(report.unassign()))).isEqualTo(UpdateOutcome.STALE);

      // Holding it again changes nothing.
      reports().hold(report.reference(), day2.plusSeconds(60));
      var again = reports().find(report.reference()).orElseThrow();
      assertThat(again).isEqualTo(held).extracting(Report::version).isEqualTo(held.version());
    }

    @Test
    void a_held_report_is_in_no_list_but_the_held_ones_not_even_for_retention() {
      var adviser = TestStaff.aStaffId();
      var queued = add(aReport().receivedAt(T0));
      var assigned = add(aReport().receivedAt(T0).assignedTo(adviser));
      var closed = add(aReport().receivedAt(T0).closedAt(T0));
      var kept = add(aReport().receivedAt(day2));
      for (var report : List.of(queued, assigned, closed)) {
        reports().hold(report.reference(), day2);
      }

      assertThat(reports().unassigned()).containsExactly(kept);
      assertThat(reports().openAssignedTo(adviser)).isEmpty();
      assertThat(reports().allOpen()).containsExactly(kept);
      assertThat(reports().closedBefore(day2.plusSeconds(86_400), 10)).isEmpty();
      assertThat(reports().held())
          .extracting(Report::reference)
          .containsExactlyInAnyOrder(queued.reference(), assigned.reference(), closed.reference());
    }
  }

  @Nested
  class Concurrency {

    @Test
    void concurrent_writers_lose_no_report() {
      var added =
          Concurrently.run((thread, step) -> {
            var report = aReport().build();
            assertThat(reports().add(report)).isEqualTo(AddOutcome.ADDED);
            return report.reference();
          });

      assertThat(reports().count()).isEqualTo(Concurrently.THREADS * Concurrently.TIMES);
      assertThat(reports().findAll(added)).hasSize(added.size());
    }

    @Test
    void of_writers_racing_for_one_reference_exactly_one_wins() {
      var reference = aReference();

      var outcomes =
          Concurrently.run(
              Concurrently.THREADS,
              1,
              (thread, step) -> reports().add(aReport().withReference(reference).build()));

      assertThat(outcomes).containsOnlyOnce(AddOutcome.ADDED);
      assertThat(reports().count()).isEqualTo(1);
    }

    @Test
    void of_writers_racing_to_update_one_report_from_one_version_exactly_one_is_kept() {
      var report = add(aReport());

      var outcomes =
          Concurrently.run(
              Concurrently.THREADS,
              1,
              (thread, step) -> reports().update(after(report.assignTo(TestStaff.aStaffId()))));

      assertThat(outcomes).containsOnlyOnce(UpdateOutcome.UPDATED);
      assertThat(outcomes)
          .filteredOn(UpdateOutcome.STALE::equals)
          .hasSize(Concurrently.THREADS - 1);
      assertThat(reports().find(report.reference()).orElseThrow().version()).isEqualTo(1);
    }

    @Test
    void concurrent_updates_of_different_reports_are_all_kept() {
      var stored = new ArrayList<Report>();
      for (int i = 0; i < Concurrently.THREADS; i++) {
        stored.add(add(aReport()));
      }
      var adviser = TestStaff.aStaffId();

      Concurrently.run(
          Concurrently.THREADS,
          1,
          (thread, step) -> {
            reports().update(after(stored.get(thread).assignTo(adviser)));
            return null;
          });

      assertThat(reports().openAssignedTo(adviser)).hasSize(Concurrently.THREADS);
    }
  }

  private Report add(TestReports builder) {
    var report = builder.build();
    assertThat(reports().add(report)).isEqualTo(AddOutcome.ADDED);
    return report;
  }
}
