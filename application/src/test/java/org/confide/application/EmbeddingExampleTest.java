package org.confide.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.confide.application.memory.InMemoryReports;
import org.confide.application.port.in.CreateStaffUseCase;
import org.confide.application.port.in.EnsureFirstAdministratorUseCase;
import org.confide.application.port.in.Failure;
import org.confide.application.port.in.ListCasesUseCase;
import org.confide.application.port.in.LogInStaffUseCase;
import org.confide.application.port.in.OpenReporterSessionUseCase;
import org.confide.application.port.in.Outcome;
import org.confide.application.port.in.SendReporterMessageUseCase;
import org.confide.application.port.in.SubmitReportUseCase;
import org.confide.application.port.out.Reports;
import org.confide.domain.calendar.PublicHoliday;
import org.confide.domain.calendar.WorkingCalendar;
import org.confide.domain.questionnaire.QuestionnaireVersion;
import org.confide.domain.questionnaire.RawAnswer;
import org.confide.domain.staff.EmailAddress;
import org.confide.domain.staff.Role;
import org.confide.testing.MutableClock;
import org.junit.jupiter.api.Test;

/** The examples in the README, kept compiling and working. */
class EmbeddingExampleTest {

  @Test
  void the_readme_example_works() {
    // --- README example starts ---
    Confide confide = InMemoryConfide.create(Clock.systemUTC());

    var outcome =
        confide
            .submitReport()
            .submit(
                SubmitReportUseCase.Command.anonymous(
                        QuestionnaireVersion.of(1), // the version the reporter was shown
                        Map.of(
                            "incident-type", RawAnswer.of("harassment"),
                            "where", RawAnswer.of("on-campus"),
                            "reporter-role", RawAnswer.of("student"),
                            "affected-person", RawAnswer.of("me"),
                            "under-18", RawAnswer.of("no"),
                            "immediate-danger", RawAnswer.of("no")))
                    .account("What happened, in my own words.")
                    .withMessaging() // two-way messaging: an access code is issued
                    .build());

    switch (outcome) {
      case Outcome.Done(var receipt) -> {
        var code = receipt.accessCode().orElseThrow().display(); // show it once
        var session =
            confide
                .openReporterSession()
                .open(new OpenReporterSessionUseCase.Command(code))
                .orElseThrow()
                .token();
        confide
            .sendReporterMessage()
            .send(session, new SendReporterMessageUseCase.Command("Can someone talk to me?"));
      }
      case Outcome.Failed(Failure.Invalid invalid) ->
          invalid.problems().forEach(p -> System.out.println(p.field() + ": " + p.message()));
      case Outcome.Failed(Failure.Refused refused) -> System.out.println(refused.reason());
    }
    // --- README example ends ---

    assertThat(outcome.isDone()).isTrue();
  }

