package org.confide.bootstrap.security;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** A full run on the embedded H2 database, then its pages, logs and every table. */
class H2AfterAFullRunTest extends AfterAFullRun {

  @TempDir static Path directory;

  @Override
  RunningConfide start() {
    return RunningConfide.h2(directory);
  }
}
