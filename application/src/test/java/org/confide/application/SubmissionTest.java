package org.confide.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.confide.testing.Failures.failedWith;

import java.util.HashSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.confide.application.port.in.Failure;
import org.confide.application.port.in.ListCasesUseCase;
import org.confide.application.port.in.ListCasesUseCase.PageRequest;
import org.confide.application.port.in.ListCasesUseCase.View;
import org.confide.application.port.in.OpenReporterSessionUseCase;
import org.confide.application.port.in.SubmitReportUseCase.Command;
import org.confide.domain.questionnaire.RawAnswer;
import org.confide.domain.shared.ReportReference;
import org.confide.testing.AReport;
import org.confide.testing.Failures;
import org.confide.testing.Fixture;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Submitting a report: what is refused, what a retry does, and many reporters at once. */
class SubmissionTest {

  private final Fixture fixture = new Fixture();
  private final Confide confide = fixture.confide;

  private long storedReports() {
    return fixture.ports.reports().count();
  }

  @Nested
  class BadInputIsRefusedWithEveryProblemAndNothingStored {

    @Test
    void missing_required_answers_unknown_options_and_a_future_date() {
      var command =
          AReport.anonymous()
              .messaging(false)
              .answer("where", (RawAnswer) null)
              .answer("incident-type", "not-an-option")
              .answer("when", "2099-01-01")
              .answer("no-such-question", "x")
              .build();

      var outcome = confide.submitReport().submit(command);

      assertThat(Failures.fields(outcome))
          .contains("answers.where", "answers.incident-type", "answers.when");
      assertThat(storedReports()).isZero();
    }

    @Test
    void an_unknown_questionnaire_version() {
      var command = AReport.anonymous().questionnaireVersion(7).build();

      assertThat(Failures.fields(confide.submitReport().submit(command)))
          .containsExactly("questionnaireVersion");
    }

    @Test
    void named_without_usable_contact_details_and_with_messaging() {
      var command = AReport.named().account("x").contact(" ", "bad", "12").messaging(true).build();

      assertThat(Failures.fields(confide.submitReport().submit(command)))
          .contains("contact.name", "contact.email", "contact.phone", "messaging");
      assertThat(storedReports()).isZero();
    }

    @Test
    void support_asked_for_anonymously_and_an_overlong_account() {
      var command = AReport.anonymous().account("x".repeat(20_001)).support(true, null).build();

      assertThat(Failures.fields(confide.submitReport().submit(command)))
          .containsExactlyInAnyOrder("account", "support");
    }

    @Test
    void control_characters_in_the_account() {
      assertThat(
              Failures.fields(confide.submitReport().submit(Fixture.anonymous("nul \u0000 here"))))
          .containsExactly("account");
    }
  }

  @Test
  void an_anonymous_report_without_messaging_gets_no_code() {
    var command = AReport.anonymous().messaging(false).build();

    var receipt = fixture.submit(command);

    assertThat(receipt.accessCode()).isEmpty();
    assertThat(
            confide
                .listCases()
                .list(fixture.adviser, ListCasesUseCase.Command.firstPage(View.QUEUE))
                .orElseThrow()
                .cases())
        .singleElement()
        .satisfies(c -> assertThat(c.anonymous()).isTrue());
  }

  @Nested
  class Retries {

    private Command withKey(String account, String key) {
      return AReport.anonymous().account(account).idempotencyKey(key).build();
    }

    @Test
    void a_retry_with_the_same_key_creates_no_second_report_and_leaves_exactly_one_working_code() {
      var first = fixture.submit(withKey("Something happened.", "key-0123456789abcdef"));
      var retry = fixture.submit(withKey("Something happened.", "key-0123456789abcdef"));

      assertThat(retry.reference()).isEqualTo(first.reference());
      assertThat(storedReports()).isEqualTo(1);
      assertThat(
              confide
                  .openReporterSession()
                  .open(new OpenReporterSessionUseCase.Command(retry.accessCode().get().display()))
                  .isDone())
          .isTrue();
      assertThat(
              confide
                  .openReporterSession()
                  .open(new OpenReporterSessionUseCase.Command(first.accessCode().get().display())))
          .is(failedWith(Failure.Unauthenticated.class));
    }

