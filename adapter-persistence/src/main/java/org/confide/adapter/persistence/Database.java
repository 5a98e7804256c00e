package org.confide.adapter.persistence;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.metrics.micrometer.MicrometerMetricsTrackerFactory;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import org.confide.domain.shared.Language;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.array.SqlArrayTypes;

/**
 * A connection pool on H2 or PostgreSQL, migrated to the current schema by Flyway, with Jdbi on
 * top. Connections time out after a few seconds, so an absent or overloaded database fails a
 * request quickly instead of hanging it.
 */
public final class Database implements AutoCloseable {

  /** How long a request waits for a connection before failing. */
  public static final Duration CONNECTION_TIMEOUT = Duration.ofSeconds(3);

  /**
   * How long a statement waits for a row another transaction holds before the database refuses it
   * (and {@link JdbiTransactions} runs the transaction again): so that a transaction stuck holding
   * a lock delays others by seconds, never hangs them.
   */
  public static final Duration LOCK_TIMEOUT = Duration.ofSeconds(2);

  // MODE=PostgreSQL lets one set of migrations and queries run on both databases.
  // WRITE_DELAY=0 writes every commit before the commit returns: H2's default of 500 ms would
  // lose reports already acknowledged to their reporters if the process were killed.
  // DB_CLOSE_ON_EXIT=FALSE: H2's own shutdown hook would close the database while the server's
  // hook still needs it (to give up its job leases); the server closes it last, with the pool.
  private static final String H2_OPTIONS =
      ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;WRITE_DELAY=0"
          + ";DB_CLOSE_ON_EXIT=FALSE"
          + ";LOCK_TIMEOUT="
          + LOCK_TIMEOUT.toMillis();

  private final HikariDataSource dataSource;
  // A pool of its own for /health, so that a health check answers while every request connection
  // is busy (the database is up, only busy), and fails fast when the database is down.
  private final HikariDataSource healthSource;
  private final Jdbi jdbi;
  private final JdbiTransactions transactions;
  private final Kind kind;

  /** Which database is underneath. */
  public enum Kind {
    H2,
    POSTGRES
  }

  private Database(HikariConfig config, Kind kind, Language firstLanguage) {
    this.kind = kind;
    config.setConnectionTimeout(CONNECTION_TIMEOUT.toMillis());
    config.setValidationTimeout(Duration.ofSeconds(2).toMillis());
    config.setPoolName("confide");
    var health = new HikariConfig();
    config.copyStateTo(health);
    health.setPoolName("confide-health");
    health.setMaximumPoolSize(1);
    health.setMinimumIdle(0);
    health.setConnectionTimeout(Duration.ofSeconds(2).toMillis());
    health.setValidationTimeout(Duration.ofSeconds(1).toMillis());
    this.dataSource = new HikariDataSource(config);
    this.healthSource = new HikariDataSource(health);
    try {
      Schema.migrate(dataSource, firstLanguage);
    } catch (RuntimeException e) {
      healthSource.close();
      dataSource.close();
      throw e;
    }
    this.transactions = new JdbiTransactions(dataSource);
    this.jdbi = transactions.jdbi();
    // Jdbi makes a configuration it has not made yet in the statement that first asks for it, and
    // every statement starts from a copy of the root: made once here, the array types are copied
    // into each statement instead of built afresh, which cost about 4% of a submission's CPU.
    jdbi.getConfig(SqlArrayTypes.class);
  }

  /** The embedded H2 database in {@code directory}, created if need be, English first. */
  public static Database h2File(Path directory) {
    return h2File(directory, Language.ENGLISH);
  }

  /**
   * The embedded H2 database in {@code directory}, created if need be.
   *
   * @param directory where the database's files are
   * @param firstLanguage the first language offered, which what was written before languages is in
   * @return the database, migrated
   */
  public static Database h2File(Path directory, Language firstLanguage) {
    var config = new HikariConfig();
    config.setJdbcUrl("jdbc:h2:file:" + directory.toAbsolutePath().resolve("confide") + H2_OPTIONS);
    config.setUsername("confide");
    config.setPassword("");
    config.setMaximumPoolSize(10);
    return new Database(config, Kind.H2, firstLanguage);
  }

  /** A private in-memory H2 database, for tests; it lives until this database is closed. */
  public static Database h2Memory(String name) {
    return h2Memory(name, Language.ENGLISH);
  }

  /**
   * A private in-memory H2 database, for tests; it lives until this database is closed.
   *
   * @param name its name
   * @param firstLanguage the first language offered, which what was written before languages is in
   * @return the database, migrated
   */
  public static Database h2Memory(String name, Language firstLanguage) {
    var config = new HikariConfig();
    config.setJdbcUrl("jdbc:h2:mem:" + name + H2_OPTIONS + ";DB_CLOSE_DELAY=-1");
    config.setUsername("sa");
    config.setPassword("");
    config.setMaximumPoolSize(10);
    return new Database(config, Kind.H2, firstLanguage);
  }

  /** PostgreSQL at {@code url}, English first. */
  public static Database postgres(String url, Optional<String> user, Optional<String> password) {
    return postgres(url, user, password, Language.ENGLISH);
  }

  /**
   * PostgreSQL at {@code url}.
   *
   * @param url the JDBC address
   * @param user the user, if not in the address
   * @param password the password, if not in the address
   * @param firstLanguage the first language offered, which what was written before languages is in
   * @return the database, migrated
   */
  public static Database postgres(
      String url, Optional<String> user, Optional<String> password, Language firstLanguage) {
    Objects.requireNonNull(url, "url must not be null");
    var config = new HikariConfig();
    config.setJdbcUrl(url);
    user.ifPresent(config::setUsername);
    password.ifPresent(config::setPassword);
    config.setMaximumPoolSize(16);
    // PostgreSQL's just-in-time compiler is off: it compiles a query whose estimated cost is high,
    // and the correlated tests of the case lists and the dashboard are estimated high however few
    // rows they read, so it spent 40 ms compiling a case-list page that ran in 5 ms (over a
    // second for the dashboard's workload query). Confide's queries are short; none gains by it.
    config.setConnectionInitSql(
        "set lock_timeout = " + LOCK_TIMEOUT.toMillis() + "; set jit = off");
    return new Database(config, Kind.POSTGRES, firstLanguage);
  }

  public Jdbi jdbi() {
    return jdbi;
  }

  /** The unit of work every Jdbi adapter of this database joins. */
  public JdbiTransactions transactions() {
    return transactions;
  }

  public Kind kind() {
    return kind;
  }

  /**
   * Records both pools' metrics (connections active, idle, pending, acquisition and usage times,
   * timeouts) in {@code registry}, through HikariCP's own Micrometer tracker, tagged {@code
   * pool="confide"} and {@code pool="confide-health"}. Call it once, right after the database is
   * opened; the metrics hold counts and times only, never a query or a value.
   */
  public void recordPoolMetrics(MeterRegistry registry) {
    var tracker = new MicrometerMetricsTrackerFactory(registry);
    dataSource.setMetricsTrackerFactory(tracker);
    healthSource.setMetricsTrackerFactory(tracker);
  }

  /**
   * Whether the database answers within about two seconds, asked on a connection of its own so that
   * the answer is yes while the request pool is merely busy.
   */
  public boolean isAnswering() {
    try (var connection = healthSource.getConnection()) {
      return connection.isValid(2);
    } catch (java.sql.SQLException | RuntimeException e) {
      return false;
    }
  }

  @Override
  public void close() {
    healthSource.close();
    dataSource.close();
  }

  @Override
  public String toString() {
    return "Database[" + kind + "]";
  }
}
