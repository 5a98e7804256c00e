package org.confide.bootstrap.security;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** Sessions on the embedded H2 database. */
class H2SessionsTest extends Sessions {

  @TempDir static Path directory;

  @Override
  RunningConfide start() {
    return RunningConfide.h2(directory);
  }
}
