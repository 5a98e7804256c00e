import java.security.SecureRandom;
import java.time.Duration;
import java.util.Map;
import org.confide.adapter.web.WebServer;
import org.confide.adapter.web.WebSettings;
import org.confide.adapter.web.security.FormKey;
import org.confide.application.crypto.Argon2idPasswords;
import org.confide.application.port.in.EnsureFirstAdministratorUseCase;
import org.confide.bootstrap.Configuration;
import org.confide.bootstrap.ServerKeys;
import org.confide.bootstrap.Wiring;
import org.confide.domain.staff.EmailAddress;

/**
 * The target of security/sqlmap.sh: Confide wired exactly as the server wires it (configuration
 * from the environment, the same adapters, services and web layer), with two changes that only
 * make sqlmap's thousands of tries reach the database: the guessing throttles are raised (code and
 * password tries), and password hashing is cheap. Run with the Confide jar on the class path:
 *
 * <pre>java -cp bootstrap/target/confide.jar security/SqlmapTarget.java</pre>
 *
 * It listens on 127.0.0.1 only, and prints SQLMAP TARGET READY when it answers.
 */
public class SqlmapTarget {
  public static void main(String[] args) throws InterruptedException {
    var reading = Configuration.read(System.getenv());
    if (!(reading instanceof Configuration.Reading.Valid valid)) {
      System.err.println("configuration: " + reading);
      System.exit(2);
      return;
    }
    var configuration = valid.configuration();
    var random = new SecureRandom();
    var keys =
        configuration.store() == Configuration.Store.MEMORY
            ? ServerKeys.random(random)
            : ServerKeys.loadOrCreate(configuration.secretKeyFile(), random);
    var clock = Wiring.systemClock();
    var wired =
        Wiring.wire(configuration, keys, clock, random, Argon2idPasswords.Parameters.forTestsOnly());
    configuration
        .firstAdministrator()
        .ifPresent(admin ->
            wired
                .confide()
                .ensureFirstAdministrator()
                .ensure(
                    new EnsureFirstAdministratorUseCase.Command(
                        EmailAddress.of(admin.email()),
                        "Administrator",
                        admin.password().toCharArray())));
    var defaults = WebSettings.defaults(clock, wired.databaseAnswers());
    var settings =
        new WebSettings(
            false,
            defaults.maxBodyBytes(),
            true,
            1_000_000,
            1_000_000,
            1_000_000,
            Duration.ofMinutes(1),
            wired.databaseAnswers(),
            clock,
            defaults.quickExitUrl(),
            defaults.trustedProxies(),
            FormKey.of(keys.formKey()),
            defaults.publicOrigin(),
            defaults.requestObserver(),
            false,
            defaults.languages());
    WebServer.create(wired.confide(), settings).start("127.0.0.1", configuration.port());
    System.out.println("SQLMAP TARGET READY");
    // Jetty's threads are virtual, so they keep no JVM alive: this one waits until it is killed.
    Thread.currentThread().join();
  }
}
