package org.confide.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.stream.Collectors;
import org.confide.application.port.in.Failure;
import org.confide.application.port.in.OpenReporterSessionUseCase;
import org.confide.application.port.in.Outcome;
import org.confide.application.port.in.SendReporterMessageUseCase;
import org.confide.application.port.in.SubmitReportUseCase;
import org.confide.domain.questionnaire.QuestionnaireVersion;
import org.confide.domain.questionnaire.RawAnswer;
import org.junit.jupiter.api.Test;

/**
 * The first example in the README, kept compiling and working, and every example in the README
 * shown as its source is: the others are the example project that the build runs
 * (examples/embedding) and the testers' examples (test-fixtures).
 */
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
                        QuestionnaireVersion.of(2), // the version the reporter was shown
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
        var sent =
            confide
                .sendReporterMessage()
                .send(session, new SendReporterMessageUseCase.Command("Can someone talk to me?"));
        switch (sent) {
          case Outcome.Done(var message) -> System.out.println("Sent at " + message.sentAt());
          // a message that quotes the access code is refused, so the code is never in a thread
          case Outcome.Failed(Failure.Invalid invalid) -> System.out.println(invalid.problems());
          case Outcome.Failed(Failure.Refused refused) -> System.out.println(refused.reason());
          case Outcome.Failed(Failure.Unauthenticated expired) ->
              System.out.println("The session has ended: open a new one with the code");
        }
      }
      case Outcome.Failed(Failure.Invalid invalid) ->
          invalid.problems().forEach(p -> System.out.println(p.field() + ": " + p.message()));
      case Outcome.Failed(Failure.Refused refused) -> System.out.println(refused.reason());
    }
    // --- README example ends ---

    assertThat(outcome.isDone()).isTrue();
  }

  @Test
  void the_readme_shows_the_examples_as_they_are_tested() throws IOException {
    // Maven runs the tests in the module's directory.
    var readme = Files.readString(Path.of("..", "README.md"));
    var examples =
        Map.of(
            "README example",
            Path.of("src/test/java/org/confide/application/EmbeddingExampleTest.java"),
            "README embedding example",
            Path.of(
                "../examples/embedding/src/test/java/org/example/confide/ChristmasQueueTest.java"),
            "README store example",
            Path.of("../examples/embedding/src/main/java/org/example/confide/MapReports.java"),
            "README testers example",
            Path.of("../test-fixtures/src/test/java/org/confide/testing/TestersExampleTest.java"),
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
