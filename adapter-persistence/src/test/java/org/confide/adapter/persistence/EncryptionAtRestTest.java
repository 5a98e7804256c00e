package org.confide.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.confide.application.Confide;
import org.confide.application.port.in.AddNoteUseCase;
import org.confide.application.port.in.ChangeCaseStatusUseCase;
import org.confide.application.port.in.CreateStaffUseCase;
import org.confide.application.port.in.EnsureFirstAdministratorUseCase;
import org.confide.application.port.in.EscalateCaseUseCase;
import org.confide.application.port.in.LogInStaffUseCase;
import org.confide.application.port.in.OpenReporterSessionUseCase;
import org.confide.application.port.in.ReplyToReporterUseCase;
import org.confide.application.port.in.SendReporterMessageUseCase;
import org.confide.application.port.in.SessionToken;
import org.confide.application.port.in.ViewCaseUseCase;
import org.confide.domain.report.ReportStatus;
import org.confide.domain.staff.EmailAddress;
import org.confide.domain.staff.Role;
import org.confide.testing.AReport;
import org.confide.testing.TwoFactor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Report content never reaches the database in the clear: canary strings written as an account,
 * answers, contact details, a support preference, messages both ways, a note, a status reason and
 * an escalation reason are then looked for in the raw database — every byte of the H2 files, and
 * every column of every row on PostgreSQL.
 */
class EncryptionAtRestTest {

  private static final String PASSWORD = "a long enough password";
  private static final List<String> CANARIES =
      List.of(
          "canary-account-4f1c",
          "canary-named-person-8d2e",
          "canary-location-77ab",
          "Canary Contactname",
          "canary-contact@example.ac.uk",
          "07700 900 123",
          "canary-preference-5a5a",
          "canary-reporter-message-c3d4",
          "canary-staff-reply-e5f6",
          "canary-note-a7b8",
          "canary-status-reason-19c0",
          "canary-escalation-reason-2b3d");

  // The canaries, and the staff members' authenticator secrets and recovery codes once set up.
  private final List<String> canaries = new ArrayList<>(CANARIES);
  private final byte[] cipherKey = random();
  private final byte[] secret = random();

  @Test
  void no_canary_appears_in_the_bytes_of_the_h2_files(@TempDir Path directory) throws Exception {
    try (var database = Database.h2File(directory)) {
      writeCanaries(PersistentConfide.confide(database, cipherKey, secret, Clock.systemUTC()));
    }

    var files = new ArrayList<Path>();
    try (var walk = Files.walk(directory)) {
      walk.filter(Files::isRegularFile).forEach(files::add);
    }
    assertThat(files).isNotEmpty();
    long bytesRead = 0;
    for (var file : files) {
      var bytes = Files.readAllBytes(file);
      bytesRead += bytes.length;
      for (var canary : canaries) {
        for (var encoding :
            List.of(StandardCharsets.UTF_8, StandardCharsets.UTF_16BE, StandardCharsets.UTF_16LE)) {
          assertThat(indexOf(bytes, canary.getBytes(encoding)))
              .as("%s in %s (%s)", canary, file.getFileName(), encoding)
              .isEqualTo(-1);
        }
      }
    }
    assertThat(bytesRead).isGreaterThan(10_000);
  }

  @Test
  @NeedsPostgres
  void no_canary_appears_in_any_column_on_postgres() {
    var database = TestDatabases.postgres();
    writeCanaries(PersistentConfide.confide(database, cipherKey, secret, Clock.systemUTC()));

    var rowsSeen =
        database
            .jdbi()
            .withHandle(handle -> {
              var tables =
                  handle
                      .createQuery(
                          "select table_name from information_schema.tables"
                              + " where table_schema = current_schema()"
                              + " and table_type = 'BASE TABLE'")
                      .mapTo(String.class)
                      .list();
              int rows = 0;
              for (var table : tables) {
                for (var row : handle.createQuery("select * from " + table).mapToMap().list()) {
                  rows++;
                  for (var value : row.values()) {
                    var text =
                        value instanceof byte[] bytes
                            ? new String(bytes, StandardCharsets.ISO_8859_1)
                            : String.valueOf(value);
                    for (var canary : canaries) {
                      assertThat(text).as("%s in table %s", canary, table).doesNotContain(canary);
                    }
                  }
                }
              }
              return rows;
            });
    assertThat(rowsSeen).isGreaterThan(10);
  }

