package org.confide.bootstrap;

import java.nio.file.Path;
import java.util.Map;

/** Two administrators demoting each other at once, on the embedded H2 database. */
class H2LastAdministratorRaceTest extends LastAdministratorRace {
  @Override
  Map<String, String> store(Path directory) {
    return TestStores.h2(directory.resolve("data"));
  }
}
