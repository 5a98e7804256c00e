package org.confide.bootstrap;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.confide.adapter.mail.MailSettings;
import org.confide.adapter.web.SingleSignOnSettings;
import org.confide.adapter.web.WebSettings;
import org.confide.adapter.web.i18n.Languages;
import org.confide.adapter.web.security.TrustedProxies;

/**
 * The server's configuration, read from environment variables and checked as a whole at start, so
 * that a deployer sees every mistake at once, each named by its variable.
 *
 * @param port the HTTP port ({@code CONFIDE_PORT}, default 7070)
 * @param dataDirectory where the embedded database and the generated secret key live ({@code
 *     CONFIDE_DATA_DIR}, default {@code ./confide-data})
 * @param store where reports are kept ({@code CONFIDE_STORE}: {@code h2} by default, {@code
 *     postgres} when a database URL is given, or {@code memory})
 * @param databaseUrl the PostgreSQL JDBC URL ({@code CONFIDE_DATABASE_URL})
 * @param databaseUser ({@code CONFIDE_DATABASE_USER})
 * @param databasePassword ({@code CONFIDE_DATABASE_PASSWORD}), never printed
 * @param secretKeyFile the server secret ({@code CONFIDE_SECRET_KEY_FILE}, default a file in the
 *     data directory, created on first start)
 * @param firstAdministrator the administrator to create when no staff account exists ({@code
 *     CONFIDE_ADMIN_EMAIL} and {@code CONFIDE_ADMIN_PASSWORD}, both or neither)
 * @param quickExitUrl where the quick exit sends a reporter ({@code CONFIDE_QUICK_EXIT_URL},
 *     default a weather forecast)
 * @param trustedProxies the load balancers whose {@code X-Forwarded-For} names the client ({@code
 *     CONFIDE_TRUSTED_PROXIES}, addresses and CIDR blocks; default none)
 * @param behindTls whether every client reaches Confide over HTTPS ({@code CONFIDE_BEHIND_TLS},
 *     {@code true} or {@code false}, default false): then every cookie is {@code Secure} with the
 *     {@code __Host-} prefix, and every answer carries {@code Strict-Transport-Security}
 * @param publicOrigin the origin browsers reach Confide at ({@code CONFIDE_PUBLIC_URL}, such as
 *     {@code https://confide.example.ac.uk}); when unset, each request's {@code Host} header says
 *     it
 * @param logFormat how log lines are written ({@code CONFIDE_LOG_FORMAT}: {@code text} by default,
 *     or {@code json}, one object per line)
 * @param managementPort the port of the management server, for operators' tools (backups), apart
 *     from the service's ({@code CONFIDE_MANAGEMENT_PORT}; off unless set)
 * @param managementAddress the address the management server listens on ({@code
 *     CONFIDE_MANAGEMENT_ADDRESS}, an IP address; default {@code 127.0.0.1}, this machine only)
 * @param singleSignOn staff single sign-on and whether passwords still open staff sessions ({@code
 *     CONFIDE_OIDC_...}, {@code CONFIDE_PASSWORD_SIGN_IN}, {@code CONFIDE_BREAK_GLASS_ADMINS}; off
 *     unless {@code CONFIDE_OIDC_ISSUER} is set, see {@link SingleSignOnConfiguration})
 * @param mail the mail server notifications go through ({@code CONFIDE_SMTP_...} and {@code
 *     CONFIDE_MAIL_FROM}; notifications are off unless {@code CONFIDE_SMTP_HOST} is set, see {@link
 *     MailConfiguration})
 * @param passwordResetLink how long a one-time set-password link an administrator issues works
 *     ({@code CONFIDE_PASSWORD_RESET_HOURS}, whole hours from 1 to 168; default 24)
 * @param languages the languages pages, problems and emails are offered in: English and Welsh, or
 *     those listed in the {@code languages.txt} of the folder {@code CONFIDE_LANGUAGES_DIR} names,
 *     each with its words from that folder or Confide's own, read and checked at start
 */
