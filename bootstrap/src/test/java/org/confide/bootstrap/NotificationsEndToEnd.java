package org.confide.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.confide.adapter.web.i18n.Languages;
import org.confide.adapter.web.i18n.Texts;
import org.confide.application.crypto.Argon2idPasswords;
import org.confide.application.port.out.Notifications.Counts;
import org.confide.domain.notification.Email;
import org.confide.domain.notification.NotificationKind;
import org.confide.domain.notification.RetryPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Notifications through the running server to a real SMTP server (GreenMail) run by the test: every
 * kind of event is emailed, and no email holds anything a reporter wrote, nor an access code; an
 * SMTP server that is down delays the emails and loses none. Run on each store by a subclass.
 */
abstract class NotificationsEndToEnd {

  private static final Texts ENGLISH = Languages.shipped().first();
  private static final Texts WELSH = Languages.shipped().all().get(1);

  /** Jobs every 100 ms; failed sends retried after 200 ms, then up to every second. */
  static final ScheduledJobs.Schedule FAST =
      new ScheduledJobs.Schedule(
          Duration.ofMillis(100),
          Duration.ofSeconds(1),
          Duration.ofDays(1),
          Duration.ofMillis(200),
          Duration.ofMillis(200),
          Duration.ofDays(1),
          10);

  static final RetryPolicy RETRY =
      new RetryPolicy(Duration.ofMillis(200), Duration.ofSeconds(1), 1_000);

  static final String ADVISER = "adviser@example.ac.uk";
  static final String LEAD = "lead@example.ac.uk";

  @TempDir Path directory;

  final ShiftedClock clock = new ShiftedClock();
  final List<ConfideServer> servers = new ArrayList<>();
  GreenMail mail;
  int mailPort;

  /** The store's variables (a subclass's). */
  abstract Map<String, String> store(Path directory);

