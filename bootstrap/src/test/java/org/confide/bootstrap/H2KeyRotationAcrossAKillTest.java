package org.confide.bootstrap;

import java.nio.file.Path;
import java.util.Map;

/** A key rotation across a SIGKILL on the embedded H2 database. */
class H2KeyRotationAcrossAKillTest extends KeyRotationAcrossAKill {
  @Override
  Map<String, String> store(Path directory) {
    return TestStores.h2(directory);
  }
}
