package org.confide.bootstrap;

import java.nio.file.Path;
import java.util.Map;

/** {@link NotificationsEndToEnd} on the embedded H2 file database. */
class H2NotificationsEndToEndTest extends NotificationsEndToEnd {

  @Override
  Map<String, String> store(Path directory) {
    return TestStores.h2(directory);
  }
}
