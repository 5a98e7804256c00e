package org.confide.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.confide.application.crypto.Argon2idPasswords;
import org.junit.jupiter.api.Test;

/**
 * PostgreSQL goes away under load and comes back. While it is away every request is answered
 * quickly, 503 with {@code Retry-After}, and {@code /health} says 503; no request hangs or gets a
 * 500; within 30 seconds of its return the same server process answers again, without a restart;
 * and the database holds no half-written report. How the database goes away is the subclass's.
 */
abstract class DatabaseOutage {

  /** The database the server uses, which the test can take away and give back. */
  interface Database extends AutoCloseable {
    /** The server's environment on this database, with a first administrator. */
    Map<String, String> environment();

    /** The JDBC URL to read the database directly with, once it is back. */
    String url();

    void away();

    void back();

    @Override
    void close() throws Exception;
  }

  /** A new database to run the test on. */
  abstract Database database() throws Exception;

  private static final int CLIENTS = 8;

  /** Every answer during the test, or a failure to get one. */
  private final ConcurrentLinkedQueue<Reporters.Reply> replies = new ConcurrentLinkedQueue<>();

  private final ConcurrentLinkedQueue<Reporters.Receipt> acknowledged =
      new ConcurrentLinkedQueue<>();

  @Test
  void requests_fail_fast_with_503_while_the_database_is_away_and_succeed_again_after()
      throws Exception {
    try (var database = database()) {
      try (var server =
          ConfideServer.start(
              ((Configuration.Reading.Valid) Configuration.read(database.environment()))
                  .configuration(),
              Argon2idPasswords.Parameters.forTestsOnly())) {
        var reporters = new Reporters(server.port());
        var stop = new AtomicBoolean();
        var counter = new AtomicInteger();
        try (var clients = Executors.newFixedThreadPool(CLIENTS)) {
          for (int c = 0; c < CLIENTS; c++) {
            clients.submit(() -> {
              while (!stop.get()) {
                var account = "outage-report-" + counter.incrementAndGet();
                var reply = reporters.submit(account, Optional.empty());
                replies.add(reply);
                Reporters.receipt(reply, account).ifPresent(acknowledged::add);
              }
            });
          }
          awaitAcknowledged(20);

          database.away();
          long cutAt = System.nanoTime();
          var health = pollUntil(reporters, "/health", 503, 10);
          assertThat(health.status()).as("/health while the database is away").isEqualTo(503);
          assertThat(health.millis()).isLessThan(5_000);
          Thread.sleep(Math.max(0, 6_000 - (System.nanoTime() - cutAt) / 1_000_000));
          int duringOutage = replies.size();

          database.back();
          long restoredAt = System.nanoTime();
          int before = acknowledged.size();
          while (acknowledged.size() < before + 10
              && System.nanoTime() - restoredAt < TimeUnit.SECONDS.toNanos(30)) {
            Thread.sleep(20);
          }
          long back = (System.nanoTime() - restoredAt) / 1_000_000;
          assertThat(acknowledged.size())
              .as("reports acknowledged within 30 s of the database's return (took %d ms)", back)
              .isGreaterThanOrEqualTo(before + 10);
          assertThat(pollUntil(reporters, "/health", 200, 30).status()).isEqualTo(200);
          stop.set(true);
          assertThat(duringOutage).isPositive();
        }

        var all = List.copyOf(replies);
        assertThat(all).as("every request was answered").allMatch(Reporters.Reply::answered);
        assertThat(all).extracting(Reporters.Reply::status).containsOnly(201, 503).contains(503);
        assertThat(all)
            .filteredOn(r -> r.status() == 503)
            .allSatisfy(r -> {
              assertThat(r.retryAfter()).contains("5");
              // The pool waits 3 s for a connection; nothing waits longer.
              assertThat(r.millis()).isLessThan(6_000);
            });

        // Every acknowledged report is there and opens with its code.
        assertThat(reporters.lost(acknowledged)).isEmpty();
      }
      assertNoHalfWrittenReport(database.url(), acknowledged.size());
    }
  }

  private void awaitAcknowledged(int count) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (acknowledged.size() < count && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }
    assertThat(acknowledged.size()).isGreaterThanOrEqualTo(count);
  }

  private static Reporters.Reply pollUntil(
      Reporters reporters, String path, int status, int seconds) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
    Reporters.Reply reply;
    do {
      reply = reporters.get(path);
      if (reply.status() == status) {
        return reply;
      }
      Thread.sleep(100);
    } while (System.nanoTime() < deadline);
    return reply;
  }

  /**
   * Each submission writes its report, with its access code on the same row, and its trend count in
   * one transaction: after the outage the counts agree, every report has its code, and they cover
   * every 201.
   */
  private static void assertNoHalfWrittenReport(String url, int acknowledged) throws SQLException {
    try (var connection = DriverManager.getConnection(url);
        var statement = connection.createStatement();
        var counts =
            statement.executeQuery(
                """
                select (select count(*) from reports),
                       (select count(*) from reports where access_code_digest is not null),
                       (select coalesce(sum(reports), 0) from trend_cells)\
                """)) {
      counts.next();
      long reports = counts.getLong(1);
      assertThat(reports).isGreaterThanOrEqualTo(acknowledged);
      assertThat(List.of(counts.getLong(2), counts.getLong(3))).containsOnly(reports);
    }
  }
}
