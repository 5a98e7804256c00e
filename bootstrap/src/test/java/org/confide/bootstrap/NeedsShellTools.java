package org.confide.bootstrap;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.confide.testing.Prerequisite;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Marks a suite that runs the README's shell examples, which need bash, curl, jq and oathtool (the
 * Debian packages of those names): without them the suite is skipped with one message, except under
 * {@code CI=true}, where it fails.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(NeedsShellTools.Condition.class)
@interface NeedsShellTools {

  /** Present when every tool is on the PATH. */
  final class Condition extends Prerequisite {

    /** The tools the README's examples call. */
    static final List<String> TOOLS = List.of("bash", "curl", "jq", "oathtool");

    /** {@code tool} as found on the machine's PATH, if it is there. */
    static Optional<Path> find(String tool) {
      for (var directory : System.getenv().getOrDefault("PATH", "").split(":")) {
        if (!directory.isEmpty() && Files.isExecutable(Path.of(directory, tool))) {
          return Optional.of(Path.of(directory, tool));
        }
      }
      return Optional.empty();
    }

    @Override
    protected Optional<String> missing() {
      var missing = TOOLS.stream().filter(tool -> find(tool).isEmpty()).toList();
      return missing.isEmpty()
          ? Optional.empty()
          : Optional.of(
              "the README's examples need "
                  + String.join(", ", missing)
                  + " on the PATH: install the Debian packages of those names");
    }
  }
}
