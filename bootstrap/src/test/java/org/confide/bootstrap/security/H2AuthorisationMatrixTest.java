package org.confide.bootstrap.security;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The authorisation matrix on the embedded H2 database. */
class H2AuthorisationMatrixTest extends AuthorisationMatrix {

  @TempDir static Path directory;

  @Override
  RunningConfide start() {
    return RunningConfide.h2(directory);
  }
}
