package org.confide.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.confide.application.port.in.ListCasesUseCase;
import org.junit.jupiter.api.Test;

/** The testers' example in the README, kept compiling and working. */
class TestersExampleTest {

  // --- README testers example starts ---
  private final Fixture fixture = new Fixture(); // Confide in memory, staff logged in

  @Test
  void a_report_nobody_answers_is_overdue_after_three_working_days() {
    var receipt = fixture.submit(AReport.anonymous().account("What happened.").build());

    fixture.advance(Duration.ofDays(4)); // Monday to Friday; staff log in again

    var queue =
        fixture
            .confide
            .listCases()
            .list(fixture.adviser, ListCasesUseCase.Command.firstPage(ListCasesUseCase.View.QUEUE))
            .orElseThrow();
    assertThat(queue.cases())
        .singleElement()
        .satisfies(c -> {
          assertThat(c.reference()).isEqualTo(receipt.reference());
          assertThat(c.overdue()).isTrue();
        });
  }
  // --- README testers example ends ---
}
