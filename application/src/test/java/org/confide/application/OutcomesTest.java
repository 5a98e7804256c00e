package org.confide.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.confide.testing.Failures.failedWith;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.confide.application.port.in.ChangeCaseStatusUseCase;
import org.confide.application.port.in.ChangeClosingChoicesUseCase;
import org.confide.application.port.in.Failure;
import org.confide.application.port.in.ReadAuditTrailUseCase;
import org.confide.application.port.in.ViewCaseUseCase;
import org.confide.domain.audit.AuditAction;
import org.confide.domain.audit.AuditEvent;
import org.confide.domain.outcome.Choice;
import org.confide.domain.outcome.ChoiceKey;
import org.confide.domain.outcome.ChoiceList;
import org.confide.domain.report.ReportStatus;
import org.confide.domain.shared.ReportReference;
import org.confide.testing.AReport;
import org.confide.testing.Failures;
import org.confide.testing.Fixture;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Outcomes and tags: administrators keep the lists, closing a case records one outcome and any
 * tags, the case shows them, and an entry in use is retired rather than removed.
 */
class OutcomesTest {

  private final Fixture fixture = new Fixture();
  private final Confide confide = fixture.confide;

  private ReportReference submitted() {
    return fixture
        .submit(AReport.anonymous().answer("reporter-role", "student").account("x").build())
        .reference();
  }

  private List<String> labels(List<Choice> choices) {
    return choices.stream().map(choice -> choice.label().first()).toList();
  }

  private void changeList(ChoiceList list, String... labels) {
    confide
        .changeClosingChoices()
        .change(fixture.admin, ChangeClosingChoicesUseCase.Command.plain(list, List.of(labels)))
        .orElseThrow();
  }

