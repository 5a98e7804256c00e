package org.confide.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.confide.application.Confide;
import org.confide.application.crypto.Totp;
import org.confide.application.port.in.LogInStaffUseCase;
import org.confide.application.port.in.OpenReporterSessionUseCase;
import org.confide.application.port.in.Outcome;
import org.confide.application.port.in.SessionGrant;
import org.confide.application.port.in.SessionToken;
import org.confide.application.port.in.SignInDenial;
import org.confide.application.port.in.ViewCaseUseCase;
import org.confide.domain.shared.ReportReference;
import org.confide.testing.AReport;
import org.confide.testing.MutableClock;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;

/**
 * An upgrade from the schema of V10, the last before migration 11, to today's: a database is made
 * with the migrations exactly as they were then (a frozen copy in {@code
 * src/test/resources/upgrade/v10}, taken from commit {@code a10768f4}; see {@code FROZEN.txt}
 * there), given a row in every one of its tables, opened as Confide opens a database (which runs
 * today's migrations), and found whole: every row of every table as it was, and every case, thread
 * and staff sign-in read through the use cases as before the upgrade.
 *
 * <p>The rows are written by today's use cases on a database of today's schema and copied, column
 * by column, into the V10 one (every V10 column still exists today). So the test holds the schema
 * and the migrations to the data of that time, but not a value format the code of that time wrote
 * and today's no longer writes: such a change needs a test of its own.
 */
abstract class UpgradeFromV10 extends OnAFreshDatabase {

  /**
   * The tables of V10, each after those its foreign keys point to, in the order the rows are
   * copied.
   */
  private static final List<String> V10_TABLES =
      List.of(
          "reports",
          "access_codes",
          "submission_keys",
          "message_threads",
          "messages",
          "internal_notes",
          "escalations",
          "escalation_steps",
          "staff",
          "sessions",
          "audit_events",
          "settings",
          "questionnaires",
          "trend_cells",
          "pattern_keys",
          "job_leases",
          "deadline_marks",
          "staff_authenticators",
          "staff_recovery_codes");

  /**
   * The tables of V10 that a later migration dropped: {@code access_codes}, whose digests are a
   * column of {@code reports} since migration 15. The copy writes them from that column, and the
   * comparison reads that column where both databases have it.
   */
  private static final List<String> DROPPED = List.of("access_codes");

  /** Columns their database fills itself unless told otherwise. */
  private static final List<String> GENERATED = List.of("internal_notes", "audit_events");

  // Starts now: the staff's authenticator codes are made on the system clock.
  private final MutableClock clock = new MutableClock(Instant.now().truncatedTo(ChronoUnit.MICROS));
  private final byte[] cipherKey = random();
  private final byte[] secret = random();

  /** An empty database at today's schema, where the rows are written first. */
  abstract Database today();

  @Test
  void a_v10_database_with_a_row_in_every_table_upgrades_and_reads_back_whole() {
    var source = today();
    var before = PersistentConfide.confide(source, cipherKey, secret, clock);
    var written = writeEverything(before, source);

    flyway().locations("classpath:upgrade/v10").load().migrate();
    assertThat(tables(jdbi())).containsExactlyInAnyOrderElementsOf(V10_TABLES);
    jdbi().useHandle(target -> source.jdbi().useHandle(from -> copy(from, target)));
    int codesAtV10 =
        jdbi()
            .withHandle(handle ->
                handle.select("select count(*) from access_codes").mapTo(Integer.class).one());
    assertThat(codesAtV10)
        .as("the V10 database holds access codes in their own table")
        .isPositive();
    var rowsBefore = rows(source.jdbi());
    assertThat(rowsBefore)
        .as("a row in every table of V10")
        .allSatisfy((table, rows) -> assertThat(rows).as(table).isNotEmpty());

    try (var upgraded = open()) {
      var rowsAfter = rows(upgraded.jdbi());
      // Events recorded before V18 carry no link: the chain starts after them (README).
      assertThat(rowsAfter.get("audit_events"))
          .allSatisfy(row -> {
            assertThat(row.get("chain_position")).isNull();
            assertThat(row.get("chain_hash")).isNull();
            // And before V38 no coded note: each is shown as recorded, in English.
            assertThat(row.get("detail_code")).isNull();
            assertThat(row.get("detail_arguments")).isNull();
          });
      // Nobody has signed in since V20 came: no last sign-in is known yet.
      assertThat(rowsAfter.get("staff"))
          .allSatisfy(row -> assertThat(row.get("last_signed_in_at")).isNull());
      assertThat(unchained(rowsAfter)).isEqualTo(unchained(rowsBefore));
      assertThat(tables(upgraded.jdbi())).doesNotContain("access_codes");
      var after = PersistentConfide.confide(upgraded, cipherKey, secret, clock);

      var references =
          rowsBefore.get("reports").stream()
              .map(row -> new ReportReference(row.get("reference")))
              .toList();
      var viewed = 0;
      for (var reference : references) {
        var command = new ViewCaseUseCase.Command(reference);
        var then = before.viewCase().view(written.staff(), command);
        assertThat(after.viewCase().view(written.staff(), command)).isEqualTo(then);
        viewed += then.isDone() ? 1 : 0;
      }
      assertThat(viewed).isGreaterThanOrEqualTo(2);
      assertThat(after.readMyThread().read(reporter(after, written.code())).orElseThrow())
          .isEqualTo(before.readMyThread().read(reporter(before, written.code())).orElseThrow());

      // The adviser's authenticator secret opens: a sign-in with the app's next code works.
      clock.advance(Duration.ofSeconds(Totp.STEP_SECONDS * 2));
      assertThat(signInAdviser(after, written.adviserSecret()).isDone()).isTrue();
    }
  }

