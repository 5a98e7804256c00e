package org.confide.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.confide.application.Confide;
import org.confide.application.port.in.OpenReporterSessionUseCase;
import org.confide.application.port.in.ViewCaseUseCase;
import org.confide.testing.AReport;
import org.confide.testing.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * A content key rotation on a database holding a value in every sealed column: new values are
 * sealed under the new key at once; the re-sealing job moves the older values over in batches,
 * every value opening after every batch; a second rotation in the middle is taken in its stride;
 * and once nothing is left under the older keys (and every node has had time to learn of the new
 * one) they are retired, with one log line each naming the key by number only.
 */
abstract class KeyRotation {

  // Starts now: the staff's authenticator codes are made on the system clock.
  private final MutableClock clock = new MutableClock(Instant.now().truncatedTo(ChronoUnit.MICROS));
  private final byte[] secret = new byte[32];
  private final ListAppender<ILoggingEvent> log = new ListAppender<>();
  private final Logger resealingLog = (Logger) LoggerFactory.getLogger(Resealing.class);
  private Database database;
  private ContentKeys keys;
  private FieldCipher cipher;
  private Confide confide;

  /** An empty database at the current schema. */
  abstract Database database();

  @BeforeEach
  void openTheStore() {
    database = database();
    new SecureRandom().nextBytes(secret);
    keys = new ContentKeys(database.transactions());
    var random = new SecureRandom();
    var derived = new HashMap<Integer, byte[]>();
    // Keys by number, as a server derives them from its secret key file.
    cipher =
        new FieldCipher(
            id ->
                derived.computeIfAbsent(
                    id,
                    any -> {
                      var key = new byte[32];
                      random.nextBytes(key);
                      return key;
                    }),
            keys::current,
            random);
    confide = PersistentConfide.confide(database, cipher, secret, clock);
    log.start();
    resealingLog.addAppender(log);
    resealingLog.setLevel(Level.INFO);
  }

  @AfterEach
  void stopListening() {
    resealingLog.detachAppender(log);
    resealingLog.setLevel(null);
  }

  @Test
  void values_move_to_the_new_key_in_batches_all_readable_throughout_and_the_old_keys_retire() {
    var written = new SealedEverywhere(new ArrayList<>()).write(confide);
    var urgent =
        confide
            .submitReport()
            .submit(AReport.anonymous().answer("immediate-danger", "yes").build())
            .orElseThrow();
    var before = everyValueByColumnAndKey();
    assertThat(before.keySet())
        .as("every sealed column holds a value")
        .containsExactlyInAnyOrderElementsOf(
            Resealing.SEALED.stream().map(c -> c.table() + "." + c.column()).toList());
    assertThat(before.values()).allSatisfy(byKey -> assertThat(byKey).containsOnlyKeys(1));

    assertThat(keys.rotate(clock.instant()))
        .isEqualTo(new ContentKeys.Rotation.Rotated(2, List.of(1)));
    var later =
        confide.submitReport().submit(AReport.anonymous().account("After.").build()).orElseThrow();
    assertThat(everyValueByColumnAndKey().get("reports.account")).containsKeys(1, 2);

    var resealing = new Resealing(database.transactions(), cipher, keys, clock, 3);
    int runs = 0;
    int resealed = 0;
    while (true) {
      int done = resealing.run();
      runs++;
      everyValueByColumnAndKey(); // opens every value: all readable after each batch
      if (runs == 2) {
        // A second rotation while the first is still being worked through.
        assertThat(keys.rotate(clock.instant()))
            .isEqualTo(new ContentKeys.Rotation.Rotated(3, List.of(1, 2)));
      }
      if (done == 0) {
        break;
      }
      assertThat(done).isLessThanOrEqualTo(3);
      resealed += done;
    }
    assertThat(runs).isGreaterThan(5);
    assertThat(resealed).isGreaterThan(15);
    assertThat(resealing.valuesByKey()).containsOnlyKeys(3);
    // Nothing is left under keys 1 and 2, but a node may not have learnt of key 3 yet.
    assertThat(keys.keys()).allSatisfy(key -> assertThat(key.retiredAt()).isEmpty());

    clock.advance(ContentKeys.KEPT.multipliedBy(2).plus(Duration.ofSeconds(1)));
    assertThat(resealing.run()).isZero();
    assertThat(keys.keys())
        .extracting(key -> key.id() + ":" + key.retiredAt().isPresent())
        .containsExactly("1:true", "2:true", "3:false");
    assertThat(log.list)
        .extracting(ILoggingEvent::getFormattedMessage)
        .containsExactly(
            "Content key 1 is no longer used: every sealed value is under key 3",
            "Content key 2 is no longer used: every sealed value is under key 3");
    // Retired keys stay retired; another run reads no sealed value.
    assertThat(resealing.run()).isZero();
    assertThat(log.list).hasSize(2);

    // And the use cases read it all, as before.
    var adviser = written.adviser();
    var caseFile =
        confide
            .viewCase()
            .view(adviser, new ViewCaseUseCase.Command(written.named()))
            .orElseThrow();
    assertThat(caseFile.account()).contains(SealedEverywhere.CANARIES.get(0));
    assertThat(caseFile.contact().orElseThrow().name()).isEqualTo(SealedEverywhere.CANARIES.get(3));
    var reporter =
        confide
            .openReporterSession()
            .open(
                new OpenReporterSessionUseCase.Command(urgent.accessCode().orElseThrow().display()))
            .orElseThrow()
            .token();
    assertThat(confide.readMyReport().read(reporter).isDone()).isTrue();
    assertThat(
            confide
                .viewCase()
                .view(adviser, new ViewCaseUseCase.Command(later.reference()))
                .orElseThrow()
                .account())
        .contains("After.");
  }

  @Test
  void without_a_rotation_the_job_reads_nothing_and_changes_nothing() {
    new SealedEverywhere(new ArrayList<>()).write(confide);
    var resealing = new Resealing(database.transactions(), cipher, keys, clock, 3);
    clock.advance(Duration.ofHours(1));

    assertThat(resealing.run()).isZero();
    assertThat(keys.current()).isEqualTo(1);
    assertThat(keys.keys()).allSatisfy(key -> assertThat(key.retiredAt()).isEmpty());
    assertThat(log.list).isEmpty();
  }

  /**
   * Every sealed value, opened for its place (so this throws if one does not open), counted by
   * column and by the key it is under.
   */
  private Map<String, Map<Integer, Integer>> everyValueByColumnAndKey() {
    var counts = new TreeMap<String, Map<Integer, Integer>>();
    database
        .jdbi()
        .useHandle(handle -> {
          for (var column : Resealing.SEALED) {
            var select =
                "select %s, %s from %s where %s is not null"
                    .formatted(
                        String.join(", ", column.row()),
                        column.column(),
                        column.table(),
                        column.column());
            handle
                .createQuery(select)
                .map((row, ctx) -> {
                  var names = new ArrayList<Object>();
                  for (int i = 1; i <= column.row().size(); i++) {
                    names.add(row.getObject(i));
                  }
                  var sealed = row.getBytes(column.row().size() + 1);
                  cipher.open(sealed, column.context().apply(names));
                  return FieldCipher.keyIdOf(sealed);
                })
                .forEach(key ->
                    counts
                        .computeIfAbsent(
                            column.table() + "." + column.column(), any -> new TreeMap<>())
                        .merge(key, 1, Integer::sum));
          }
        });
    return counts;
  }
}
