package org.confide.bootstrap;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.confide.adapter.persistence.ContentKeys;
import org.confide.adapter.persistence.Database;
import org.confide.adapter.persistence.FieldCipher;
import org.confide.adapter.persistence.JdbiJobLeases;
import org.confide.adapter.persistence.JdbiStores;
import org.confide.adapter.persistence.Resealing;
import org.confide.application.Confide;
import org.confide.application.InMemoryConfide;
import org.confide.application.Ports;
import org.confide.application.crypto.Argon2idPasswords;
import org.confide.application.crypto.Secrets;
import org.confide.application.memory.InMemoryJobLeases;
import org.confide.application.memory.InMemoryTransactions;
import org.confide.application.port.out.JobLeases;
import org.confide.domain.session.SessionPolicy;
import org.confide.domain.shared.Language;

/**
 * Builds the application on the store the configuration names: the in-memory adapters, or the Jdbi
 * adapters on embedded H2 or on PostgreSQL. The only place that chooses adapters.
 */
public final class Wiring {

  private Wiring() {}

  /**
   * The wired application and what it holds open.
   *
   * @param ports the driven ports the application is wired on (the notifications' outbox among
   *     them)
   * @param jobLeases the leases that let one node at a time run each scheduled job
   * @param database the database, unless the store is the in-memory one
   * @param sealing the content keys and the cipher sealing under them, unless the store is the
   *     in-memory one (which seals nothing)
   * @param secrets the keyed digests the application was assembled with, which the sending of
   *     notifications needs too (a password reset's one-time link is derived under them)
   */
  public record Wired(
      Confide confide,
      Ports ports,
      BooleanSupplier databaseAnswers,
      JobLeases jobLeases,
      AutoCloseable resources,
      Optional<Database> database,
      Optional<Sealing> sealing,
      Secrets secrets) {}

  /**
   * What seals report content on a database, for the key rotation.
   *
   * @param keys which content key is current, read by every node from the database
   * @param cipher the cipher every adapter seals with, under the current key
   * @param database the database the sealed values are in
   */
  public record Sealing(ContentKeys keys, FieldCipher cipher, Database database) {

    /** The re-sealing job's work, re-sealing at most {@code batch} values a run. */
    public Resealing resealing(Clock clock, int batch) {
      return new Resealing(database.transactions(), cipher, keys, clock, batch);
    }
  }

  /**
   * The clock the services use: the system clock to the microsecond, which is what both databases
   * keep, so an instant reads back exactly as it was written.
   */
  public static Clock systemClock() {
    return Clock.tick(Clock.systemUTC(), Duration.ofNanos(1_000));
  }

  /** The first language offered: what was written before languages is taken to be in it. */
  private static Language firstLanguage(Configuration configuration) {
    return configuration.languages().offered().getFirst();
  }

  /** Wires Confide as {@code configuration} says. */
  public static Wired wire(
      Configuration configuration,
      ServerKeys keys,
      Clock clock,
      SecureRandom random,
      Argon2idPasswords.Parameters passwordCost) {
    var passwords = new Argon2idPasswords(passwordCost, random);
    var secrets = new Secrets(keys.digestKey());
    var sessionPolicy =
        SessionPolicy.standard().withPasswordResetLink(configuration.passwordResetLink());
    return switch (configuration.store()) {
      case MEMORY -> {
        var builder =
            InMemoryConfide.builder()
                .clock(clock)
                .random(random)
                .passwordCost(passwordCost)
                .sessionPolicy(sessionPolicy)
                .secret(keys.digestKey());
        var ports = builder.buildPorts();
        yield new Wired(
            builder.build(ports),
            ports,
            () -> true,
            new InMemoryJobLeases(new InMemoryTransactions()),
            () -> {},
            Optional.empty(),
            Optional.empty(),
            secrets);
      }
      case H2 ->
          onDatabase(
              Database.h2File(configuration.dataDirectory(), firstLanguage(configuration)),
              keys,
              secrets,
              sessionPolicy,
              passwords,
              clock,
              random);
      case POSTGRES ->
          onDatabase(
              Database.postgres(
                  configuration.databaseUrl().orElseThrow(),
                  configuration.databaseUser(),
                  configuration.databasePassword(),
                  firstLanguage(configuration)),
              keys,
              secrets,
              sessionPolicy,
              passwords,
              clock,
              random);
    };
  }

  private static Wired onDatabase(
      Database database,
      ServerKeys keys,
      Secrets secrets,
      SessionPolicy sessionPolicy,
      Argon2idPasswords passwords,
      Clock clock,
      SecureRandom random) {
    var contentKeys = new ContentKeys(database.transactions());
    var cipher =
        new FieldCipher(
            id -> id >= 1 && id <= ContentKeys.LAST ? keys.contentKey(id) : null,
            contentKeys::current,
            random);
    var ports = JdbiStores.on(database, cipher).ports();
    var confide = Confide.assemble(ports, passwords, secrets, clock, random, sessionPolicy);
    return new Wired(
        confide,
        ports,
        database::isAnswering,
        new JdbiJobLeases(database.transactions()),
        database,
        Optional.of(database),
        Optional.of(new Sealing(contentKeys, cipher, database)),
        secrets);
  }
}
