package org.confide.bootstrap;

import java.nio.file.Path;
import java.util.Map;

/** SIGKILL during submissions on the embedded H2 database. */
class H2KillDuringSubmissionsTest extends KillDuringSubmissions {
  @Override
  Map<String, String> store(Path directory) {
    return TestStores.h2(directory.resolve("data"));
  }
}
