package org.confide.bootstrap;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;

/** The end-to-end journeys on the embedded H2 file database, the default store. */
class H2ServerEndToEndTest extends ServerEndToEnd {

  @TempDir Path directory;

  @Override
  Map<String, String> store() {
    return TestStores.h2(directory);
  }
}
