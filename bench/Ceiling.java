import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.javalin.Javalin;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;
import org.confide.adapter.persistence.Schema;

/**
 * The references for the submission benchmark, on the same Jetty, virtual threads and connection
 * pool settings as Confide, with plain JDBC in one transaction, on the same database:
 *
 * <ul>
 *   <li>{@code POST /ceiling}, the ceiling: a bare route that does nothing but insert the request
 *       body as one row.
 *   <li>{@code POST /submission-writes}: a bare route that makes the same two writes as a
 *       submission of {@code bench/report.json} makes, in Confide's own schema (its migrations,
 *       run here too): the report with its access code's digest (the body split in two stands for
 *       its sealed answers and account), and the count in its trend cell (a shard no other request
 *       holds, as Confide picks). What a submission costs beyond this route is
 *       Confide's own code; what this route costs beyond the ceiling is the writes themselves. On
 *       PostgreSQL they go into the very tables Confide writes to, in the benchmark's own database,
 *       which each run drops; on H2, into a file of the ceiling's own.
 * </ul>
 *
 * Run with the Confide jar on the class path (it holds Javalin, HikariCP, Confide's schema and its migrations
 * and both drivers):
 *
 * <pre>java -cp bootstrap/target/confide.jar bench/Ceiling.java JDBC_URL PORT POOL_SIZE</pre>
 */
public class Ceiling {
  private static final String SYMBOLS = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
  private static final int SHARDS = 16;
  private static final ConcurrentLinkedQueue<Integer> FREE_SHARDS = new ConcurrentLinkedQueue<>();
  private static final SecureRandom RANDOM = new SecureRandom();

  public static void main(String[] args) {
    var config = new HikariConfig();
    config.setJdbcUrl(args[0]);
    config.setMaximumPoolSize(Integer.parseInt(args[2]));
    config.setConnectionTimeout(3_000);
    var pool = new HikariDataSource(config);
    // Confide's schema, as Confide migrates it (on PostgreSQL it has done so already).
    Schema.migrate(pool);
    try (var connection = pool.getConnection();
        var statement = connection.createStatement()) {
      statement.execute(
          "create table if not exists bench_ceiling (id varchar(36) primary key,"
              + " received_at timestamp with time zone not null, body bytea not null)");
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    for (int shard = 0; shard < SHARDS; shard++) {
      FREE_SHARDS.add(shard);
    }
    Javalin.create(cfg -> {
          cfg.startup.showJavalinBanner = false;
          cfg.concurrency.useVirtualThreads = true;
          cfg.routes.addHttpHandler(
              HandlerType.POST, "/ceiling", stored(pool, Ceiling::ceilingWrite));
          cfg.routes.addHttpHandler(
              HandlerType.POST, "/submission-writes", stored(pool, Ceiling::submissionWrites));
        })
        .start(Integer.parseInt(args[1]));
    System.out.println("CEILING READY");
  }

  /**
   * What one route writes from a request's body, in the transaction of {@code connection}; it
   * answers what is to be done once that transaction has ended.
   */
  private interface Writes {
    Runnable write(Connection connection, byte[] body) throws SQLException;
  }

  /** A route that makes {@code writes} in one transaction, then answers 201. */
  private static Handler stored(DataSource pool, Writes writes) {
    return ctx -> {
      byte[] body = ctx.bodyAsBytes();
      Runnable afterEnd = () -> {};
      try (var connection = pool.getConnection()) {
        connection.setAutoCommit(false);
        afterEnd = writes.write(connection, body);
        connection.commit();
      } finally {
        afterEnd.run();
      }
      ctx.status(201).contentType("application/json").result("{\"stored\":true}");
    };
  }

  private static Runnable ceilingWrite(Connection connection, byte[] body) throws SQLException {
    try (var insert = connection.prepareStatement("insert into bench_ceiling values (?, ?, ?)")) {
      insert.setString(1, UUID.randomUUID().toString());
      insert.setObject(2, OffsetDateTime.now(ZoneOffset.UTC));
      insert.setBytes(3, body);
      insert.executeUpdate();
    }
    return () -> {};
  }

  private static Runnable submissionWrites(Connection connection, byte[] body)
      throws SQLException {
    var now = OffsetDateTime.now(ZoneOffset.UTC);
    var reference = reference();
    var digest = new byte[32];
    RANDOM.nextBytes(digest);
    try (var insert =
        connection.prepareStatement(
            "insert into reports (reference, questionnaire_version, received_at, status, assignee,"
                + " closed_at, risk, anonymous, two_way_messaging, support_requested, answers,"
                + " account, contact, support_preference, version, access_code_digest)"
                + " values (?, 1, ?, 'NEW', null, null, 'NONE', true, true, false, ?, ?, null,"
                + " null, 0, ?) on conflict do nothing")) {
      insert.setString(1, reference);
      insert.setObject(2, now);
      insert.setBytes(3, Arrays.copyOfRange(body, 0, body.length / 2));
      insert.setBytes(4, Arrays.copyOfRange(body, body.length / 2, body.length));
      insert.setString(5, HexFormat.of().formatHex(digest));
      insert.executeUpdate();
    }
    // Like Confide, a shard no other transaction holds, kept until this one ends; a random one
    // if every shard is taken.
    var free = FREE_SHARDS.poll();
    int shard = free == null ? ThreadLocalRandom.current().nextInt(SHARDS) : free;
    Runnable release = free == null ? () -> {} : () -> FREE_SHARDS.add(free);
    var month = now.toString().substring(0, 7);
    try {
      int counted;
      try (var update =
          connection.prepareStatement(
              "update trend_cells set reports = reports + 1 where received_month = ?"
                  + " and incident_types = 'harassment' and where_option = 'on-campus'"
                  + " and reporter_role = 'student' and anonymous = true and shard = ?")) {
        update.setString(1, month);
        update.setInt(2, shard);
        counted = update.executeUpdate();
      }
      if (counted == 0) {
        try (var insert =
            connection.prepareStatement(
                "insert into trend_cells (received_month, incident_types, where_option,"
                    + " reporter_role, anonymous, shard, reports)"
                    + " values (?, 'harassment', 'on-campus', 'student', true, ?, 1)"
                    + " on conflict do nothing")) {
          insert.setString(1, month);
          insert.setInt(2, shard);
          insert.executeUpdate();
        }
      }
    } catch (SQLException | RuntimeException e) {
      release.run();
      throw e;
    }
    return release;
  }

  private static String reference() {
    var random = ThreadLocalRandom.current();
    var reference = new StringBuilder(10);
    for (int i = 0; i < 10; i++) {
      reference.append(SYMBOLS.charAt(random.nextInt(SYMBOLS.length())));
    }
    return reference.toString();
  }
}
