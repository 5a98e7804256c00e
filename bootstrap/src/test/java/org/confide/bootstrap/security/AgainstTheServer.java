package org.confide.bootstrap.security;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

/**
 * One started server for a whole test class, on the store its subclass names, with the people of
 * {@link World} set up on it and stopped after the last test.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class AgainstTheServer {

  RunningConfide confide;
  World world;
  Client client;

  /** Starts the server on the store under test. */
  abstract RunningConfide start();

  @BeforeAll
  void startTheServer() {
    confide = start();
    world = new World(confide);
    client = confide.client;
  }

  @AfterAll
  void stopTheServer() {
    if (confide != null) {
      confide.close();
    }
  }
}
