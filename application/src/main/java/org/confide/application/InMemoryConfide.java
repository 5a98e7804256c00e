package org.confide.application;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Objects;
import java.util.random.RandomGenerator;
import org.confide.application.crypto.Argon2idPasswords;
import org.confide.application.crypto.Secrets;
import org.confide.application.memory.InMemoryAccessCodes;
import org.confide.application.memory.InMemoryAuditTrail;
import org.confide.application.memory.InMemoryAuthenticators;
import org.confide.application.memory.InMemoryCaseLists;
import org.confide.application.memory.InMemoryDeadlineMarks;
import org.confide.application.memory.InMemoryEscalations;
import org.confide.application.memory.InMemoryInternalNotes;
import org.confide.application.memory.InMemoryMessageThreads;
import org.confide.application.memory.InMemoryPatternKeys;
import org.confide.application.memory.InMemoryQuestionnaires;
import org.confide.application.memory.InMemoryReports;
import org.confide.application.memory.InMemorySessions;
import org.confide.application.memory.InMemorySettings;
import org.confide.application.memory.InMemoryStaffDirectory;
import org.confide.application.memory.InMemorySubmissionKeys;
import org.confide.application.memory.InMemoryTransactions;
import org.confide.application.memory.InMemoryTrendFacts;
import org.confide.domain.session.SessionPolicy;

/**
 * The whole of Confide on the in-memory adapters, in one call: for testers, for trying Confide out,
 * and for embedding it where nothing needs to outlive the process.
 *
 * <pre>{@code
 * Confide confide = InMemoryConfide.create(Clock.systemUTC());
 * }</pre>
 */
public final class InMemoryConfide {

  private InMemoryConfide() {}

  /** Confide in memory with the given clock, a {@link SecureRandom} and production settings. */
  public static Confide create(Clock clock) {
    return builder().clock(clock).build();
  }

  /** A builder for the cases where a test controls more than the clock. */
  public static Builder builder() {
    return new Builder();
  }

  /** Chooses the clock, randomness, password cost and session timeouts. */
  public static final class Builder {
    private Clock clock = Clock.systemUTC();
    private RandomGenerator random = new SecureRandom();
    private SecureRandom secureRandom = new SecureRandom();
    private Argon2idPasswords.Parameters passwordCost = Argon2idPasswords.Parameters.owasp();
    private SessionPolicy sessionPolicy = SessionPolicy.standard();
    private byte[] secret;

    private Builder() {}

    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /** The source of codes, references and ids; a seeded one only in tests. */
    public Builder random(RandomGenerator random) {
      this.random = Objects.requireNonNull(random, "random");
      return this;
    }

    /** Argon2id cost; the cheap test parameters make a test suite fast, never a deployment. */
    public Builder passwordCost(Argon2idPasswords.Parameters passwordCost) {
      this.passwordCost = Objects.requireNonNull(passwordCost, "passwordCost");
      return this;
    }

    public Builder sessionPolicy(SessionPolicy sessionPolicy) {
      this.sessionPolicy = Objects.requireNonNull(sessionPolicy, "sessionPolicy");
      return this;
    }

    /** The server secret (32 bytes or more); a random one by default. */
    public Builder secret(byte[] secret) {
      this.secret = Objects.requireNonNull(secret, "secret").clone();
      return this;
    }

    /** Wires everything on fresh in-memory ports. */
    public Confide build() {
      return build(buildPorts());
    }

    /**
     * Wires every use case on {@code ports} with this builder's clock, randomness, password cost,
     * session policy and secret: for a test that also needs to look at a port directly, or to put
     * something in one first.
     */
    public Confide build(Ports ports) {
      if (secret == null) {
        // Drawn once, so that everything this builder builds digests access codes alike.
        secret = new byte[32];
        secureRandom.nextBytes(secret);
      }
      return Confide.assemble(
          ports,
          new Argon2idPasswords(passwordCost, secureRandom),
          new Secrets(secret),
          clock,
          random,
          sessionPolicy);
    }

    /** Fresh in-memory ports, all taking part in one set of in-memory transactions. */
    public Ports buildPorts() {
      var transactions = new InMemoryTransactions();
      var reports = new InMemoryReports(transactions);
      var threads = new InMemoryMessageThreads(transactions);
      var escalations = new InMemoryEscalations(transactions);
      return new Ports(
          reports,
          new InMemoryAccessCodes(transactions),
          threads,
          new InMemoryInternalNotes(transactions),
          escalations,
          new InMemoryStaffDirectory(transactions),
          new InMemoryAuditTrail(transactions),
          new InMemorySessions(transactions),
          new InMemorySettings(transactions),
          new InMemoryQuestionnaires(transactions),
          new InMemorySubmissionKeys(transactions),
          new InMemoryTrendFacts(transactions),
          new InMemoryPatternKeys(transactions),
          new InMemoryDeadlineMarks(transactions),
          new InMemoryAuthenticators(transactions),
          new InMemoryCaseLists(reports, threads, escalations),
          transactions);
    }
  }
}
