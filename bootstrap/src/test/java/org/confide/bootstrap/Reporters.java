package org.confide.bootstrap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.confide.adapter.web.OpenApiContract;

/**
 * Reporters for the fault tests: submit an anonymous report with two-way messaging and a unique
 * account, come back with the access code. Every call has a timeout, so a hanging server fails the
 * test instead of stalling it.
 */
final class Reporters {

  private static final ObjectMapper JSON = new ObjectMapper();

  static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(20);

  private final HttpClient client =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
  private final String base;
  private final boolean confideAnswers;

  /** Reporters talking to Confide on {@code port}: every answer is held to the OpenAPI document. */
  Reporters(int port) {
    this(port, true);
  }

  private Reporters(int port, boolean confideAnswers) {
    this.base = "http://127.0.0.1:" + port;
    this.confideAnswers = confideAnswers;
  }

  /**
   * Reporters talking to a load balancer on {@code port}: some answers are the balancer's own (a
   * 502 for a request in flight to a node that died), which Confide's OpenAPI document does not
   * describe, so none is held to it.
   */
  static Reporters behindBalancer(int port) {
    return new Reporters(port, false);
  }

  /** What a reporter holds after a 201: the reference, the code and what they wrote. */
  record Receipt(String reference, String code, String account) {}

  /** An answer, or the failure to get one (connection refused or reset, timeout). */
  record Reply(int status, JsonNode body, Optional<String> retryAfter, long millis) {
    static Reply failed(long millis) {
      return new Reply(-1, JSON.nullNode(), Optional.empty(), millis);
    }

    boolean answered() {
      return status > 0;
    }
  }

  static String body(String account) {
    return """
    {"questionnaireVersion": 1,
     "answers": {"incident-type": ["harassment"], "where": "on-campus",
                 "reporter-role": "student", "affected-person": "me",
                 "under-18": "no", "immediate-danger": "no"},
     "account": %s, "anonymous": true, "messaging": true}\
    """
        .formatted(quote(account));
  }

  Reply submit(String account, Optional<String> idempotencyKey) {
    var request =
        HttpRequest.newBuilder(URI.create(base + "/api/v1/reports"))
            .timeout(REQUEST_TIMEOUT)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body(account)));
    idempotencyKey.ifPresent(key -> request.header("Idempotency-Key", key));
    return send(request.build());
  }

  /** The receipt of a 201, if this reply was one. */
  static Optional<Receipt> receipt(Reply reply, String account) {
    if (reply.status() != 201) {
      return Optional.empty();
    }
    return Optional.of(
        new Receipt(
            reply.body().get("reference").asText(),
            reply.body().get("accessCode").asText(),
            account));
  }

  /** Logs in with the code and reads the report back: the account, or empty if either fails. */
  Optional<String> accountBehind(String code) {
    return open(code).account();
  }

  /**
   * What a code opened: the account of its report, or the status of the answer that refused the
   * code or the report ({@code -1} for no answer in time).
   */
  record Opened(int status, Optional<String> account) {

    /** Whether the answer says nothing about the report: no answer, too many requests, or busy. */
    boolean saysNothing() {
      return status == -1 || status == 429 || status == 503;
    }
  }

  /** Logs in with the code and reads the report back. */
  Opened open(String code) {
    var session =
        send(
            HttpRequest.newBuilder(URI.create(base + "/api/v1/reporter/session"))
                .timeout(REQUEST_TIMEOUT)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"accessCode\": " + quote(code) + "}"))
                .build());
    if (session.status() != 200) {
      return new Opened(session.status(), Optional.empty());
    }
    var report =
        send(
            HttpRequest.newBuilder(URI.create(base + "/api/v1/reporter/report"))
                .timeout(REQUEST_TIMEOUT)
                .header("Authorization", "Bearer " + session.body().get("token").asText())
                .GET()
                .build());
    return report.status() == 200
        ? new Opened(200, Optional.of(report.body().get("account").asText()))
        : new Opened(report.status(), Optional.empty());
  }

  /**
   * The receipts whose code no longer opens what their reporter wrote, each with why: the status
   * that refused it (401: the code opens nothing) or the other account it opened. An answer that
   * says nothing about the report ({@link Opened#saysNothing}: no answer in time, 429, 503) is
   * asked again, up to three times, so that a machine busy with other work is not taken for a lost
   * report; one still saying nothing after that is reported with its status.
   */
  List<String> lost(Collection<Receipt> receipts) {
    var lost = new ArrayList<String>();
    for (var receipt : receipts) {
      var opened = open(receipt.code());
      for (int again = 0; again < 3 && opened.saysNothing(); again++) {
        pause();
        opened = open(receipt.code());
      }
      if (!opened.account().equals(Optional.of(receipt.account()))) {
        lost.add(
            receipt.reference()
                + (opened.account().isPresent()
                    ? ": the code opened another report"
                    : ": answered " + opened.status()));
      }
    }
    return lost;
  }

  private static void pause() {
    try {
      Thread.sleep(1_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting to ask again", e);
    }
  }

  String base() {
    return base;
  }

  Reply get(String path) {
    return send(
        HttpRequest.newBuilder(URI.create(base + path)).timeout(REQUEST_TIMEOUT).GET().build());
  }

  Reply send(HttpRequest request) {
    long start = System.nanoTime();
    try {
      var response = client.send(request, HttpResponse.BodyHandlers.ofString());
      long millis = (System.nanoTime() - start) / 1_000_000;
      // Under load, outages and kills too, every answer is one the OpenAPI document declares.
      if (confideAnswers) {
        OpenApiContract.document()
            .check(
                OpenApiContract.Exchange.answer(
                    request.method(),
                    request.uri(),
                    response.statusCode(),
                    response.headers(),
                    response.body()));
      }
      var body = response.body().isBlank() ? JSON.nullNode() : JSON.readTree(response.body());
      return new Reply(
          response.statusCode(), body, response.headers().firstValue("Retry-After"), millis);
    } catch (IOException e) {
      return Reply.failed((System.nanoTime() - start) / 1_000_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Reply.failed((System.nanoTime() - start) / 1_000_000);
    }
  }

  static String quote(String text) {
    try {
      return JSON.writeValueAsString(text);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