  private ViewCaseUseCase.CaseFile caseFile(ReportReference reference) {
    return confide
        .viewCase()
        .view(fixture.lead, new ViewCaseUseCase.Command(reference))
        .orElseThrow();
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
  class TheLists {

    @Test
    void a_new_service_offers_the_five_default_outcomes_and_no_tags() {
      var lists = confide.readClosingChoices().read(fixture.adviser).orElseThrow();

      assertThat(labels(lists.outcomes().offered()))
          .containsExactly(
              "Support provided",
              "Formal complaint made",
              "Referred elsewhere",
              "No further action",
              "No response from reporter");
      assertThat(lists.tags().all()).isEmpty();
    }

    @Test
    void an_administrator_replaces_a_list_and_the_change_is_audited() {
      changeList(ChoiceList.TAGS, "Online", "Repeat report");

      var tags = confide.readClosingChoices().read(fixture.admin).orElseThrow().tags();
      assertThat(labels(tags.offered())).containsExactly("Online", "Repeat report");
      assertThat(tags.offered().getFirst().key()).isEqualTo(new ChoiceKey("online"));
      assertThat(audited(AuditAction.CLOSING_LIST_CHANGED))
          .singleElement()
          .extracting(AuditEvent::detail)
          .isEqualTo("tags: 2 offered, 0 retired");
    }

    @Test
    void an_outcome_in_use_is_retired_and_the_case_keeps_it() {
      var reference = submitted();
      confide
          .changeCaseStatus()
          .change(
              fixture.adviser,
              ChangeCaseStatusUseCase.Command.close(
                  reference, "Done", "referred-elsewhere", List.of()))
          .orElseThrow();

      changeList(ChoiceList.OUTCOMES, "Support provided", "No further action");

      var outcomes = confide.readClosingChoices().read(fixture.admin).orElseThrow().outcomes();
      assertThat(labels(outcomes.offered()))
          .containsExactly("Support provided", "No further action");
      assertThat(outcomes.find(new ChoiceKey("referred-elsewhere")))
          .hasValueSatisfying(c -> assertThat(c.retired()).isTrue());
      assertThat(outcomes.find(new ChoiceKey("formal-complaint-made"))).isEmpty();
      assertThat(
              caseFile(reference).outcome().orElseThrow().outcome().orElseThrow().label().first())
          .isEqualTo("Referred elsewhere");
    }

    @Test
    void repeated_or_blank_labels_are_named_by_their_place_and_nothing_changes() {
      var outcome =
          confide
              .changeClosingChoices()
              .change(
                  fixture.admin,
                  ChangeClosingChoicesUseCase.Command.plain(
                      ChoiceList.OUTCOMES, List.of("Resolved", " ", "resolved!")));

      assertThat(Failures.fields(outcome)).containsExactly("outcomes[1]", "outcomes[2]");
      assertThat(confide.readClosingChoices().read(fixture.admin).orElseThrow().outcomes())
          .extracting(c -> c.offered().size())
          .isEqualTo(5);
    }

    @Test
    void only_administrators_change_the_lists_and_analysts_read_none() {
      assertThat(
              confide
                  .changeClosingChoices()
                  .change(
                      fixture.lead,
                      ChangeClosingChoicesUseCase.Command.plain(ChoiceList.TAGS, List.of("x"))))
          .is(failedWith(Failure.Forbidden.class));
      assertThat(confide.readClosingChoices().read(fixture.analyst))
          .is(failedWith(Failure.Forbidden.class));
    }
  }

  @Nested
  class Closing {

    @Test
    void closing_records_the_outcome_and_tags_the_case_shows_and_audits_them() {
      changeList(ChoiceList.TAGS, "Online", "Repeat report");
      var reference = submitted();

      confide
          .changeCaseStatus()
          .change(
              fixture.adviser,
              ChangeCaseStatusUseCase.Command.close(
                  reference, "Resolved", "support-provided", List.of("repeat-report", "online")))
          .orElseThrow();

      var closed = caseFile(reference).outcome().orElseThrow();
      assertThat(closed.outcome().orElseThrow().label().first()).isEqualTo("Support provided");
      assertThat(labels(closed.tags())).containsExactly("Repeat report", "Online");
      assertThat(audited(AuditAction.OUTCOME_RECORDED))
          .singleElement()
          .extracting(AuditEvent::detail)
          .isEqualTo("outcome support-provided, tags repeat-report, online");
    }

    @Test
    void closing_without_an_outcome_names_the_missing_outcome_and_leaves_the_case_open() {
      var reference = submitted();

      var outcome =
          confide
              .changeCaseStatus()
              .change(
                  fixture.adviser,
                  new ChangeCaseStatusUseCase.Command(reference, ReportStatus.CLOSED, "Done"));

      var invalid = Failures.of(outcome, Failure.Invalid.class);
      assertThat(invalid.problems().getFirst().field()).isEqualTo("outcome");
      assertThat(invalid.problems().getFirst().message()).contains("support-provided");
      assertThat(caseFile(reference).status()).isEqualTo(ReportStatus.NEW);
    }

    @Test
    void an_unknown_outcome_or_tag_is_named() {
      var reference = submitted();

      var outcome =
          confide
              .changeCaseStatus()
              .change(
                  fixture.adviser,
                  ChangeCaseStatusUseCase.Command.close(
                      reference, "Done", "sorted", List.of("urgent")));

      assertThat(Failures.fields(outcome)).containsExactly("outcome", "tags[0]");
    }

    @Test
    void with_the_outcome_list_emptied_a_case_closes_without_one() {
      changeList(ChoiceList.OUTCOMES);
      var reference = submitted();

      confide
          .changeCaseStatus()
          .change(
              fixture.adviser,
              new ChangeCaseStatusUseCase.Command(reference, ReportStatus.CLOSED, "Done"))
          .orElseThrow();

      assertThat(caseFile(reference).status()).isEqualTo(ReportStatus.CLOSED);
    }

    @Test
    void reopening_forgets_the_outcome_and_an_outcome_is_refused_for_other_moves() {
      var reference = submitted();
      confide
          .changeCaseStatus()
          .change(
              fixture.adviser,
              ChangeCaseStatusUseCase.Command.close(
                  reference, "Done", "no-further-action", List.of()))
          .orElseThrow();

      var withOutcome =
          confide
              .changeCaseStatus()
              .change(
                  fixture.adviser,
                  new ChangeCaseStatusUseCase.Command(
                      reference,
                      ReportStatus.OPEN,
                      "More came in",
                      Optional.of("support-provided"),
                      List.of()));
      assertThat(Failures.fields(withOutcome)).containsExactly("outcome");

      confide
          .changeCaseStatus()
          .change(
              fixture.adviser,
              new ChangeCaseStatusUseCase.Command(reference, ReportStatus.OPEN, "More came in"))
          .orElseThrow();
      assertThat(caseFile(reference).outcome()).isEmpty();
    }
  }
}
