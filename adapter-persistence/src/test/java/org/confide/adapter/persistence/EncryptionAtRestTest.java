package org.confide.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Report content never reaches the database in the clear: canary strings written as an account,
 * answers, contact details, a support preference, messages both ways, a note, a status reason and
 * an escalation reason are then looked for in the raw database — every byte of the H2 files, and
 * every column of every row on PostgreSQL.
 */
class EncryptionAtRestTest {

  // The canaries, and the staff members' authenticator secrets and recovery codes once set up.
  private final List<String> canaries = new ArrayList<>(SealedEverywhere.CANARIES);
  private final byte[] cipherKey = random();
  private final byte[] secret = random();

  @Test
  void no_canary_appears_in_the_bytes_of_the_h2_files(@TempDir Path directory) throws Exception {
    try (var database = Database.h2File(directory)) {
      new SealedEverywhere(canaries)
          .write(PersistentConfide.confide(database, cipherKey, secret, Clock.systemUTC()));
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
    new SealedEverywhere(canaries)
        .write(PersistentConfide.confide(database, cipherKey, secret, Clock.systemUTC()));

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
