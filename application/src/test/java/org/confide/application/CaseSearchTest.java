package org.confide.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.confide.application.port.in.ChangeCaseStatusUseCase;
import org.confide.application.port.in.DeclareConflictUseCase;
import org.confide.application.port.in.ListCasesUseCase;
import org.confide.application.port.in.ListCasesUseCase.CaseSummary;
import org.confide.application.port.in.ListCasesUseCase.PageRequest;
import org.confide.application.port.in.ListCasesUseCase.Search;
import org.confide.application.port.in.ListCasesUseCase.View;
import org.confide.application.port.in.SessionToken;
import org.confide.domain.shared.ReportReference;
import org.confide.testing.Failures;
import org.confide.testing.Fixture;
import org.junit.jupiter.api.Test;

/**
 * Case search: every case a staff member may open, closed ones included, narrowed by reference,
 * status, assignee, outcome, tag and days received, paged like the lists; a case they may not open
 * never appears, and a filter that names nothing is named.
 */
class CaseSearchTest {

  private final Fixture fixture = new Fixture();
  private final Confide confide = fixture.confide;

  private ReportReference submitted() {
    fixture.clock.advance(Duration.ofSeconds(1));
    return fixture.submit(Fixture.anonymous("What happened.")).reference();
  }

  private static Search search(
      String reference, String status, String outcome, String from, String to) {
    return new Search(
        Optional.ofNullable(reference),
        Optional.ofNullable(status),
        Optional.empty(),
        Optional.ofNullable(outcome),
        Optional.empty(),
        Optional.ofNullable(from),
        Optional.ofNullable(to));
  }

  private List<ReportReference> found(SessionToken session, Search search) {
    return confide
        .listCases()
        .list(
            session,
            new ListCasesUseCase.Command(View.ALL, PageRequest.first(), Optional.empty(), search))
        .orElseThrow()
        .cases()
        .stream()
        .map(CaseSummary::reference)
        .toList();
  }

  private void close(ReportReference reference, String outcome) {
    confide
        .changeCaseStatus()
        .change(
            fixture.adviser,
            ChangeCaseStatusUseCase.Command.close(reference, "Done", outcome, List.of()))
        .orElseThrow();
  }

  @Test
  void all_cases_hold_closed_ones_and_filters_narrow_them() {
    var open = submitted();
    var closed = submitted();
    var referred = submitted();
    close(closed, "support-provided");
    close(referred, "referred-elsewhere");

    assertThat(found(fixture.adviser, Search.NONE)).containsExactly(open, closed, referred);
    assertThat(found(fixture.adviser, search(null, "closed", null, null, null)))
        .containsExactly(closed, referred);
    assertThat(found(fixture.adviser, search(null, null, "referred-elsewhere", null, null)))
        .containsExactly(referred);
    assertThat(
            found(fixture.adviser, search(closed.display().toLowerCase(), null, null, null, null)))
        .containsExactly(closed);
    assertThat(found(fixture.adviser, search(null, null, null, "2026-11-02", "2026-11-02")))
        .containsExactly(open, closed, referred);
    assertThat(found(fixture.adviser, search(null, null, null, "2026-11-03", null))).isEmpty();
  }

  @Test
  void a_case_the_member_may_not_open_never_appears() {
    var declared = submitted();
    var kept = submitted();
    confide
        .declareConflict()
        .declare(fixture.adviser, new DeclareConflictUseCase.Command(declared, "I know them"))
        .orElseThrow();

    assertThat(found(fixture.adviser, Search.NONE)).containsExactly(kept);
    assertThat(found(fixture.adviser, search(declared.display(), null, null, null, null)))
        .isEmpty();
    assertThat(found(fixture.lead, Search.NONE)).containsExactly(declared, kept);
  }

  @Test
  void a_filter_that_names_nothing_is_named() {
    var outcome =
        confide
            .listCases()
            .list(
                fixture.adviser,
                new ListCasesUseCase.Command(
                    View.ALL,
                    PageRequest.first(),
                    Optional.empty(),
                    new Search(
                        Optional.of("not a reference"),
                        Optional.of("shut"),
                        Optional.of("nobody@example.ac.uk"),
                        Optional.of("sorted"),
                        Optional.of("online"),
                        Optional.of("2026-11-31"),
                        Optional.of("2026-11-01"))));

    assertThat(Failures.fields(outcome))
        .containsExactly("reference", "status", "assignee", "outcome", "tag", "from");
  }
}
