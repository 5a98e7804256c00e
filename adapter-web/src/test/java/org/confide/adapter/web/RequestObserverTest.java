package org.confide.adapter.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The request observer hears of every answered request by its route template and status, never by
 * the path asked for: what metrics are built from, so nothing a path carries reaches them.
 */
class RequestObserverTest {

  record Answered(String method, String route, int status, Duration duration) {}

  private final List<Answered> heard = new CopyOnWriteArrayList<>();
  private final Api api =
      new Api(settings ->
          settings.withRequestObserver((method, route, status, duration) ->
              heard.add(new Answered(method, route, status, duration))));

  @AfterEach
  void stop() {
    api.close();
  }

  @Test
  void a_submission_is_heard_as_its_route_and_201() {
    var reply = api.post("/api/v1/reports", null, Api.anonymousReport("observed account text"));

    assertThat(reply.status()).isEqualTo(201);
    assertThat(awaitHeard(1))
        .anySatisfy(answered -> {
          assertThat(answered.method()).isEqualTo("POST");
          assertThat(answered.route()).isEqualTo("/api/v1/reports");
          assertThat(answered.status()).isEqualTo(201);
          assertThat(answered.duration()).isPositive();
        });
  }

  @Test
  void a_path_with_a_reference_is_heard_as_the_route_template_only() {
    var reply = api.get("/api/v1/staff/cases/CANARY-REF-7Q", null);

    assertThat(reply.status()).isEqualTo(401);
    assertThat(awaitHeard(1))
        .extracting(Answered::route)
        .containsExactly("/api/v1/staff/cases/{reference}");
    assertThat(heard.toString()).doesNotContain("CANARY");
  }

  @Test
  void a_path_that_matches_no_route_is_heard_as_unmatched() {
    var reply = api.get("/no/such/CANARY-PATH", null);

    assertThat(reply.status()).isEqualTo(404);
    assertThat(awaitHeard(1))
        .extracting(Answered::route, Answered::status)
        .containsExactly(tuple(WebSettings.RequestObserver.UNMATCHED, 404));
  }

  /** The observer is told after the response is written, so the client may see it first. */
  private List<Answered> awaitHeard(int count) {
    long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
    while (heard.size() < count && System.nanoTime() < deadline) {
      try {
        Thread.sleep(10);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    return List.copyOf(heard);
  }
}
