package org.confide.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One submission sent many times with the same {@code Idempotency-Key} — sixteen at once, then
 * retried one after another, as a client on a flaky connection would — creates exactly one report.
 * Every answer is 201 with the same reference, and the code of the last retry opens it: each
 * retry's fresh code replaces the one before.
 */
abstract class DuplicateSubmissions {

  private static final int AT_ONCE = 16;
  private static final int RETRIES = 4;

  /**
   * Rounds of {@link #AT_ONCE} same-key submissions in {@code rounds_of_same_key_submissions...}: 5
   * in the build; {@code -Dconfide.sameKeyRounds=40} for the stress run the README reports.
   */
  private static final int ROUNDS = Integer.getInteger("confide.sameKeyRounds", 5);

  @TempDir Path directory;

  abstract Map<String, String> store(Path directory);

  private ConfideServer started() {
    return Staff.serverWithAdmin(store(directory), directory);
  }

  /** {@link #AT_ONCE} submissions of one report with one key, sent at the same moment. */
  private static List<Reporters.Reply> atOnce(Reporters reporters, String account, String key)
      throws InterruptedException {
    var replies = new ConcurrentLinkedQueue<Reporters.Reply>();
    var start = new CountDownLatch(1);
    try (var clients = Executors.newVirtualThreadPerTaskExecutor()) {
      for (int i = 0; i < AT_ONCE; i++) {
        clients.submit(() -> {
          start.await();
          replies.add(reporters.submit(account, Optional.of(key)));
          return null;
        });
      }
      start.countDown();
    }
    return List.copyOf(replies);
  }

  /**
   * The 500s and 503s once seen on H2 under concurrent same-key submissions: round after round of
   * sixteen at once, each round a new key, every answer must be 201 with one reference per round.
   */
  @Test
  void rounds_of_same_key_submissions_answer_only_201_with_one_report_a_round() throws Exception {
    try (var server = started()) {
      var reporters = new Reporters(server.port());
      var statuses = new TreeMap<Integer, Integer>();
      var referencesPerRound = new ArrayList<Long>();
      for (int round = 0; round < ROUNDS; round++) {
        var replies =
            atOnce(reporters, "same-key round " + round, "stress-key-round-" + round + "-7f3a9c2e");
        replies.forEach(reply -> statuses.merge(reply.status(), 1, Integer::sum));
        referencesPerRound.add(
            replies.stream()
                .filter(reply -> reply.status() == 201)
                .map(reply -> reply.body().get("reference").asText())
                .distinct()
                .count());
      }
      assertThat(statuses).as("answers by status over %d rounds", ROUNDS).containsOnlyKeys(201);
      assertThat(referencesPerRound).containsOnly(1L);
      var staff = new Staff(server.port());
      assertThat(staff.queueSize(staff.adviser("stress@example.ac.uk"))).isEqualTo(ROUNDS);
    }
  }

  @Test
  void the_same_key_sent_concurrently_and_retried_creates_one_report() throws Exception {
    try (var server = started()) {
      var reporters = new Reporters(server.port());
      var key = "retry-key-7f3a9c2e-1b44-4d0e";
      var account = "the same report, sent again and again";
      var replies = new ArrayList<>(atOnce(reporters, account, key));
      for (int i = 0; i < RETRIES; i++) {
        replies.add(reporters.submit(account, Optional.of(key)));
      }

      List<Reporters.Reply> all = List.copyOf(replies);
      assertThat(all).hasSize(AT_ONCE + RETRIES);
      assertThat(all).extracting(Reporters.Reply::status).containsOnly(201);
      assertThat(all)
          .extracting(r -> r.body().get("reference").asText())
          .containsOnly(all.getFirst().body().get("reference").asText());

      var staff = new Staff(server.port());
      assertThat(staff.queueSize(staff.adviser("adviser@example.ac.uk"))).isEqualTo(1);

      // The code of the last retry opens the report; earlier ones were replaced. (Only a few are
      // tried: wrong codes are throttled after five a minute.)
      var codes = all.stream().map(r -> r.body().get("accessCode").asText()).distinct().toList();
      assertThat(codes).hasSize(AT_ONCE + RETRIES);
      assertThat(reporters.accountBehind(codes.getLast())).contains(account);
      for (var replaced : codes.subList(AT_ONCE, AT_ONCE + RETRIES - 1)) {
        assertThat(reporters.accountBehind(replaced)).isEmpty();
      }
    }
  }
}
