package org.confide.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.Map;
import org.confide.application.port.in.Failure;
import org.confide.application.port.in.OpenReporterSessionUseCase;
import org.confide.application.port.in.Outcome;
import org.confide.application.port.in.SendReporterMessageUseCase;
import org.confide.application.port.in.SubmitReportUseCase;
import org.confide.domain.questionnaire.QuestionnaireVersion;
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
}