    @Test
    void a_key_reused_for_a_different_report_is_refused() {
      fixture.submit(withKey("Something happened.", "key-0123456789abcdef"));

      var outcome =
          confide.submitReport().submit(withKey("Something else.", "key-0123456789abcdef"));

      assertThat(Failures.fields(outcome)).containsExactly("Idempotency-Key");
      assertThat(storedReports()).isEqualTo(1);
    }

    @Test
    void a_key_reused_for_a_report_that_differs_only_in_its_support_request_is_refused() {
      var key = "key-support-0123456789";
      fixture.submit(AReport.named().support(false, null).idempotencyKey(key).build());

      var outcome =
          confide
              .submitReport()
              .submit(AReport.named().support(true, "a woman adviser").idempotencyKey(key).build());

      assertThat(Failures.fields(outcome)).containsExactly("Idempotency-Key");
      assertThat(storedReports()).isEqualTo(1);
    }

    @Test
    void a_key_reused_for_contact_details_that_split_the_same_characters_differently_is_refused() {
      // Joined end to end, both read "Sams@example.ac.uk07700 900123".
      var key = "key-contact-0123456789";
      fixture.submit(
          AReport.named()
              .contact("Sam", "s@example.ac.uk", "07700 900123")
              .idempotencyKey(key)
              .build());

      var outcome =
          confide
              .submitReport()
              .submit(
                  AReport.named()
                      .contact("Sam", "s@example.ac.uk0", "7700 900123")
                      .idempotencyKey(key)
                      .build());

      assertThat(Failures.fields(outcome)).containsExactly("Idempotency-Key");
      assertThat(storedReports()).isEqualTo(1);
    }

    @Test
    void concurrent_retries_with_one_key_create_one_report() throws Exception {
      var references = ConcurrentHashMap.<ReportReference>newKeySet();
      runConcurrently(
          16,
          i ->
              references.add(
                  fixture.submit(withKey("Same report.", "key-concurrent-0001")).reference()));

      assertThat(references).hasSize(1);
      assertThat(storedReports()).isEqualTo(1);
    }
  }

  @Test
  void many_reporters_at_once_get_that_many_reports_with_unique_references_and_codes()
      throws Exception {
    var references = ConcurrentHashMap.<ReportReference>newKeySet();
    var codes = ConcurrentHashMap.<String>newKeySet();
    runConcurrently(
        200,
        i -> {
          var receipt = fixture.submit(Fixture.anonymous("Report number " + i));
          references.add(receipt.reference());
          codes.add(receipt.accessCode().orElseThrow().canonical());
        });

    assertThat(references).hasSize(200);
    assertThat(codes).hasSize(200);
    assertThat(storedReports()).isEqualTo(200);
    var queued = new HashSet<ReportReference>();
    var page =
        confide
            .listCases()
            .list(fixture.adviser, ListCasesUseCase.Command.firstPage(View.QUEUE))
            .orElseThrow();
    page.cases().forEach(c -> queued.add(c.reference()));
    while (page.next().isPresent()) {
      page =
          confide
              .listCases()
              .list(
                  fixture.adviser,
                  new ListCasesUseCase.Command(View.QUEUE, PageRequest.after(page.next().get())))
              .orElseThrow();
      page.cases().forEach(c -> queued.add(c.reference()));
    }
    assertThat(queued).isEqualTo(references);
  }

  interface Task {
    void run(int index) throws Exception;
  }

  static void runConcurrently(int count, Task task) throws Exception {
    var start = new CountDownLatch(1);
    var failures = ConcurrentHashMap.<Throwable>newKeySet();
    try (var pool = Executors.newFixedThreadPool(8)) {
      for (int i = 0; i < count; i++) {
        int index = i;
        pool.submit(() -> {
          try {
            start.await();
            task.run(index);
          } catch (Throwable e) {
            failures.add(e);
          }
        });
      }
      start.countDown();
      pool.shutdown();
      assertThat(pool.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
    }
    assertThat(failures).isEmpty();
  }
}