  private record Written(SessionToken staff, String adviserSecret, String code) {}

  /**
   * The rows without the audit chain's columns, the audit notes' codes (V38) and the staff's last
   * sign-in (V20), which a database of V10 cannot have filled.
   */
  private static Map<String, List<Map<String, String>>> unchained(
      Map<String, List<Map<String, String>>> rows) {
    var copy = new LinkedHashMap<>(rows);
    copy.computeIfPresent(
        "audit_events",
        (table, events) ->
            events.stream()
                .map(row -> {
                  var kept = new LinkedHashMap<>(row);
                  kept.remove("chain_position");
                  kept.remove("chain_hash");
                  kept.remove("detail_code");
                  kept.remove("detail_arguments");
                  return (Map<String, String>) kept;
                })
                .toList());
    copy.computeIfPresent(
        "staff",
        (table, accounts) ->
            accounts.stream()
                .map(row -> {
                  var kept = new LinkedHashMap<>(row);
                  kept.remove("last_signed_in_at");
                  return (Map<String, String>) kept;
                })
                .toList());
    return copy;
  }

  /**
   * Writes a row into every table through the use cases: what {@link SealedEverywhere} writes, a
   * report with an idempotency key and an urgent one (risk reasons, an escalation by the policy),
   * the deadline marks of a case left overdue and an escalation left unacknowledged, a job's lease;
   * then signs the adviser in again (the earlier sessions have expired by then).
   */
  private Written writeEverything(Confide confide, Database database) {
    var sealed = new SealedEverywhere(new ArrayList<>()).write(confide);
    confide
        .submitReport()
        .submit(
            AReport.anonymous()
                .answer("immediate-danger", "yes")
                .idempotencyKey("upgrade-test-key-1")
                .build())
        .orElseThrow();
    // The settings in force, stored as an administrator's first change stores them.
    var settings = new JdbiSettings(database.transactions());
    database
        .transactions()
        .inTransaction(() -> {
          settings.save(settings.currentForChange());
          return null;
        });
    var leases = new JdbiJobLeases(database.transactions());
    leases.acquire("overdue-marking", "node-a", clock.instant(), Duration.ofMinutes(1));
    leases.ranAt("overdue-marking", "node-a", clock.instant());

    clock.advance(Duration.ofDays(14));
    assertThat(confide.markOverdueCases().mark()).isPositive();
    assertThat(confide.remindUnacknowledgedEscalations().remind()).isPositive();

    var adviser = signInAdviser(confide, sealed.adviserSecret()).orElseThrow().token();
    return new Written(adviser, sealed.adviserSecret(), sealed.anonymousCode());
  }

  /** The adviser's sign-in with their password and their app's code of the moment. */
  private Outcome<SessionGrant, SignInDenial> signInAdviser(Confide confide, String secret) {
    var code = Totp.code(Totp.fromBase32(secret), Totp.step(clock.instant()));
    return confide
        .logInStaff()
        .logIn(
            new LogInStaffUseCase.Command(
                "adviser@example.ac.uk",
                SealedEverywhere.PASSWORD.toCharArray(),
                Optional.of(code)));
  }