  private void writeCanaries(Confide confide) {
    confide
        .ensureFirstAdministrator()
        .ensure(
            new EnsureFirstAdministratorUseCase.Command(
                EmailAddress.of("admin@example.ac.uk"), "Admin", PASSWORD.toCharArray()));
    var admin =
        setUpTwoFactor(
            confide,
            confide
                .logInStaff()
                .logIn(
                    LogInStaffUseCase.Command.withPassword(
                        "admin@example.ac.uk", PASSWORD.toCharArray()))
                .orElseThrow()
                .token());
    confide
        .createStaff()
        .create(
            admin,
            new CreateStaffUseCase.Command(
                "adviser@example.ac.uk", "Adviser", Set.of(Role.ADVISER), PASSWORD.toCharArray()))
        .orElseThrow();
    var adviser =
        setUpTwoFactor(
            confide,
            confide
                .logInStaff()
                .logIn(
                    LogInStaffUseCase.Command.withPassword(
                        "adviser@example.ac.uk", PASSWORD.toCharArray()))
                .orElseThrow()
                .token());

    var named =
        confide
            .submitReport()
            .submit(
                withCanaryAnswers(AReport.named())
                    .contact(CANARIES.get(3), CANARIES.get(4), CANARIES.get(5))
                    .support(true, CANARIES.get(6))
                    .build())
            .orElseThrow();
    var anonymous =
        confide.submitReport().submit(withCanaryAnswers(AReport.anonymous()).build()).orElseThrow();
    var reporter =
        confide
            .openReporterSession()
            .open(
                new OpenReporterSessionUseCase.Command(
                    anonymous.accessCode().orElseThrow().display()))
            .orElseThrow()
            .token();
    confide
        .sendReporterMessage()
        .send(reporter, new SendReporterMessageUseCase.Command(CANARIES.get(7)))
        .orElseThrow();
    confide
        .replyToReporter()
        .reply(adviser, new ReplyToReporterUseCase.Command(anonymous.reference(), CANARIES.get(8)))
        .orElseThrow();
    confide
        .addNote()
        .add(adviser, new AddNoteUseCase.Command(anonymous.reference(), CANARIES.get(9)))
        .orElseThrow();
    confide
        .changeCaseStatus()
        .change(
            adviser,
            new ChangeCaseStatusUseCase.Command(
                named.reference(), ReportStatus.OPEN, CANARIES.get(10)))
        .orElseThrow();
    confide
        .escalateCase()
        .escalate(adviser, new EscalateCaseUseCase.Command(named.reference(), CANARIES.get(11)))
        .orElseThrow();
    // Read everything back once, so the test also proves the sealed values open again.
    var caseFile =
        confide
            .viewCase()
            .view(adviser, new ViewCaseUseCase.Command(named.reference()))
            .orElseThrow();
    assertThat(caseFile.account()).contains(CANARIES.get(0));
    assertThat(caseFile.contact().orElseThrow().name()).isEqualTo(CANARIES.get(3));
  }

  /**
   * Sets up two-factor sign-in for the holder of {@code session}, adding the secret and the
   * recovery codes to the canaries; returns the new session.
   */
  private SessionToken setUpTwoFactor(Confide confide, SessionToken session) {
    var enrolled = TwoFactor.setUp(confide, session, Clock.systemUTC());
    canaries.add(enrolled.secret());
    for (var recovery : enrolled.recoveryCodes()) {
      canaries.add(recovery);
      canaries.add(recovery.replace("-", ""));
    }
    return enrolled.session();
  }

  private static AReport withCanaryAnswers(AReport report) {
    return report
        .account(CANARIES.get(0))
        .answer("named-person", CANARIES.get(1))
        .answer("location-detail", CANARIES.get(2));
  }

  private static int indexOf(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i <= haystack.length - needle.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  private static byte[] random() {
    var bytes = new byte[32];
    new SecureRandom().nextBytes(bytes);
    return bytes;
  }
}