  @Test
  void the_readme_builder_example_works() {
    var clock = new MutableClock(Instant.parse("2026-12-23T10:00:00Z"));
    // --- README builder example starts ---
    var calls = new AtomicInteger();
    Confide confide =
        InMemoryConfide.builder()
            .clock(clock) // a clock the test moves
            .twoFactorRequired(false) // staff sign in with a password alone
            .calendar(
                WorkingCalendar.standard()
                    .withHoliday(new PublicHoliday(LocalDate.of(2026, 12, 25), "Christmas Day")))
            // a store of your own, here one that counts calls around the in-memory one
            .replace(
                Reports.class,
                transactions -> new CountingReports(new InMemoryReports(transactions), calls))
            .build();

    String password = "a long enough password"; // each use case wipes the char[] it is given
    confide
        .ensureFirstAdministrator()
        .ensure(
            new EnsureFirstAdministratorUseCase.Command(
                EmailAddress.of("admin@example.ac.uk"), "Ada Admin", password.toCharArray()))
        .orElseThrow();
    var admin =
        confide
            .logInStaff()
            .logIn(
                LogInStaffUseCase.Command.withPassword(
                    "admin@example.ac.uk", password.toCharArray()))
            .orElseThrow()
            .token();
    confide
        .createStaff()
        .create(
            admin,
            new CreateStaffUseCase.Command(
                "adviser@example.ac.uk",
                "Alex Adviser",
                Set.of(Role.ADVISER),
                password.toCharArray()))
        .orElseThrow();
    var adviser =
        confide
            .logInStaff()
            .logIn(
                LogInStaffUseCase.Command.withPassword(
                    "adviser@example.ac.uk", password.toCharArray()))
            .orElseThrow()
            .token();

    var receipt =
        confide
            .submitReport()
            .submit(
                SubmitReportUseCase.Command.anonymous(
                        QuestionnaireVersion.of(1),
                        Map.of(
                            "incident-type", RawAnswer.of("harassment"),
                            "where", RawAnswer.of("on-campus"),
                            "reporter-role", RawAnswer.of("student"),
                            "affected-person", RawAnswer.of("me"),
                            "under-18", RawAnswer.of("no"),
                            "immediate-danger", RawAnswer.of("no")))
                    .account("What happened, in my own words.")
                    .build())
            .orElseThrow();
    // Wednesday 23 December: three working days skip Christmas Day and the weekend, so the
    // response is due by the end of Tuesday 29 December, that is at 00:00 on the 30th in London.
    System.out.println("Due by " + receipt.responseDueBy()); // 2026-12-30T00:00:00Z

    var queue =
        confide
            .listCases()
            .list(adviser, ListCasesUseCase.Command.firstPage(ListCasesUseCase.View.QUEUE))
            .orElseThrow();
    queue
        .cases()
        .forEach(
            c -> System.out.println(c.reference() + ": " + c.workingDaysLeft() + " days left"));
    System.out.println("The report store was called " + calls.get() + " times");
    // --- README builder example ends ---

    assertThat(receipt.responseDueBy()).isEqualTo(Instant.parse("2026-12-30T00:00:00Z"));
    assertThat(queue.cases())
        .singleElement()
        .satisfies(c -> {
          assertThat(c.reference()).isEqualTo(receipt.reference());
          // Thursday 24, Monday 28 and Tuesday 29: whole working days still ahead, today not
          // counted.
          assertThat(c.workingDaysLeft()).isEqualTo(3);
        });
    assertThat(calls).hasPositiveValue();
  }

  @Test
  void the_readme_shows_the_examples_as_they_are_tested() throws IOException {
    // Maven runs the tests in the module's directory.
    var readme = Files.readString(Path.of("..", "README.md"));
    var examples =
        Map.of(
            "README example",
                Path.of("src/test/java/org/confide/application/EmbeddingExampleTest.java"),
            "README builder example",
                Path.of("src/test/java/org/confide/application/EmbeddingExampleTest.java"),
            "README testers example",
                Path.of(
                    "../test-fixtures/src/test/java/org/confide/testing/TestersExampleTest.java"),
            "README contract example",
                Path.of(
                    "../test-fixtures/src/test/java/org/confide/testing/contract/"
                        + "ReportsContractExampleTest.java"));

    for (var example : examples.entrySet()) {
      assertThat(readme).as(example.getKey()).contains(block(example.getValue(), example.getKey()));
    }
  }

  /**
   * The lines between {@code // --- <name> starts ---} and {@code // --- <name> ends ---} in a
   * source file, indented as the start marker is removed, as a Markdown Java block.
   */
  private static String block(Path file, String name) throws IOException {
    var source = Files.readString(file);
    var start = "// --- " + name + " starts ---\n";
    var from = source.indexOf(start);
    var to = source.indexOf("// --- " + name + " ends ---");
    assertThat(from).as(name + " in " + file).isNotNegative();
    assertThat(to).as(name + " in " + file).isGreaterThan(from);
    var indent = from - source.lastIndexOf('\n', from) - 1;
    return source
        .substring(from + start.length(), source.lastIndexOf('\n', to))
        .lines()
        .map(line -> line.length() >= indent ? line.substring(indent) : line.strip())
        .collect(Collectors.joining("\n", "```java\n", "\n```"));
  }
}