  private static SessionToken reporter(Confide confide, String code) {
    return confide
        .openReporterSession()
        .open(new OpenReporterSessionUseCase.Command(code))
        .orElseThrow()
        .token();
  }

  /** Every row of every V10 table in {@code from} into the same table of {@code target}. */
  private static void copy(Handle from, Handle target) {
    for (var table : V10_TABLES) {
      var columns = columns(target, table);
      var select =
          table.equals("access_codes")
              ? "select reference, access_code_digest from reports"
                  + " where access_code_digest is not null"
              : "select " + String.join(", ", columns) + " from " + table;
      var rows = from.createQuery(select).map((row, ctx) -> values(row, columns.size())).list();
      var insert =
          "insert into %s (%s) %s values (%s)"
              .formatted(
                  table,
                  String.join(", ", columns),
                  GENERATED.contains(table) ? "overriding system value" : "",
                  String.join(", ", columns.stream().map(column -> ":" + column).toList()));
      for (var row : rows) {
        var update = target.createUpdate(insert);
        for (int i = 0; i < columns.size(); i++) {
          update.bind(columns.get(i), row.get(i));
        }
        update.execute();
      }
    }
  }

  private static List<Object> values(ResultSet row, int count) throws SQLException {
    var values = new ArrayList<Object>();
    var meta = row.getMetaData();
    for (int i = 1; i <= count; i++) {
      values.add(
          isTimestampWithZone(meta.getColumnTypeName(i))
              ? row.getObject(i, OffsetDateTime.class)
              : row.getObject(i));
    }
    return values;
  }

  private static boolean isTimestampWithZone(String typeName) {
    var name = typeName.toLowerCase(Locale.ROOT);
    return name.equals("timestamptz") || name.contains("with time zone");
  }

  /** The columns of {@code table} in the database of {@code handle}, in their order. */
  private static List<String> columns(Handle handle, String table) {
    return handle
        .createQuery(
            "select column_name from information_schema.columns"
                + " where table_schema = current_schema() and lower(table_name) = :table"
                + " order by ordinal_position")
        .bind("table", table)
        .mapTo(String.class)
        .map(name -> name.toLowerCase(Locale.ROOT))
        .list();
  }

  private static List<String> tables(Jdbi jdbi) {
    return jdbi.withHandle(handle ->
        handle
            .createQuery(
                "select lower(table_name) from information_schema.tables"
                    + " where table_schema = current_schema() and table_type = 'BASE TABLE'"
                    + " and lower(table_name) <> 'flyway_schema_history'")
            .mapTo(String.class)
            .list());
  }

  /**
   * Every row of every V10 table, as text (bytes in hexadecimal, times as instants), sorted: what
   * an upgrade must keep.
   */
  private static Map<String, List<Map<String, String>>> rows(Jdbi jdbi) {
    return jdbi.withHandle(handle -> {
      var all = new LinkedHashMap<String, List<Map<String, String>>>();
      for (var table : V10_TABLES) {
        if (DROPPED.contains(table)) {
          continue;
        }
        var columns = columns(handle, table);
        var rows =
            handle
                .createQuery("select " + String.join(", ", columns) + " from " + table)
                .map((row, ctx) -> {
                  var values = values(row, columns.size());
                  var text = new LinkedHashMap<String, String>();
                  for (int i = 0; i < columns.size(); i++) {
                    text.put(columns.get(i), asText(values.get(i)));
                  }
                  return (Map<String, String>) text;
                })
                .list();
        var sorted = new ArrayList<>(rows);
        sorted.sort(Comparator.comparing(Object::toString));
        all.put(table, sorted);
      }
      return all;
    });
  }

  private static String asText(Object value) {
    return switch (value) {
      case null -> null;
      case byte[] bytes -> HexFormat.of().formatHex(bytes);
      case OffsetDateTime time -> time.toInstant().toString();
      case Number number -> Long.toString(number.longValue());
      default -> value.toString();
    };
  }

  private static byte[] random() {
    var bytes = new byte[32];
    new SecureRandom().nextBytes(bytes);
    return bytes;
  }
}
