package org.confide.adapter.persistence;

import java.nio.file.Path;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Optional;
import org.confide.testing.AReport;

/**
 * The process {@link DurabilityTest} kills: submits reports through the real use cases, one after
 * another, and prints each reference and access code only after the use case has returned — that
 * is, after the reporter would have been told their report was received.
 *
 * <p>Arguments: {@code h2 <directory>} or {@code postgres <jdbc url>}, then the cipher key and the
 * server secret in hex.
 */
public final class DurabilityChild {

  private DurabilityChild() {}

  public static void main(String[] args) {
    var database =
        args[0].equals("h2")
            ? Database.h2File(Path.of(args[1]))
            : Database.postgres(args[1], Optional.empty(), Optional.empty());
    var hex = HexFormat.of();
    var confide =
        PersistentConfide.confide(
            database, hex.parseHex(args[2]), hex.parseHex(args[3]), Clock.systemUTC());

    System.out.println("READY");
    System.out.flush();
    for (int i = 0; ; i++) {
      var receipt =
          confide
              .submitReport()
              .submit(
                  AReport.anonymous().account("Report " + i + " written before the kill.").build())
              .orElseThrow();
      System.out.println(
          receipt.reference().value()
              + " "
              + receipt.accessCode().orElseThrow().canonical()
              + " "
              + i);
      System.out.flush();
    }
  }
}
