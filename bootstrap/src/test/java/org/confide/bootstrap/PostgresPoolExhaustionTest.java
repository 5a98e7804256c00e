package org.confide.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import org.confide.adapter.persistence.NeedsPostgres;
import org.confide.application.crypto.Argon2idPasswords;
import org.junit.jupiter.api.Test;

/**
 * Every database answer is slowed by 300 ms (through a proxy), so each submission holds a pooled
 * connection for seconds, and 64 reporters submit at once: far more than the 16 connections. Those
 * that cannot get a connection within the pool's 3 s are answered 503 with {@code Retry-After} soon
 * after; {@code /health}, on a connection of its own, still answers 200 meanwhile; and exactly the
 * reports acknowledged are stored. Skipped without a test database, except in CI.
 */
@NeedsPostgres
class PostgresPoolExhaustionTest {

  private static final int CLIENTS = 64;

  @Test
  void requests_beyond_the_pool_get_a_fast_503_health_answers_and_nothing_is_lost()
      throws Exception {
    try (var database = ProxiedPostgres.start();
        var server =
            ConfideServer.start(
                ((Configuration.Reading.Valid) Configuration.read(database.environment()))
                    .configuration(),
                Argon2idPasswords.Parameters.forTestsOnly())) {
      var reporters = new Reporters(server.port());
      var staff = new Staff(server.port());
      var adviser = staff.adviser("adviser@example.ac.uk");
      database.proxy.slowDown(Duration.ofMillis(300));

      var replies = new ConcurrentLinkedQueue<Reporters.Reply>();
      var acknowledged = new ConcurrentLinkedQueue<Reporters.Receipt>();
      var health = new ArrayList<Reporters.Reply>();
      try (var clients = Executors.newVirtualThreadPerTaskExecutor()) {
        for (int c = 0; c < CLIENTS; c++) {
          var account = "slow-report-" + c;
          clients.submit(() -> {
            var reply = reporters.submit(account, Optional.empty());
            replies.add(reply);
            Reporters.receipt(reply, account).ifPresent(acknowledged::add);
          });
        }
        // Health, asked while the pool is exhausted.
        Thread.sleep(1_500);
        for (int i = 0; i < 3; i++) {
          health.add(reporters.get("/health"));
          Thread.sleep(500);
        }
      }
      database.proxy.slowDown(Duration.ZERO);

      var all = List.copyOf(replies);
      assertThat(all).hasSize(CLIENTS).allMatch(Reporters.Reply::answered);
      assertThat(all).extracting(Reporters.Reply::status).containsOnly(201, 503);
      assertThat(all).as("the pool was exhausted").anyMatch(r -> r.status() == 503);
      assertThat(all)
          .filteredOn(r -> r.status() == 503)
          .allSatisfy(r -> {
            assertThat(r.retryAfter()).contains("5");
            // A submission waits for a connection once (everything it reads and writes is in one
            // transaction), for at most the pool's 3 s; the rest is margin for a loaded machine.
            assertThat(r.millis()).isLessThan(6_000);
          });
      assertThat(health)
          .allSatisfy(r -> {
            assertThat(r.status()).isEqualTo(200);
            assertThat(r.millis()).isLessThan(3_000);
          });

      // Exactly the acknowledged reports were stored, and each opens with its code.
      assertThat(staff.queueSize(adviser)).isEqualTo(acknowledged.size());
      for (var receipt : acknowledged) {
        assertThat(reporters.accountBehind(receipt.code())).contains(receipt.account());
      }
    }
  }
}
