package org.confide.bootstrap;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import org.confide.application.crypto.Argon2idPasswords;

/** Staff calls for the fault tests: log in, create an adviser, count the queue. */
final class Staff {

  static final String ADMIN = "admin@example.ac.uk";
  static final String PASSWORD = "a long enough password";

  private final Reporters http;
  private final String base;
  private final StaffSignIn signIn;

  Staff(int port) {
    this.http = new Reporters(port);
    this.base = "http://127.0.0.1:" + port;
    this.signIn = new StaffSignIn(port, Clock.systemUTC());
  }

  /**
   * A server on {@code store} with its secret key in {@code directory}, its first administrator
   * {@link #ADMIN} with {@link #PASSWORD}.
   */
  static ConfideServer serverWithAdmin(Map<String, String> store, Path directory) {
    var environment = new HashMap<>(store);
    environment.put("CONFIDE_PORT", "0");
    environment.put("CONFIDE_SECRET_KEY_FILE", directory.resolve("secret.key").toString());
    environment.put("CONFIDE_ADMIN_EMAIL", Staff.ADMIN);
    environment.put("CONFIDE_ADMIN_PASSWORD", Staff.PASSWORD);
    var configuration =
        ((Configuration.Reading.Valid) Configuration.read(environment)).configuration();
    return ConfideServer.start(configuration, Argon2idPasswords.Parameters.forTestsOnly());
  }

  String logIn(String email) {
    return signIn.logIn(email, PASSWORD);
  }

  /** Creates an adviser with the shared password and logs them in. */
  String adviser(String email) {
    var created =
        http.send(
            json("/api/v1/admin/staff", logIn(ADMIN))
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        """
                        {"email": %s, "displayName": "Ada Adviser", "roles": ["ADVISER"],
                         "password": %s}\
                        """
                            .formatted(Reporters.quote(email), Reporters.quote(PASSWORD))))
                .build());
    if (created.status() != 201) {
      throw new IllegalStateException("creating an adviser answered " + created.status());
    }
    return logIn(email);
  }

  /** How many cases the adviser's queue holds, page after page. */
  int queueSize(String token) {
    int size = 0;
    var path = "/api/v1/staff/cases?view=queue&limit=100";
    while (path != null) {
      var reply = http.send(json(path, token).GET().build());
      if (reply.status() != 200) {
        throw new IllegalStateException("the queue answered " + reply.status());
      }
      size += reply.body().get("cases").size();
      var next = reply.body().get("next");
      path =
          next.isNull() ? null : "/api/v1/staff/cases?view=queue&limit=100&after=" + next.asText();
    }
    return size;
  }

  private HttpRequest.Builder json(String path, String token) {
    var builder =
        HttpRequest.newBuilder(URI.create(base + path))
            .timeout(Reporters.REQUEST_TIMEOUT)
            .header("Content-Type", "application/json");
    if (token != null) {
      builder.header("Authorization", "Bearer " + token);
    }
    return builder;
  }
}