public record Configuration(
    int port,
    Path dataDirectory,
    Store store,
    Optional<String> databaseUrl,
    Optional<String> databaseUser,
    Optional<String> databasePassword,
    Path secretKeyFile,
    Optional<FirstAdministrator> firstAdministrator,
    String quickExitUrl,
    TrustedProxies trustedProxies,
    boolean behindTls,
    Optional<String> publicOrigin,
    LogFormat logFormat,
    Optional<Integer> managementPort,
    String managementAddress,
    SingleSignOnSettings singleSignOn,
    Optional<MailSettings> mail,
    Duration passwordResetLink,
    Languages languages) {

  /** How log lines are written to standard output. */
  public enum LogFormat {
    /** One line of text per event: time, level, logger, message. */
    TEXT,
    /** One JSON object per line, for a log collector (logstash-logback-encoder's fields). */
    JSON
  }

  /** Where reports are kept. */
  public enum Store {
    /** An embedded H2 file database in the data directory: one command, nothing to install. */
    H2,
    /** PostgreSQL at {@code CONFIDE_DATABASE_URL}: for production and several server nodes. */
    POSTGRES,
    /** The in-memory adapters: nothing survives a restart; for trying Confide out and tests. */
    MEMORY
  }

  /** The first administrator's login; the password is never printed. */
  public record FirstAdministrator(String email, String password) {
    @Override
    public String toString() {
      return "FirstAdministrator[" + email + "]";
    }
  }

  /** The outcome of reading the environment. */
  public sealed interface Reading {
    /** Usable. */
    record Valid(Configuration configuration) implements Reading {}

    /** Every problem found, each naming its variable and what would be right. */
    record Invalid(List<String> problems) implements Reading {
      public Invalid {
        problems = List.copyOf(problems);
      }
    }
  }

  /** Reads and checks {@code environment} (normally {@code System.getenv()}). */
  public static Reading read(Map<String, String> environment) {
    var problems = new ArrayList<String>();
    var env = new Env(environment);

    int port = 7070;
    var portText = env.get("CONFIDE_PORT");
    if (portText.isPresent()) {
      try {
        port = Integer.parseInt(portText.get());
        if (port < 0 || port > 65_535) {
          problems.add("CONFIDE_PORT must be a port number from 0 to 65535, was " + port);
        }
      } catch (NumberFormatException e) {
        problems.add("CONFIDE_PORT must be a port number such as 7070");
      }
    }

    Path dataDirectory = Path.of("confide-data");
    var dataText = env.get("CONFIDE_DATA_DIR");
    if (dataText.isPresent()) {
      try {
        dataDirectory = Path.of(dataText.get());
      } catch (InvalidPathException e) {
        problems.add("CONFIDE_DATA_DIR is not a usable path");
      }
    }

    var url = env.get("CONFIDE_DATABASE_URL");
    Store store = url.isPresent() ? Store.POSTGRES : Store.H2;
    var storeText = env.get("CONFIDE_STORE");
    if (storeText.isPresent()) {
      var named =
          Arrays.stream(Store.values())
              .filter(candidate -> candidate.name().equalsIgnoreCase(storeText.get()))
              .findFirst();
      if (named.isPresent()) {
        store = named.get();
      } else {
        problems.add("CONFIDE_STORE must be one of h2, postgres or memory");
      }
    }
    if (store == Store.POSTGRES && url.isEmpty()) {
      problems.add(
          "CONFIDE_STORE=postgres needs CONFIDE_DATABASE_URL, such as"
              + " jdbc:postgresql://db.example.ac.uk:5432/confide");
    }
    if (url.isPresent() && !url.get().startsWith("jdbc:postgresql:")) {
      problems.add("CONFIDE_DATABASE_URL must be a PostgreSQL JDBC URL starting jdbc:postgresql:");
    }

    Path secretKeyFile = dataDirectory.resolve("secret.key");
    var keyText = env.get("CONFIDE_SECRET_KEY_FILE");
    if (keyText.isPresent()) {
      try {
        secretKeyFile = Path.of(keyText.get());
      } catch (InvalidPathException e) {
        problems.add("CONFIDE_SECRET_KEY_FILE is not a usable path");
      }
    }

    var adminEmail = env.get("CONFIDE_ADMIN_EMAIL");
    var adminPassword = env.get("CONFIDE_ADMIN_PASSWORD");
    Optional<FirstAdministrator> admin = Optional.empty();
    if (adminEmail.isPresent() != adminPassword.isPresent()) {
      problems.add(
          "CONFIDE_ADMIN_EMAIL and CONFIDE_ADMIN_PASSWORD go together: set both or neither");
    } else if (adminEmail.isPresent()) {
      if (!adminEmail.get().matches("[^\\s@]+@[^\\s@]+\\.[^\\s@]+")) {
        problems.add("CONFIDE_ADMIN_EMAIL must be an email address");
      }
      if (adminPassword.get().length() < 12) {
        problems.add("CONFIDE_ADMIN_PASSWORD must have at least 12 characters");
      }
      admin = Optional.of(new FirstAdministrator(adminEmail.get(), adminPassword.get()));
    }

    var quickExit = env.get("CONFIDE_QUICK_EXIT_URL").orElse(WebSettings.DEFAULT_QUICK_EXIT_URL);
    if (!isWebAddress(quickExit)) {
      problems.add(
          "CONFIDE_QUICK_EXIT_URL must be an http or https address, such as"
              + " https://www.bbc.co.uk/weather");
    }

    var proxies = TrustedProxies.none();
    var proxiesText = env.get("CONFIDE_TRUSTED_PROXIES");
    if (proxiesText.isPresent()) {
      switch (TrustedProxies.parse(proxiesText.get())) {
        case TrustedProxies.Parsed.Valid valid -> proxies = valid.proxies();
        case TrustedProxies.Parsed.Invalid invalid ->
            problems.add("CONFIDE_TRUSTED_PROXIES holds " + invalid.problem());
      }
    }

    boolean behindTls = false;
    var tlsText = env.get("CONFIDE_BEHIND_TLS");
    if (tlsText.isPresent()) {
      switch (tlsText.get()) {
        case "true" -> behindTls = true;
        case "false" -> behindTls = false;
        default -> problems.add("CONFIDE_BEHIND_TLS must be true or false");
      }
    }

    Optional<String> publicOrigin = Optional.empty();
    var publicText = env.get("CONFIDE_PUBLIC_URL");
    if (publicText.isPresent()) {
      publicOrigin = WebSettings.origin(publicText.get());
      if (publicOrigin.isEmpty()) {
        problems.add(
            "CONFIDE_PUBLIC_URL must be the http or https address browsers open Confide at, with"
                + " no path, such as https://confide.example.ac.uk");
      }
    }

    var logFormat = LogFormat.TEXT;
    var logText = env.get("CONFIDE_LOG_FORMAT");
    if (logText.isPresent()) {
      switch (logText.get()) {
        case "text" -> logFormat = LogFormat.TEXT;
        case "json" -> logFormat = LogFormat.JSON;
        default -> problems.add("CONFIDE_LOG_FORMAT must be text or json");
      }
    }

    Optional<Integer> managementPort = Optional.empty();
    var managementText = env.get("CONFIDE_MANAGEMENT_PORT");
    if (managementText.isPresent()) {
      try {
        int value = Integer.parseInt(managementText.get());
        if (value < 1 || value > 65535) {
          problems.add("CONFIDE_MANAGEMENT_PORT must be a port number from 1 to 65535");
        } else if (value == port) {
          problems.add("CONFIDE_MANAGEMENT_PORT must differ from CONFIDE_PORT");
        } else {
          managementPort = Optional.of(value);
        }
      } catch (NumberFormatException e) {
        problems.add("CONFIDE_MANAGEMENT_PORT must be a port number such as 7071");
      }
    }
    var managementAddress = env.get("CONFIDE_MANAGEMENT_ADDRESS").orElse("127.0.0.1");
    if (!isIpAddress(managementAddress)) {
      problems.add(
          "CONFIDE_MANAGEMENT_ADDRESS must be an IP address such as 127.0.0.1 (not a host name)");
    }
    var singleSignOn = SingleSignOnConfiguration.read(environment, problems);
    var mail = MailConfiguration.read(environment, publicOrigin, problems);

    var passwordResetLink = Duration.ofHours(24);
    var resetText = env.get("CONFIDE_PASSWORD_RESET_HOURS");
    if (resetText.isPresent()) {
      try {
        int hours = Integer.parseInt(resetText.get());
        if (hours < 1 || hours > 168) {
          problems.add(
              "CONFIDE_PASSWORD_RESET_HOURS must be a whole number of hours from 1 to 168");
        } else {
          passwordResetLink = Duration.ofHours(hours);
        }
      } catch (NumberFormatException e) {
        problems.add("CONFIDE_PASSWORD_RESET_HOURS must be a whole number of hours such as 24");
      }
    }

    var languages = languages(env.get(LANGUAGES_DIR), problems);

    if (!problems.isEmpty()) {
      return new Reading.Invalid(problems);
    }
    return new Reading.Valid(
        new Configuration(
            port,
            dataDirectory,
            store,
            url,
            env.get("CONFIDE_DATABASE_USER"),
            env.get("CONFIDE_DATABASE_PASSWORD"),
            secretKeyFile,
            admin,
            quickExit,
            proxies,
            behindTls,
            publicOrigin,
            logFormat,
            managementPort,
            managementAddress,
            singleSignOn,
            mail,
            passwordResetLink,
            languages));
  }

  /** The setting naming an organisation's folder of languages. */
  static final String LANGUAGES_DIR = "CONFIDE_LANGUAGES_DIR";

  /** The languages of the folder {@code dir} names, else the shipped ones; problems noted. */
  private static Languages languages(Optional<String> dir, List<String> problems) {
    if (dir.isEmpty()) {
      return Languages.shipped();
    }
    try {
      return Languages.in(Path.of(dir.get()));
    } catch (IllegalStateException | IllegalArgumentException | java.io.UncheckedIOException e) {
      // IllegalArgumentException: a path that is no path, or a bundle that is not properties.
      // Our own words, naming the file and the keys: a bundle's messages are never quoted.
      problems.add(LANGUAGES_DIR + " cannot be used: " + e.getMessage());
      return Languages.shipped();
    }
  }

  private static boolean isIpAddress(String text) {
    return TrustedProxies.parse(text) instanceof TrustedProxies.Parsed.Valid && !text.contains("/");
  }

  private static boolean isWebAddress(String text) {
    try {
      var uri = new java.net.URI(text);
      return ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))
          && uri.getHost() != null;
    } catch (java.net.URISyntaxException e) {
      return false;
    }
  }

  @Override
  public String toString() {
    return "Configuration[port="
        + port
        + ", store="
        + store
        + ", dataDirectory="
        + dataDirectory
        + ", secretKeyFile="
        + secretKeyFile
        + "]";
  }

  /** Environment variables, with blank values taken as unset. */
  private record Env(Map<String, String> values) {
    Optional<String> get(String name) {
      return Optional.ofNullable(values.get(name)).map(String::strip).filter(v -> !v.isEmpty());
    }
  }
}
