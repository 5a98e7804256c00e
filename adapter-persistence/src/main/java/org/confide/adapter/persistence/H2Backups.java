package org.confide.adapter.persistence;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.zip.ZipInputStream;

/**
 * Backing up and restoring the embedded H2 database. A backup is H2's online {@code BACKUP}: a zip
 * holding one consistent copy of the database file, taken while the server goes on serving, with
 * every transaction committed before it began and none that committed after. It holds what the
 * database holds — report content sealed under the server's secret, digests of codes, staff
 * accounts — and not the secret key file, without which the sealed content cannot be read: that
 * file is backed up apart. PostgreSQL is backed up with its own tools ({@code pg_dump}).
 */
public final class H2Backups {

  /** The database file inside the data directory, and inside a backup. */
  static final String FILE_NAME = "confide.mv.db";

  private H2Backups() {}

  /**
   * Writes a backup of {@code database}, an embedded H2 file database, to {@code zip} (replaced if
   * it exists).
   */
  public static void backUp(Database database, Path zip) {
    if (database.kind() != Database.Kind.H2) {
      throw new IllegalArgumentException("only an embedded H2 database is backed up this way");
    }
    var target = zip.toAbsolutePath().toString().replace("'", "''");
    database.jdbi().useHandle(handle -> handle.execute("BACKUP TO '" + target + "'"));
  }

  /** What restoring a backup came to. */
  public sealed interface Restored {
    /** The database is in place; the server may be started on the directory. */
    record Done(long bytes) implements Restored {}

    /** Nothing was changed, and why, in words for the person restoring. */
    record Refused(String reason) implements Restored {}
  }

  /**
   * Restores the backup {@code zip} into {@code directory}, which must not hold a database yet
   * (restoring never overwrites one). The database file appears whole or not at all.
   */
  public static Restored restore(Path zip, Path directory) {
    var database = directory.resolve(FILE_NAME);
    if (Files.exists(database)) {
      return new Restored.Refused(
          directory + " already holds a database; restore into an empty data directory");
    }
    if (!Files.isRegularFile(zip)) {
      return new Restored.Refused(zip + " is not a file");
    }
    try {
      Files.createDirectories(directory);
      var partial = directory.resolve(FILE_NAME + ".restoring");
      long bytes = -1;
      try (var in = new ZipInputStream(Files.newInputStream(zip))) {
        for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
          if (entry.getName().equals(FILE_NAME)) {
            bytes = Files.copy(in, partial, StandardCopyOption.REPLACE_EXISTING);
          }
        }
      } catch (java.util.zip.ZipException e) {
        Files.deleteIfExists(partial);
        return new Restored.Refused(zip + " is not a Confide backup (not a zip file)");
      }
      if (bytes < 0) {
        return new Restored.Refused(zip + " is not a Confide backup (no " + FILE_NAME + " in it)");
      }
      Files.move(partial, database, StandardCopyOption.ATOMIC_MOVE);
      return new Restored.Done(bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
