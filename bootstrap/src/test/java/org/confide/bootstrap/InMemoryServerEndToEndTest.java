package org.confide.bootstrap;

import java.util.Map;

/** The end-to-end journeys on the in-memory store. */
class InMemoryServerEndToEndTest extends ServerEndToEnd {
  @Override
  Map<String, String> store() {
    return Map.of("CONFIDE_STORE", "memory");
  }
}
