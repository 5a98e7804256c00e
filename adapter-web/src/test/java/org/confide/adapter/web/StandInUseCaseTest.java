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
import org.confide.application.Confide;
import org.confide.application.Fixture;
import org.confide.application.port.in.ReadServiceStatusUseCase;
import org.confide.application.port.in.ReadServiceStatusUseCase.ServiceStatus;
import org.confide.domain.safeguarding.EmergencyContact;
import org.junit.jupiter.api.Test;

/**
 * The web adapter drives use cases through their interfaces alone: a test stands one in with a
 * lambda, and the route answers what that lambda says.
 */
class StandInUseCaseTest {

  /** {@code confide} with the component of type {@code useCase} replaced by {@code standIn}. */
  static <U> Confide with(Confide confide, Class<U> useCase, U standIn) throws Exception {
    var components = Confide.class.getRecordComponents();
    var types = new Class<?>[components.length];
    var values = new Object[components.length];
    for (int i = 0; i < components.length; i++) {
      types[i] = components[i].getType();
      values[i] = types[i] == useCase ? standIn : components[i].getAccessor().invoke(confide);
    }
    return Confide.class.getDeclaredConstructor(types).newInstance(values);
  }

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
                ZoneId.of("Europe/London"));
    var app =
        WebServer.create(
                with(fixture.confide, ReadServiceStatusUseCase.class, closedForTheWeek),
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
