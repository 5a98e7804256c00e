package org.confide.bootstrap;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.nio.file.Files;
import java.util.Optional;
import org.confide.testing.Prerequisite;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Marks a suite that needs nginx (the Debian package, or the binary named by the system property
 * {@code confide.nginx}): without it the suite is skipped with one message, except under {@code
 * CI=true}, where it fails.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(NeedsNginx.Condition.class)
@interface NeedsNginx {

  /** Present when the nginx binary is there and executable. */
  final class Condition extends Prerequisite {
    @Override
    protected Optional<String> missing() {
      return Files.isExecutable(Nginx.BINARY)
          ? Optional.empty()
          : Optional.of(
              "nginx is not at "
                  + Nginx.BINARY
                  + ": install the Debian package nginx, or name the binary with -Dconfide.nginx");
    }
  }
}
