package org.confide.bootstrap;

import java.time.Clock;
import java.time.Duration;
import org.confide.application.crypto.Argon2idPasswords;

/**
 * Servers for suites that compare the database before and after what they send (the security
 * suite): the scheduled jobs start but their first tick is a day away, so no lease, purge or
 * reminder lands between the two readings. The jobs have suites of their own.
 */
public final class QuietServers {

  private QuietServers() {}

  /** Confide as {@code configuration} says, on {@code clock}, with no job run during the test. */
  public static ConfideServer start(
      Configuration configuration, Argon2idPasswords.Parameters passwordCost, Clock clock) {
    var day = Duration.ofDays(1);
    return ConfideServer.start(
        configuration,
        passwordCost,
        clock,
        new ScheduledJobs.Schedule(day, day.multipliedBy(2), day, day, day));
  }
}
