package org.confide.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.confide.application.port.out.CaseLists.CaseRow;
import org.confide.application.port.out.CaseLists.Condition;
import org.confide.application.port.out.CaseLists.Direction;
import org.confide.application.port.out.CaseLists.Position;
import org.confide.application.port.out.CaseLists.Scope;
import org.confide.application.port.out.CaseLists.Selection;
import org.confide.domain.shared.ReportReference;
import org.confide.domain.staff.StaffId;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * More cases than PostgreSQL takes parameters in one statement (32,767), on H2 and PostgreSQL: each
 * list's pages come from the right places, because no statement names the cases it reads.
 */
class LongCaseListsTest {

  private static final int CASES = 40_000;
  private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");
  private static final StaffId ME = StaffId.parse("6f1d2c3b-4a59-4e87-9a1b-2c3d4e5f6a7b");

  // Every fourth case is mine, every tenth closed; the others wait in the queue.
  private static ManyCases.Seeded shape(int i) {
    return new ManyCases.Seeded(
        T0.plusSeconds(i), i % 4 == 0 ? Optional.of(ME) : Optional.empty(), i % 10 == 9);
  }

  private static boolean queued(int i) {
    return i % 4 != 0 && i % 10 != 9;
  }

  private static List<ReportReference> references(IntStream cases) {
    return cases.mapToObj(i -> new ReportReference(ManyCases.reference(i))).toList();
  }

  private static List<ReportReference> references(List<CaseRow> rows) {
    return rows.stream().map(CaseRow::reference).toList();
  }

  @ParameterizedTest
  @ValueSource(strings = {"h2", "postgres"})
  void every_list_pages_from_the_right_place_among_forty_thousand_cases(String store) {
    var database = store.equals("h2") ? TestDatabases.h2() : TestDatabases.postgres();
    try {
      ManyCases.store(database, CASES, LongCaseListsTest::shape);
      var lists = new JdbiCaseLists(database.transactions());
      var queue = new Selection(new Scope.Queue(), new Condition.Any());
      var middle = CASES / 2 + 1;

      var first = lists.page(queue, Optional.empty(), Direction.FORWARD, 50);
      var last = lists.page(queue, Optional.empty(), Direction.BACKWARD, 50);
      var afterMiddle =
          lists.page(
              queue,
              Optional.of(
                  new Position(
                      T0.plusSeconds(middle), new ReportReference(ManyCases.reference(middle)))),
              Direction.FORWARD,
              50);
      var mine =
          lists.page(
              new Selection(new Scope.AssignedTo(ME), new Condition.Any()),
              Optional.empty(),
              Direction.BACKWARD,
              50);

      assertThat(references(first))
          .isEqualTo(
              references(IntStream.range(0, CASES).filter(LongCaseListsTest::queued).limit(50)));
      assertThat(references(last))
          .isEqualTo(
              references(
                  IntStream.range(0, CASES)
                      .filter(LongCaseListsTest::queued)
                      .skip(
                          IntStream.range(0, CASES).filter(LongCaseListsTest::queued).count()
                              - 50)));
      assertThat(references(afterMiddle))
          .isEqualTo(
              references(
                  IntStream.range(middle + 1, CASES).filter(LongCaseListsTest::queued).limit(50)));
      assertThat(references(mine))
          .isEqualTo(
              references(
                  IntStream.range(CASES - 200, CASES).filter(i -> i % 4 == 0 && i % 10 != 9)));
      // Nothing unread: the whole readable list is walked, and nothing comes of it.
      assertThat(
              lists.page(
                  new Selection(new Scope.Readable(ME, true), new Condition.Unread()),
                  Optional.empty(),
                  Direction.FORWARD,
                  50))
          .isEmpty();
      assertThat(
              lists.page(
                  new Selection(
                      new Scope.Open(), new Condition.AwaitingSinceBefore(T0.plusSeconds(100))),
                  Optional.empty(),
                  Direction.FORWARD,
                  500))
          .hasSize(90);
    } finally {
      if (store.equals("h2")) {
        database.close();
      }
    }
  }
}
