package org.confide.bootstrap;

/** Starts Confide from environment variables: {@code java -jar confide.jar}. */
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
        var server = ConfideServer.start(valid.configuration());
        Runtime.getRuntime().addShutdownHook(new Thread(server::close, "confide-shutdown"));
      }
    }
  }
}
