import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.javalin.Javalin;
import io.javalin.http.HandlerType;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * The ceiling for the submission benchmark: a bare Javalin route on the same Jetty, virtual threads
 * and connection pool settings as Confide, that does nothing but insert the request body as one row
 * in one transaction with plain JDBC, on the same database. Run with the Confide jar on the class
 * path (it holds Javalin, HikariCP and both drivers):
 *
 * <pre>java -cp bootstrap/target/confide.jar bench/Ceiling.java JDBC_URL PORT POOL_SIZE</pre>
 */
public class Ceiling {
  public static void main(String[] args) {
    var config = new HikariConfig();
    config.setJdbcUrl(args[0]);
    config.setMaximumPoolSize(Integer.parseInt(args[2]));
    config.setConnectionTimeout(3_000);
    var pool = new HikariDataSource(config);
    try (var connection = pool.getConnection();
        var statement = connection.createStatement()) {
      statement.execute(
          "create table if not exists bench_ceiling (id varchar(36) primary key,"
              + " received_at timestamp with time zone not null, body bytea not null)");
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
    Javalin.create(cfg -> {
          cfg.startup.showJavalinBanner = false;
          cfg.concurrency.useVirtualThreads = true;
          cfg.routes.addHttpHandler(
              HandlerType.POST,
              "/ceiling",
              ctx -> {
                byte[] body = ctx.bodyAsBytes();
                try (var connection = pool.getConnection()) {
                  connection.setAutoCommit(false);
                  try (var insert =
                      connection.prepareStatement("insert into bench_ceiling values (?, ?, ?)")) {
                    insert.setString(1, UUID.randomUUID().toString());
                    insert.setObject(2, OffsetDateTime.now(ZoneOffset.UTC));
                    insert.setBytes(3, body);
                    insert.executeUpdate();
                  }
                  connection.commit();
                }
                ctx.status(201).contentType("application/json").result("{\"stored\":true}");
              });
        })
        .start(Integer.parseInt(args[1]));
    System.out.println("CEILING READY");
  }
}
