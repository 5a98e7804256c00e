package org.confide.adapter.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.confide.application.port.in.ReadServiceStatusUseCase;
import org.confide.application.port.in.ReadServiceStatusUseCase.ServiceStatus;
import org.confide.domain.safeguarding.EmergencyContact;
import org.confide.testing.Fixture;
import org.confide.testing.Replaced;
import org.junit.jupiter.api.Test;

/**
 * The web adapter drives use cases through their interfaces alone: a test stands one in with a
 * lambda, and the route answers what that lambda says.
 */
class StandInUseCaseTest {

  @Test
  void a_service_status_stood_in_with_a_lambda_is_what_the_route_answers() throws Exception {
    var fixture = new Fixture();
    ReadServiceStatusUseCase closedForTheWeek =
        () ->
            new ServiceStatus(
                false,
                Optional.of("Closed this week; call 999 in an emergency."),
                4,
                List.of(
                    new EmergencyContact(
                        "Emergency services", "999", "When someone is in danger now")),
                ZoneId.of("Europe/London"),
                Optional.empty(),
                org.confide.domain.settings.MonitoringHours.standard(),
                Optional.empty(),
                true,
                java.time.Duration.ofMinutes(20));
    var app =
        WebServer.create(
                Replaced.in(fixture.confide, ReadServiceStatusUseCase.class, closedForTheWeek),
                WebSettings.defaults(fixture.clock, new AtomicBoolean(true)::get))
            .start("127.0.0.1", 0);
    try {
      var reply =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(
                          URI.create("http://127.0.0.1:" + app.port() + "/api/v1/service-status"))
                      .build(),
                  HttpResponse.BodyHandlers.ofString());

      assertThat(reply.statusCode()).isEqualTo(200);
      var body = Api.MAPPER.readTree(reply.body());
      assertThat(body.get("monitored").asBoolean()).isFalse();
      assertThat(body.get("closureNotice").asText()).startsWith("Closed this week");
      assertThat(body.get("responseTargetWorkingDays").asInt()).isEqualTo(4);
    } finally {
      app.stop();
    }
  }
}