  @BeforeEach
  void startMail() throws IOException {
    try (var socket = new ServerSocket(0)) {
      mailPort = socket.getLocalPort();
    }
    mail = new GreenMail(new ServerSetup(mailPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    mail.start();
  }

  @AfterEach
  void stopAll() {
    servers.forEach(ConfideServer::close);
    mail.stop();
  }

  Map<String, String> environment() {
    var environment = new HashMap<>(store(directory));
    environment.put("CONFIDE_PORT", "0");
    environment.put("CONFIDE_SECRET_KEY_FILE", directory.resolve("secret.key").toString());
    environment.put("CONFIDE_ADMIN_EMAIL", Staff.ADMIN);
    environment.put("CONFIDE_ADMIN_PASSWORD", Staff.PASSWORD);
    environment.put("CONFIDE_SMTP_HOST", "127.0.0.1");
    environment.put("CONFIDE_SMTP_PORT", Integer.toString(mailPort));
    environment.put("CONFIDE_SMTP_TLS", "none");
    environment.put("CONFIDE_MAIL_FROM", "confide@example.ac.uk");
    environment.put("CONFIDE_PUBLIC_URL", "https://confide.example.ac.uk");
    return environment;
  }

  ConfideServer start() {
    var configuration =
        ((Configuration.Reading.Valid) Configuration.read(environment())).configuration();
    var server =
        ConfideServer.start(
            configuration, Argon2idPasswords.Parameters.forTestsOnly(), clock, FAST, RETRY);
    servers.add(server);
    return server;
  }

  /** Creates a staff member with {@code role} and the shared password; answers their id. */
  static String create(Http http, String adminToken, String email, String role) {
    var created =
        http.post(
            "/api/v1/admin/staff",
            Optional.of(adminToken),
            """
            {"email": %s, "displayName": "Sam Staff", "roles": [%s], "password": %s}\
            """
                .formatted(Http.quote(email), Http.quote(role), Http.quote(Staff.PASSWORD)));
    assertThat(created.status()).isEqualTo(201);
    return created.body().get("id").asText();
  }

  /** Waits until the outbox has nothing waiting, and answers its counts. */
  static Counts settled(ConfideServer server) {
    await(() -> server.notifications().counts().waiting() == 0, Duration.ofSeconds(60));
    return server.notifications().counts();
  }

  static void await(BooleanSupplier condition, Duration within) {
    var deadline = System.nanoTime() + within.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("not within " + within);
      }
      Thread.onSpinWait();
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
  }

  @Test
  void every_kind_of_event_is_emailed_and_no_email_holds_a_canary_or_an_access_code() {
    var server = start();
    var http = new Http(server.port());
    var signIn = new StaffSignIn(server.port(), clock);
    var admin = signIn.logIn(Staff.ADMIN, Staff.PASSWORD);
    var adviserId = create(http, admin, ADVISER, "ADVISER");
    create(http, admin, LEAD, "SAFEGUARDING_LEAD");
    var adviser = signIn.logIn(ADVISER, Staff.PASSWORD);
    signIn.logIn(LEAD, Staff.PASSWORD);

    var canaries = Canaries.every();
    var urgent = http.post("/api/v1/reports", Optional.empty(), Canaries.urgentReport(canaries));
    assertThat(urgent.status()).isEqualTo(201);
    var reference = urgent.body().get("reference").asText();
    var code = urgent.body().get("accessCode").asText();
    assertThat(
            http.post("/api/v1/reports", Optional.empty(), Canaries.namedReport(canaries)).status())
        .isEqualTo(201);

    var reporter =
        http.post(
                "/api/v1/reporter/session",
                Optional.empty(),
                "{\"accessCode\": " + Http.quote(code) + "}")
            .body()
            .get("token")
            .asText();
    var message = "{\"body\": " + Http.quote(canaries.get("message")) + "}";
    assertThat(http.post("/api/v1/reporter/messages", Optional.of(reporter), message).status())
        .isEqualTo(201);
    assertThat(
            http.post(
                    "/api/v1/staff/cases/" + reference + "/assignment",
                    Optional.of(adviser),
                    "{\"assignee\": " + Http.quote(ADVISER) + "}")
                .status())
        .isEqualTo(204);
    var again = "{\"body\": " + Http.quote(canaries.get("second message")) + "}";
    assertThat(http.post("/api/v1/reporter/messages", Optional.of(reporter), again).status())
        .isEqualTo(201);

    // Day by day through the response target: due tomorrow, then overdue; and the escalation's
    // acknowledgement time passes, so the leads are reminded.
    for (int day = 0; day < 14; day++) {
      clock.shift(Duration.ofDays(1));
      server.confide().markOverdueCases().mark();
      server.confide().remindUnacknowledgedEscalations().remind();
    }
    admin = signIn.logIn(Staff.ADMIN, Staff.PASSWORD);
    assertThat(
            http.post(
                    "/api/v1/admin/two-factor/reset",
                    Optional.of(admin),
                    "{\"email\": " + Http.quote(ADVISER) + "}")
                .status())
        .isIn(200, 204);
    assertThat(
            http.post(
                    "/api/v1/admin/staff/" + adviserId + "/password-reset",
                    Optional.of(admin),
                    "{}")
                .status())
        .isEqualTo(201);
    // Signed in again: the first session has expired in the fortnight that passed.
    var lead = signIn.logIn(LEAD, Staff.PASSWORD);
    assertThat(
            http.put(
                    "/api/v1/staff/password",
                    Optional.of(lead),
                    "{\"currentPassword\": "
                        + Http.quote(Staff.PASSWORD)
                        + ", \"newPassword\": \"a new and longer password\"}")
                .status())
        .isEqualTo(204);

    var counts = settled(server);
    var received = Arrays.asList(mail.getReceivedMessages());
    assertThat(counts.givenUp()).isZero();
    assertThat(received).hasSize((int) counts.sent());
    assertThat(received.stream().map(Mails::subject).distinct())
        .containsExactlyInAnyOrder(
            Arrays.stream(NotificationKind.values())
                .map(kind -> ENGLISH.text(kind.subjectKey()))
                .toArray(String[]::new));
    assertThat(received.stream().map(Mails::recipient).distinct())
        .allMatch(to -> List.of(Staff.ADMIN, ADVISER, LEAD).contains(to));
    var normalisedCode = code.replace("-", "");
    for (var email : received) {
      var bytes = Mails.everyByte(email);
      assertThat(bytes).doesNotContain(code).doesNotContain(normalisedCode);
      for (var canary : canaries.values()) {
        assertThat(bytes.toLowerCase(java.util.Locale.ROOT))
            .as("an email holds the canary of " + canary)
            .doesNotContain(canary.toLowerCase(java.util.Locale.ROOT));
      }
    }
  }

  @Test
  void a_member_who_chose_welsh_is_emailed_in_welsh_and_one_who_did_not_in_english() {
    var server = start();
    var http = new Http(server.port());
    var signIn = new StaffSignIn(server.port(), clock);
    var admin = signIn.logIn(Staff.ADMIN, Staff.PASSWORD);
    create(http, admin, ADVISER, "ADVISER");
    // A second adviser, who chooses no language.
    create(http, admin, LEAD, "ADVISER");
    var adviser = signIn.logIn(ADVISER, Staff.PASSWORD);
    assertThat(
            http.put(
                    "/api/v1/staff/notification-preferences",
                    Optional.of(adviser),
                    "{\"emails\": {}, \"digestHour\": 8, \"language\": \"cy\"}")
                .status())
        .isEqualTo(200);

    assertThat(
            http.post("/api/v1/reports", Optional.empty(), Canaries.namedReport(Canaries.every()))
                .status())
        .isEqualTo(201);

    settled(server);
    var newReport = NotificationKind.NEW_REPORT.subjectKey();
    // Each also had an email about their own recovery codes, when signing in set them up.
    var toAdviser =
        received(ADVISER).stream()
            .filter(m -> Mails.subject(m).equals(WELSH.text(newReport)))
            .toList();
    assertThat(toAdviser).hasSize(1);
    assertThat(Mails.everyByte(toAdviser.getFirst())).contains("lang=\"cy\"");
    assertThat(received(ADVISER))
        .extracting(Mails::subject)
        .doesNotContain(ENGLISH.text(newReport));
    assertThat(received(LEAD))
        .extracting(Mails::subject)
        .contains(ENGLISH.text(newReport))
        .doesNotContain(WELSH.text(newReport));
  }

  private List<MimeMessage> received(String to) {
    return Arrays.stream(mail.getReceivedMessages())
        .filter(message -> Mails.recipient(message).equals(to))
        .toList();
  }

  @Test
  void a_daily_digest_is_emailed_once_at_the_members_hour_and_holds_no_canary() {
    var server = start();
    var http = new Http(server.port());
    var signIn = new StaffSignIn(server.port(), clock);
    create(http, signIn.logIn(Staff.ADMIN, Staff.PASSWORD), ADVISER, "ADVISER");
    var adviser = signIn.logIn(ADVISER, Staff.PASSWORD);
    var choice =
        "{\"emails\": {\"new-report\": \"daily-digest\", \"reporter-message\": \"none\"},"
            + " \"digestHour\": 7}";
    assertThat(
            http.put("/api/v1/staff/notification-preferences", Optional.of(adviser), choice)
                .status())
        .isEqualTo(200);

    var canaries = Canaries.every();
    var urgent = http.post("/api/v1/reports", Optional.empty(), Canaries.urgentReport(canaries));
    var named = http.post("/api/v1/reports", Optional.empty(), Canaries.namedReport(canaries));
    var code = urgent.body().get("accessCode").asText();
    var reporter =
        http.post(
                "/api/v1/reporter/session",
                Optional.empty(),
                "{\"accessCode\": " + Http.quote(code) + "}")
            .body()
            .get("token")
            .asText();
    var message = "{\"body\": " + Http.quote(canaries.get("message")) + "}";
    assertThat(http.post("/api/v1/reporter/messages", Optional.of(reporter), message).status())
        .isEqualTo(201);
    await(
        () -> {
          var counts = server.notifications().counts();
          return counts.waiting() == 0 && counts.held() == 2 && counts.notWanted() == 1;
        },
        Duration.ofSeconds(60));
    var heldKinds =
        List.of(
            ENGLISH.text(NotificationKind.NEW_REPORT.subjectKey()),
            ENGLISH.text(NotificationKind.REPORTER_MESSAGE.subjectKey()));
    assertThat(mail.getReceivedMessages()).noneMatch(m -> heldKinds.contains(Mails.subject(m)));

    // The next day, past 07:00 in the organisation's time zone: the digest is due.
    clock.shift(Duration.ofDays(1));
    await(() -> server.notifications().counts().held() == 0, Duration.ofSeconds(60));
    var received = Arrays.asList(mail.getReceivedMessages());
    assertThat(received).noneMatch(m -> heldKinds.contains(Mails.subject(m)));
    assertThat(
            received.stream()
                .filter(m -> Mails.subject(m).equals(ENGLISH.text(Email.DIGEST_SUBJECT))))
        .singleElement()
        .satisfies(digest -> {
          assertThat(Mails.recipient(digest)).isEqualTo(ADVISER);
          var bytes = Mails.everyByte(digest);
          assertThat(bytes)
              .contains(display(urgent.body().get("reference").asText()))
              .contains(display(named.body().get("reference").asText()))
              .doesNotContain(code)
              .doesNotContain(code.replace("-", ""));
          for (var canary : canaries.values()) {
            assertThat(bytes.toLowerCase(java.util.Locale.ROOT))
                .as("the digest holds the canary of " + canary)
                .doesNotContain(canary.toLowerCase(java.util.Locale.ROOT));
          }
        });
    assertThat(server.notifications().counts().givenUp()).isZero();
  }

  @Test
  void an_smtp_server_that_is_down_delays_the_emails_and_loses_none() {
    var server = start();
    var http = new Http(server.port());
    var signIn = new StaffSignIn(server.port(), clock);
    var admin = signIn.logIn(Staff.ADMIN, Staff.PASSWORD);
    create(http, admin, ADVISER, "ADVISER");
    signIn.logIn(ADVISER, Staff.PASSWORD);
    settled(server);
    int before = mail.getReceivedMessages().length;
    mail.stop();

    for (int i = 0; i < 5; i++) {
      assertThat(
              http.post("/api/v1/reports", Optional.empty(), Reporters.body("Down " + i)).status())
          .isEqualTo(201);
    }
    // Every one of the five is tried and fails at least twice while the server is down.
    await(
        () ->
            server.notifications().due(clock.instant().plusSeconds(3600), 100).stream()
                    .filter(n -> n.attempts() >= 2)
                    .count()
                == 5,
        Duration.ofSeconds(30));
    assertThat(server.notifications().counts().sent()).isEqualTo(before);

    mail.start();
    var counts = settled(server);
    var received = Arrays.asList(mail.getReceivedMessages());
    assertThat(counts.givenUp()).isZero();
    assertThat(received).hasSize(5);
    assertThat(received.stream().map(Mails::messageId).distinct()).hasSize(5);
    assertThat(received).allSatisfy(email -> assertThat(Mails.recipient(email)).isEqualTo(ADVISER));
  }

  @Test
  void a_server_killed_between_the_event_and_the_send_sends_it_after_its_restart() {
    // The SMTP server is down until after the kill, so nothing can be sent before it, however
    // quickly the scheduler ticks.
    mail.stop();
    var environment = environment();
    String reference;
    try (var first = ChildServer.start(environment, true)) {
      var http = new Http(first.port());
      var signIn = new StaffSignIn(first.port(), Clock.systemUTC());
      create(http, signIn.logIn(Staff.ADMIN, Staff.PASSWORD), ADVISER, "ADVISER");
      var receipt = http.post("/api/v1/reports", Optional.empty(), Reporters.body("Killed"));
      assertThat(receipt.status()).isEqualTo(201);
      reference = receipt.body().get("reference").asText();
      first.kill();
    }
    mail.start();

    try (var second = ChildServer.start(environment, true)) {
      await(
          () ->
              Arrays.stream(mail.getReceivedMessages())
                  .anyMatch(email -> Mails.everyByte(email).contains(display(reference))),
          Duration.ofSeconds(60));
      var told =
          Arrays.stream(mail.getReceivedMessages())
              .filter(email -> Mails.everyByte(email).contains(display(reference)))
              .toList();
      assertThat(told)
          .singleElement()
          .satisfies(email -> {
            assertThat(Mails.subject(email))
                .isEqualTo(ENGLISH.text(NotificationKind.NEW_REPORT.subjectKey()));
            assertThat(Mails.recipient(email)).isEqualTo(ADVISER);
          });
    }
  }

  /** A reference as an email shows it: {@code XXXXX-XXXXX}. */
  static String display(String reference) {
    var canonical = reference.replace("-", "");
    return canonical.substring(0, 5) + "-" + canonical.substring(5);
  }

  /** The system clock, shifted forward by the test to cross days; time still flows. */
  static final class ShiftedClock extends Clock {
    private volatile Duration shift = Duration.ZERO;

    void shift(Duration by) {
      shift = shift.plus(by);
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Instant instant() {
      return Wiring.systemClock().instant().plus(shift);
    }
  }
}
