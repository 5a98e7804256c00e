package org.confide.adapter.persistence;

import java.nio.file.Files;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.confide.application.Confide;
import org.confide.application.port.in.CreateStaffUseCase;
import org.confide.application.port.in.EnsureFirstAdministratorUseCase;
import org.confide.application.port.in.LogInStaffUseCase;
import org.confide.application.port.in.ReadTrendsUseCase;
import org.confide.application.port.in.SessionToken;
import org.confide.domain.analytics.Count;
import org.confide.domain.analytics.ReportFacts;
import org.confide.domain.analytics.TrendDimension;
import org.confide.domain.questionnaire.OptionId;
import org.confide.domain.staff.EmailAddress;
import org.confide.domain.staff.Role;
import org.confide.testing.TwoFactor;

/**
 * Seeds one million reports' trend facts and times trend tables read through the use case (session
 * check, counting in the database, suppression, audit), on an H2 file database and, when {@code
 * CONFIDE_TEST_POSTGRES_URL} names one it may empty, on PostgreSQL. Not a test: it asserts no time;
 * it prints what it measured. Run it as the README says:
 *
 * <pre>{@code ./mvnw -B -q -pl adapter-persistence -am test-compile exec:java}</pre>
 *
 * <p>Arguments: the number of reports (1000000), then {@code h2}, {@code postgres} or both.
 */
public final class TrendsBenchmark {

  private static final YearMonth LAST = YearMonth.of(2026, 10);
  private static final int MONTHS = 24;
  private static final int BATCH = 20_000;
  private static final int RUNS = 10;
  private static final String[] TYPES = {
    "relationship-abuse",
    "bullying",
    "discrimination",
    "harassment",
    "hate-incident",
    "physical-violence",
    "sexual-misconduct",
    "stalking",
    "other"
  };
  private static final String[] PLACES = {"on-campus", "off-campus", "online", "prefer-not-to-say"};
  private static final String[] ROLES = {
    "student", "staff", "visitor", "other", "prefer-not-to-say"
  };

  private TrendsBenchmark() {}

  public static void main(String[] args) throws Exception {
    int reports = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    var which = args.length > 1 ? Set.of(Arrays.copyOfRange(args, 1, args.length)) : Set.of();
    System.out.printf(
        "Confide trends benchmark: %,d reports over %d months, %d timed runs per table%n",
        reports, MONTHS, RUNS);
    if (which.isEmpty() || which.contains("h2")) {
      var directory = Files.createTempDirectory("confide-bench-h2");
      try (var database = Database.h2File(directory)) {
        run("H2 (file)", database, reports);
      }
    }
    var url = TestDatabases.postgresUrl();
    if (which.isEmpty() || which.contains("postgres")) {
      if (url.isEmpty()) {
        System.out.println(
            "PostgreSQL: skipped, " + TestDatabases.POSTGRES_URL + " is not set (see README)");
      } else {
        try (var database = Database.postgres(url.get(), Optional.empty(), Optional.empty())) {
          TestDatabases.empty(database);
          run("PostgreSQL", database, reports);
          TestDatabases.empty(database);
        }
      }
    }
  }

  private static void run(String name, Database database, int reports) {
    var clock = Clock.fixed(Instant.parse("2026-11-02T10:00:00Z"), ZoneOffset.UTC);
    var random = new Random(42);
    var key = new byte[32];
    random.nextBytes(key);
    var confide = PersistentConfide.confide(database, key, key, clock);
    var token = analyst(confide);
    var facts = JdbiStores.on(database, TestCiphers.withKey(key)).trendFacts();

    long started = System.nanoTime();
    var batch = new ArrayList<ReportFacts>(BATCH);
    for (int i = 0; i < reports; i++) {
      batch.add(fact(random));
      if (batch.size() == BATCH || i == reports - 1) {
        var copy = List.copyOf(batch);
        database
            .transactions()
            .inTransaction(() -> {
              facts.recordAll(copy);
              return null;
            });
        batch.clear();
      }
    }
    System.out.printf(
        "%n%s: seeded %,d reports in %.1f s%n", name, reports, (System.nanoTime() - started) / 1e9);

    var first = LAST.minusMonths(MONTHS - 1);
    time(
        confide,
        token,
        name,
        new ReadTrendsUseCase.Command(first, LAST, List.of(TrendDimension.TYPE)),
        reports);
    time(
        confide,
        token,
        name,
        new ReadTrendsUseCase.Command(LAST.minusMonths(11), LAST, List.of(TrendDimension.WHERE)),
        -1);
    time(
        confide,
        token,
        name,
        new ReadTrendsUseCase.Command(
            first, LAST, List.of(TrendDimension.TYPE, TrendDimension.WHERE)),
        -1);
    time(
        confide,
        token,
        name,
        new ReadTrendsUseCase.Command(
            first, LAST, List.of(TrendDimension.MONTH, TrendDimension.TYPE)),
        -1);
    time(
        confide,
        token,
        name,
        new ReadTrendsUseCase.Command(
            first, LAST, List.of(TrendDimension.REPORTER_ROLE, TrendDimension.ANONYMOUS)),
        -1);
  }

