package org.confide.bootstrap.security;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The bad-input corpus on the embedded H2 database. */
class H2BadInputTest extends BadInput {

  @TempDir static Path directory;

  @Override
  RunningConfide start() {
    return RunningConfide.h2(directory);
  }
}
