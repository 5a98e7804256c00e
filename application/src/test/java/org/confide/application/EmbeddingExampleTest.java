package org.confide.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import org.confide.application.port.in.Outcome;
import org.confide.application.port.in.SubmitReportUseCase;
import org.confide.domain.questionnaire.RawAnswer;
import org.junit.jupiter.api.Test;

/** The example in the README, kept compiling and working. */
class EmbeddingExampleTest {

  @Test
  void the_readme_example_works() {
    // --- README example starts ---
    Confide confide = InMemoryConfide.create(Clock.systemUTC());

    var outcome =
        confide
            .submitReport()
            .submit(
                new SubmitReportUseCase.Command(
                    1, // the questionnaire version the reporter was shown
                    Map.of(
                        "incident-type", RawAnswer.of("harassment"),
                        "where", RawAnswer.of("on-campus"),
                        "reporter-role", RawAnswer.of("student"),
                        "affected-person", RawAnswer.of("me"),
                        "under-18", RawAnswer.of("no"),
                        "immediate-danger", RawAnswer.of("no")),
                    Optional.of("What happened, in my own words."),
                    true, // anonymous
                    Optional.empty(), // so no contact details
                    true, // two-way messaging: an access code is issued
                    Optional.empty(), // no request for an adviser's support
                    Optional.empty())); // no idempotency key

    switch (outcome) {
      case Outcome.Done<SubmitReportUseCase.Receipt> done -> {
        var code = done.value().accessCode().orElseThrow().display(); // show it once
        var session = confide.openReporterSession().open(code).orElseThrow().token();
        confide.sendReporterMessage().send(session, "Can someone talk to me?");
      }
      case Outcome.Invalid<SubmitReportUseCase.Receipt> invalid ->
          invalid.problems().forEach(p -> System.out.println(p.field() + ": " + p.message()));
      default -> throw new IllegalStateException("unexpected: " + outcome);
    }
    // --- README example ends ---

    assertThat(outcome.isDone()).isTrue();
  }
}