  private static void time(
      Confide confide,
      SessionToken token,
      String name,
      ReadTrendsUseCase.Command query,
      long expected) {
    for (int i = 0; i < 3; i++) {
      confide.readTrends().read(token, query).orElseThrow();
    }
    var times = new double[RUNS];
    ReadTrendsUseCase.Trends last = null;
    for (int i = 0; i < RUNS; i++) {
      long start = System.nanoTime();
      last = confide.readTrends().read(token, query).orElseThrow();
      times[i] = (System.nanoTime() - start) / 1e6;
    }
    Arrays.sort(times);
    var total = last.table().total();
    if (expected >= 0 && !total.equals(new Count.Exact(expected))) {
      throw new IllegalStateException("counted " + total + ", expected " + expected);
    }
    System.out.printf(
        "%s: %s..%s by %-22s median %7.1f ms, slowest %7.1f ms (%d rows x %d columns, total %s)%n",
        name,
        query.from(),
        query.to(),
        String.join(",", query.by().stream().map(TrendDimension::parameter).toList()),
        times[RUNS / 2],
        times[RUNS - 1],
        last.table().rows().size(),
        Math.max(1, last.table().columns().size()),
        total.label());
  }

  private static SessionToken analyst(Confide confide) {
    var password = "a long enough benchmark password";
    confide
        .ensureFirstAdministrator()
        .ensure(
            new EnsureFirstAdministratorUseCase.Command(
                EmailAddress.of("admin@example.ac.uk"), "Admin", password.toCharArray()))
        .orElseThrow();
    var admin =
        TwoFactor.setUp(
                confide,
                confide
                    .logInStaff()
                    .logIn(
                        LogInStaffUseCase.Command.withPassword(
                            "admin@example.ac.uk", password.toCharArray()))
                    .orElseThrow()
                    .token(),
                Clock.systemUTC())
            .session();
    confide
        .createStaff()
        .create(
            admin,
            new CreateStaffUseCase.Command(
                "analyst@example.ac.uk", "Analyst", Set.of(Role.ANALYST), password.toCharArray()))
        .orElseThrow();
    return TwoFactor.setUp(
            confide,
            confide
                .logInStaff()
                .logIn(
                    LogInStaffUseCase.Command.withPassword(
                        "analyst@example.ac.uk", password.toCharArray()))
                .orElseThrow()
                .token(),
            Clock.systemUTC())
        .session();
  }

  /** One report's facts: one or two types, a place, a role, anonymous or not, any month. */
  private static ReportFacts fact(Random random) {
    var types = new ArrayList<OptionId>();
    types.add(OptionId.of(TYPES[random.nextInt(TYPES.length)]));
    if (random.nextInt(4) == 0) {
      var second = OptionId.of(TYPES[random.nextInt(TYPES.length)]);
      if (!types.contains(second)) {
        types.add(second);
      }
    }
    return new ReportFacts(
        LAST.minusMonths(random.nextInt(MONTHS)),
        types,
        random.nextInt(20) == 0
            ? Optional.empty()
            : Optional.of(OptionId.of(PLACES[random.nextInt(PLACES.length)])),
        Optional.of(OptionId.of(ROLES[random.nextInt(ROLES.length)])),
        random.nextInt(3) > 0);
  }
}
