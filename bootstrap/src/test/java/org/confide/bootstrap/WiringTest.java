package org.confide.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.security.SecureRandom;
import java.util.Map;
import org.confide.application.crypto.Argon2idPasswords;
import org.confide.application.port.in.OpenReporterSessionUseCase;
import org.confide.bootstrap.Configuration.Reading;
import org.confide.testing.Fixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WiringTest {

  private static Configuration configuration(Map<String, String> environment) {
    return ((Reading.Valid) Configuration.read(environment)).configuration();
  }

  @Test
  void the_secret_key_file_is_created_once_owner_only_and_reused_afterwards(@TempDir Path directory)
      throws Exception {
    var file = directory.resolve("keys").resolve("secret.key");

    var first = ServerKeys.loadOrCreate(file, new SecureRandom());
    var second = ServerKeys.loadOrCreate(file, new SecureRandom());

    assertThat(Files.getPosixFilePermissions(file))
        .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
    assertThat(first.contentKey(1)).isEqualTo(second.contentKey(1)).hasSize(32);
    assertThat(first.contentKey(1)).isNotEqualTo(first.digestKey());
    // A rotation's keys come from the same file, so every node holding it holds them.
    assertThat(first.contentKey(2))
        .isEqualTo(second.contentKey(2))
        .isNotEqualTo(first.contentKey(1));
    assertThat(first.toString()).doesNotContain(Files.readString(file).strip());
  }

  @Test
  void a_secret_key_file_that_is_not_a_key_is_refused_clearly(@TempDir Path directory)
      throws Exception {
    var file = directory.resolve("secret.key");
    Files.writeString(file, "not hex at all");

    var thrown = catchThrowable(() -> ServerKeys.loadOrCreate(file, new SecureRandom()));

    assertThat(thrown)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("hexadecimal");
  }

  @Test
  void reports_on_embedded_h2_survive_a_restart_of_the_application(@TempDir Path directory)
      throws Exception {
    var configuration = configuration(Map.of("CONFIDE_DATA_DIR", directory.toString()));
    var keys = ServerKeys.loadOrCreate(configuration.secretKeyFile(), new SecureRandom());
    var first = wire(configuration, keys);
    String code;
    try (var resources = first.resources()) {
      assertThat(first.databaseAnswers().getAsBoolean()).isTrue();
      code =
          first
              .confide()
              .submitReport()
              .submit(Fixture.anonymous("Kept across restarts."))
              .orElseThrow()
              .accessCode()
              .orElseThrow()
              .display();
    }

    var again =
        wire(
            configuration,
            ServerKeys.loadOrCreate(configuration.secretKeyFile(), new SecureRandom()));
    try (var resources = again.resources()) {
      var session =
          again
              .confide()
              .openReporterSession()
              .open(new OpenReporterSessionUseCase.Command(code))
              .orElseThrow()
              .token();
      assertThat(again.confide().readMyReport().read(session).orElseThrow().account())
          .contains("Kept across restarts.");
    }
  }

  @Test
  void the_memory_store_needs_no_database() throws Exception {
    var wired =
        wire(
            configuration(Map.of("CONFIDE_STORE", "memory")),
            ServerKeys.loadOrCreate(
                Files.createTempDirectory("confide").resolve("secret.key"), new SecureRandom()));

    assertThat(wired.confide().submitReport().submit(Fixture.anonymous("In memory.")).isDone())
        .isTrue();
    assertThat(wired.databaseAnswers().getAsBoolean()).isTrue();
  }

  private static Wiring.Wired wire(Configuration configuration, ServerKeys keys) {
    return Wiring.wire(
        configuration,
        keys,
        Wiring.systemClock(),
        new SecureRandom(),
        Argon2idPasswords.Parameters.forTestsOnly());
  }
}
