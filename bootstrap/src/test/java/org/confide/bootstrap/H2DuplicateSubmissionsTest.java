package org.confide.bootstrap;

import java.nio.file.Path;
import java.util.Map;

/** Duplicate submissions on the embedded H2 database. */
class H2DuplicateSubmissionsTest extends DuplicateSubmissions {
  @Override
  Map<String, String> store(Path directory) {
    return TestStores.h2(directory.resolve("data"));
  }
}
