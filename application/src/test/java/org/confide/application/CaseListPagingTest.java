package org.confide.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.confide.testing.Failures.failedWith;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.confide.application.port.in.Failure;
import org.confide.application.port.in.ListCasesUseCase;
import org.confide.application.port.in.ListCasesUseCase.CasePage;
import org.confide.application.port.in.ListCasesUseCase.CaseSummary;
import org.confide.application.port.in.ListCasesUseCase.PageRequest;
import org.confide.application.port.in.ListCasesUseCase.View;
import org.confide.application.port.in.Outcome;
import org.confide.domain.shared.FieldProblem;
import org.confide.domain.shared.ReportReference;
import org.confide.testing.Fixture;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Case lists come a page at a time, oldest first: each case once, pages forward and back meeting
 * the same cases, and a cursor or size that is not one the list gave refused by field.
 */
class CaseListPagingTest {

  private final Fixture fixture = new Fixture();

  private List<ReportReference> submitted(int count) {
    var references = new ArrayList<ReportReference>();
    for (int i = 0; i < count; i++) {
      fixture.clock.advance(Duration.ofSeconds(1));
      references.add(fixture.submit(Fixture.anonymous("Report " + i)).reference());
    }
    fixture.advance(Duration.ZERO);
    return references;
  }

  private CasePage page(View view, PageRequest request) {
    return fixture
        .confide
        .listCases()
        .list(fixture.adviser, new ListCasesUseCase.Command(view, request))
        .orElseThrow();
  }

  private static List<ReportReference> references(CasePage page) {
    return page.cases().stream().map(CaseSummary::reference).toList();
  }

  @Nested
  class Forward {

    @Test
    void a_long_queue_comes_in_pages_of_fifty_each_case_once_oldest_first() {
      var references = submitted(120);

      var first = page(View.QUEUE, PageRequest.first());
      var second = page(View.QUEUE, PageRequest.after(first.next().orElseThrow()));
      var third = page(View.QUEUE, PageRequest.after(second.next().orElseThrow()));

      assertThat(references(first)).isEqualTo(references.subList(0, 50));
      assertThat(references(second)).isEqualTo(references.subList(50, 100));
      assertThat(references(third)).isEqualTo(references.subList(100, 120));
      assertThat(first.previous()).isEmpty();
      assertThat(second.previous()).isPresent();
      assertThat(third.next()).isEmpty();
      assertThat(third.previous()).isPresent();
    }

    @Test
    void a_page_holds_fewer_cases_on_request() {
      var references = submitted(10);

      var first = page(View.QUEUE, PageRequest.first().ofSize(4));
      var second = page(View.QUEUE, PageRequest.after(first.next().orElseThrow()).ofSize(4));

      assertThat(references(first)).isEqualTo(references.subList(0, 4));
      assertThat(references(second)).isEqualTo(references.subList(4, 8));
    }

    @Test
    void a_list_that_fits_one_page_has_no_cursors() {
      submitted(3);

      var only = page(View.QUEUE, PageRequest.first());

      assertThat(only.cases()).hasSize(3);
      assertThat(only.next()).isEmpty();
      assertThat(only.previous()).isEmpty();
    }
  }

  @Nested
  class Backward {

    @Test
    void previous_leads_back_to_the_cases_of_the_page_before() {
      submitted(120);
      var first = page(View.QUEUE, PageRequest.first());
      var second = page(View.QUEUE, PageRequest.after(first.next().orElseThrow()));
      var third = page(View.QUEUE, PageRequest.after(second.next().orElseThrow()));

      var backToSecond = page(View.QUEUE, PageRequest.before(third.previous().orElseThrow()));
      var backToFirst = page(View.QUEUE, PageRequest.before(backToSecond.previous().orElseThrow()));

      assertThat(references(backToSecond)).isEqualTo(references(second));
      assertThat(references(backToFirst)).isEqualTo(references(first));
      assertThat(backToFirst.previous()).isEmpty();
      assertThat(backToFirst.next()).isPresent();
    }
  }

  @Nested
  class Views {

    @Test
    void the_overdue_view_pages_through_every_overdue_case() {
      var references = submitted(60);
      // Three working days later every one of them is overdue.
      fixture.advance(Duration.ofDays(7));

      var first = page(View.OVERDUE, PageRequest.first());
      var second = page(View.OVERDUE, PageRequest.after(first.next().orElseThrow()));

      assertThat(first.cases()).hasSize(50).allMatch(CaseSummary::overdue);
      assertThat(references(second)).isEqualTo(references.subList(50, 60));
      assertThat(second.next()).isEmpty();
    }
  }

  @Nested
  class Refused {

    @Test
    void a_cursor_the_list_did_not_give_is_invalid_naming_its_parameter() {
      assertThat(
              fixture
                  .confide
                  .listCases()
                  .list(
                      fixture.adviser,
                      new ListCasesUseCase.Command(View.QUEUE, PageRequest.after("x"))))
          // The English words and the field; the code is ProblemWordsTest's to check.
          .usingRecursiveComparison()
          .ignoringFieldsMatchingRegexes(".*code", ".*arguments")
          .isEqualTo(
              Outcome.failed(
                  new Failure.Invalid(
                      List.of(
                          new FieldProblem(
                              "after",
                              "This is not a page of a case list; start from the first")))));
      assertThat(
              fixture
                  .confide
                  .listCases()
                  .list(
                      fixture.adviser,
                      new ListCasesUseCase.Command(
                          View.QUEUE, PageRequest.before("1.000000000.NOTAREF000"))))
          .is(failedWith(Failure.Invalid.class));
    }

    @Test
    void a_size_out_of_range_or_both_directions_at_once_is_invalid() {
      var list = fixture.confide.listCases();

      assertThat(
              list.list(
                  fixture.adviser,
                  new ListCasesUseCase.Command(View.QUEUE, PageRequest.first().ofSize(0))))
          .is(failedWith(Failure.Invalid.class));
      assertThat(
              list.list(
                  fixture.adviser,
                  new ListCasesUseCase.Command(View.QUEUE, PageRequest.first().ofSize(101))))
          .is(failedWith(Failure.Invalid.class));
      var cursor = "1772442000.000000000.K7M2Q9XF3A";
      assertThat(
              list.list(
                  fixture.adviser,
                  new ListCasesUseCase.Command(
                      View.QUEUE,
                      new PageRequest(
                          java.util.Optional.of(cursor), java.util.Optional.of(cursor), 50))))
          .is(failedWith(Failure.Invalid.class));
    }
  }
}
