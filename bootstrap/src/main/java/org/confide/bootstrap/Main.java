package org.confide.bootstrap;

import java.nio.file.Path;

/**
 * Starts Confide from environment variables: {@code java -jar confide.jar}; or runs an operator's
 * command with the same environment: {@code backup FILE}, {@code restore FILE}, {@code rotate-key}.
 */
public final class Main {

  private Main() {}

  public static void main(String[] args) {
    switch (Configuration.read(System.getenv())) {
      case Configuration.Reading.Invalid invalid -> {
        System.err.println("Confide cannot start. Please fix these settings:");
        invalid.problems().forEach(problem -> System.err.println("  - " + problem));
        System.exit(2);
      }
      case Configuration.Reading.Valid valid -> {
        var configuration = valid.configuration();
        if (args.length == 0) {
          var server = ConfideServer.start(configuration);
          Runtime.getRuntime().addShutdownHook(new Thread(server::close, "confide-shutdown"));
          return;
        }
        var command = args.length == 2 || args.length == 1 ? args[0] + "/" + args.length : "";
        int exit =
            switch (command) {
              case "backup/2" -> Commands.backup(configuration, Path.of(args[1]), System.out);
              case "restore/2" -> Commands.restore(configuration, Path.of(args[1]), System.out);
              case "rotate-key/1" -> Commands.rotateKey(configuration, System.out);
              default -> {
                System.err.println(
                    "Usage: java -jar confide.jar               start the server\n"
                        + "       java -jar confide.jar backup FILE   write a backup of the running"
                        + " server's H2 database to FILE\n"
                        + "       java -jar confide.jar restore FILE  restore FILE into an empty"
                        + " CONFIDE_DATA_DIR\n"
                        + "       java -jar confide.jar rotate-key    seal new values under a new"
                        + " content key, and re-seal the older ones in the background");
                yield 2;
              }
            };
        System.exit(exit);
      }
    }
  }
}
