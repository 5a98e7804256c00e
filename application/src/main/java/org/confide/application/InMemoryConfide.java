package org.confide.application;

import java.lang.reflect.RecordComponent;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.random.RandomGenerator;
import java.util.stream.Collectors;
import org.confide.application.crypto.Argon2idPasswords;
import org.confide.application.crypto.Secrets;
import org.confide.application.memory.InMemoryAuditTrail;
import org.confide.application.memory.InMemoryAuthenticators;
import org.confide.application.memory.InMemoryCaseLists;
import org.confide.application.memory.InMemoryDeadlineMarks;
import org.confide.application.memory.InMemoryEscalations;
import org.confide.application.memory.InMemoryInternalNotes;
import org.confide.application.memory.InMemoryMessageThreads;
import org.confide.application.memory.InMemoryNotificationChoices;
import org.confide.application.memory.InMemoryNotifications;
import org.confide.application.memory.InMemoryOrganisationPages;
import org.confide.application.memory.InMemoryOutcomes;
import org.confide.application.memory.InMemoryPasswordResets;
import org.confide.application.memory.InMemoryPatternKeys;
import org.confide.application.memory.InMemoryQuestionnaires;
import org.confide.application.memory.InMemoryReporterKeys;
import org.confide.application.memory.InMemoryReports;
import org.confide.application.memory.InMemoryServiceFigures;
import org.confide.application.memory.InMemorySessions;
import org.confide.application.memory.InMemorySettings;
import org.confide.application.memory.InMemoryStaffDirectory;
import org.confide.application.memory.InMemorySubmissionKeys;
import org.confide.application.memory.InMemoryTeams;
import org.confide.application.memory.InMemoryTransactions;
import org.confide.application.memory.InMemoryTrendFacts;
import org.confide.application.port.out.AuditTrail;
import org.confide.application.port.out.Authenticators;
import org.confide.application.port.out.CaseLists;
import org.confide.application.port.out.DeadlineMarks;
import org.confide.application.port.out.Escalations;
import org.confide.application.port.out.InternalNotes;
import org.confide.application.port.out.MessageThreads;
import org.confide.application.port.out.NotificationChoices;
import org.confide.application.port.out.Notifications;
import org.confide.application.port.out.OrganisationPages;
import org.confide.application.port.out.Outcomes;
import org.confide.application.port.out.PasswordResets;
import org.confide.application.port.out.PatternKeys;
import org.confide.application.port.out.Questionnaires;
import org.confide.application.port.out.ReporterKeys;
import org.confide.application.port.out.Reports;
import org.confide.application.port.out.ServiceFigures;
import org.confide.application.port.out.Sessions;
import org.confide.application.port.out.Settings;
import org.confide.application.port.out.StaffDirectory;
import org.confide.application.port.out.SubmissionKeys;
import org.confide.application.port.out.Teams;
import org.confide.application.port.out.Transactions;
import org.confide.application.port.out.TrendFacts;
import org.confide.domain.calendar.ServiceLevel;
import org.confide.domain.calendar.WorkingCalendar;
import org.confide.domain.session.SessionPolicy;
import org.confide.domain.settings.ServiceSettings;

/**
 * The whole of Confide on the in-memory adapters, in one call: for testers, for trying Confide out,
 * and for embedding it where nothing needs to outlive the process.
 *
 * <pre>{@code
 * Confide confide = InMemoryConfide.create(Clock.systemUTC());
 *
 * Confide forATest =
 *     InMemoryConfide.builder()
 *         .clock(clock)
 *         .twoFactorRequired(false) // staff sign in with a password alone
 *         .replace(Reports.class, transactions -> new MyReports(transactions))
 *         .build();
 * }</pre>
 */
public final class InMemoryConfide {

  private InMemoryConfide() {}

  /**
   * Confide in memory with the given clock, a {@link SecureRandom} and production settings
   * (two-factor sign-in required of staff, OWASP's Argon2id cost).
   *
   * @param clock the time every use case reads
   * @return the application, with no staff account yet
   */
  public static Confide create(Clock clock) {
    return builder().clock(clock).build();
  }

  /** {@return a builder, for choosing settings and stores as well as the clock} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Chooses the clock, randomness, password cost, session lengths, the settings Confide starts
   * with, and any store to put in place of the builder's own in-memory one.
   */
  public static final class Builder {
    private Clock clock = Clock.systemUTC();
    private RandomGenerator random = new SecureRandom();
    private SecureRandom secureRandom = new SecureRandom();
    private Argon2idPasswords.Parameters passwordCost = Argon2idPasswords.Parameters.owasp();
    private SessionPolicy sessionPolicy = SessionPolicy.standard();
    private byte[] secret;
    private ServiceSettings settings;
    private Boolean twoFactorRequired;
    private WorkingCalendar calendar;
    private ServiceLevel serviceLevel;
    private final Map<Class<?>, Function<InMemoryTransactions, ?>> replacements = new HashMap<>();

    private Builder() {}

    /**
     * The time every use case reads; the system clock in UTC by default.
     *
     * @param clock the clock; a test passes one it moves by hand
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * The source of codes, references and ids; a {@link SecureRandom} by default.
     *
     * @param random the source; a seeded one only in tests
     * @return this builder
     */
    public Builder random(RandomGenerator random) {
      this.random = Objects.requireNonNull(random, "random");
      return this;
    }

    /**
     * Argon2id cost; OWASP's by default.
     *
     * @param passwordCost the parameters; the cheap test parameters make a test suite fast, never a
     *     deployment
     * @return this builder
     */
    public Builder passwordCost(Argon2idPasswords.Parameters passwordCost) {
      this.passwordCost = Objects.requireNonNull(passwordCost, "passwordCost");
      return this;
    }

    /**
     * How long reporter and staff sessions last, idle and in all; {@code standard()} by default.
     *
     * @param sessionPolicy the limits
     * @return this builder
     */
    public Builder sessionPolicy(SessionPolicy sessionPolicy) {
      this.sessionPolicy = Objects.requireNonNull(sessionPolicy, "sessionPolicy");
      return this;
    }

    /**
     * The server secret access codes and pattern keys are digested with; a random one by default,
     * drawn once per builder.
     *
     * @param secret 32 bytes or more, kept outside any store
     * @return this builder
     */
    public Builder secret(byte[] secret) {
      this.secret = Objects.requireNonNull(secret, "secret").clone();
      return this;
    }

    /**
     * The settings Confide starts with, in place of {@link ServiceSettings#defaults()}. {@link
     * #twoFactorRequired}, {@link #calendar} and {@link #serviceLevel} change these, in whatever
     * order they are called. Choosing any setting makes {@code build} save the settings into the
     * settings store it wires, replacing what that store held; choosing none leaves the store as it
     * is.
     *
     * @param settings the settings to start with
     * @return this builder
     */
    public Builder settings(ServiceSettings settings) {
      this.settings = Objects.requireNonNull(settings, "settings");
      return this;
    }

    /**
     * Whether every staff member must sign in with an authenticator app; {@code true} by default,
     * as in production. A test or an embedder that signs staff in with a password alone turns it
     * off; an administrator may change it later, as any setting.
     *
     * @param required whether staff must sign in with a second factor
     * @return this builder
     */
    public Builder twoFactorRequired(boolean required) {
      this.twoFactorRequired = required;
      return this;
    }

    /**
     * The working calendar every due date is counted in; Monday to Friday in London by default.
     *
     * @param calendar working weekdays, time zone, holidays and closures
     * @return this builder
     */
    public Builder calendar(WorkingCalendar calendar) {
      this.calendar = Objects.requireNonNull(calendar, "calendar");
      return this;
    }

    /**
     * The response and acknowledgement targets, in working days; 3 and 1 by default.
     *
     * @param serviceLevel the targets
     * @return this builder
     */
    public Builder serviceLevel(ServiceLevel serviceLevel) {
      this.serviceLevel = Objects.requireNonNull(serviceLevel, "serviceLevel");
      return this;
    }

    /**
     * Puts a store of one's own in place of the builder's in-memory one for {@code port}, one of
     * the outbound port interfaces of {@link Ports} other than {@code Transactions}. Every use case
     * that uses the port uses the replacement: the case lists, built over the reports, threads and
     * escalations, follow a replaced {@code Reports}, {@code MessageThreads} or {@code Escalations}
     * (unless {@code CaseLists} is replaced too).
     *
     * <p>{@code store} is handed the in-memory transactions every other store takes part in, so
     * that the replacement can take part too: wrap an in-memory adapter built on them ({@code
     * transactions -> new Counting(new InMemoryReports(transactions))}), or record how to undo each
     * write with {@link InMemoryTransactions#onRollback}. A store that ignores them keeps its
     * writes when a later step of the same use case fails.
     *
     * @param <P> the port's type
     * @param port the port interface, such as {@code Reports.class}
     * @param store makes the store, given the in-memory transactions
     * @return this builder
     * @throws IllegalArgumentException if {@code port} is not a replaceable port of {@link Ports}
     */
    public <P> Builder replace(Class<P> port, Function<InMemoryTransactions, ? extends P> store) {
      Objects.requireNonNull(port, "port");
      Objects.requireNonNull(store, "store");
      if (!REPLACEABLE.contains(port)) {
        throw new IllegalArgumentException(
            port.getSimpleName() + " is not a replaceable port; one of " + REPLACEABLE_NAMES);
      }
      replacements.put(port, store);
      return this;
    }

    /** The settings chosen on this builder, if any was. */
    private Optional<ServiceSettings> chosenSettings() {
      if (settings == null
          && twoFactorRequired == null
          && calendar == null
          && serviceLevel == null) {
        return Optional.empty();
      }
      var chosen = settings == null ? ServiceSettings.defaults() : settings;
      if (twoFactorRequired != null) {
        chosen = chosen.withStaffTwoFactorRequired(twoFactorRequired);
      }
      if (calendar != null || serviceLevel != null) {
        chosen =
            chosen.withCalendar(
                calendar == null ? chosen.calendar() : calendar,
                serviceLevel == null ? chosen.serviceLevel() : serviceLevel);
      }
      return Optional.of(chosen);
    }

    /** {@return the application, every use case wired on fresh ports from {@link #buildPorts()}} */
    public Confide build() {
      return build(buildPorts());
    }

    /**
     * Wires every use case on {@code ports} with this builder's clock, randomness, password cost,
     * session policy and secret: for a test that also needs to look at a port directly, or to put
     * something in one first. If any setting was chosen on this builder, the settings are saved
     * into {@code ports.settings()} first.
     *
     * @param ports the ports to wire on, from {@link #buildPorts()} or one's own
     * @return the application
     */
    public Confide build(Ports ports) {
      Objects.requireNonNull(ports, "ports");
      chosenSettings()
          .ifPresent(chosen ->
              ports
                  .transactions()
                  .inTransaction(() -> {
                    ports.settings().save(chosen);
                    return null;
                  }));
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

    /**
     * Fresh in-memory ports, all taking part in one set of in-memory transactions, with the stores
     * chosen by {@link #replace} in place of their in-memory ones. The settings chosen on this
     * builder are saved by {@code build}, not here.
     *
     * @return the ports, empty but for the default questionnaire
     */
    public Ports buildPorts() {
      var tx = new InMemoryTransactions();
      var reports = store(Reports.class, tx, InMemoryReports::new);
      var threads = store(MessageThreads.class, tx, InMemoryMessageThreads::new);
      var escalations = store(Escalations.class, tx, InMemoryEscalations::new);
      var teams = store(Teams.class, tx, InMemoryTeams::new);
      var outcomes = store(Outcomes.class, tx, InMemoryOutcomes::new);
      return new Ports(
          reports,
          threads,
          store(InternalNotes.class, tx, InMemoryInternalNotes::new),
          escalations,
          store(StaffDirectory.class, tx, InMemoryStaffDirectory::new),
          store(AuditTrail.class, tx, InMemoryAuditTrail::new),
          store(Sessions.class, tx, InMemorySessions::new),
          store(Settings.class, tx, InMemorySettings::new),
          store(Questionnaires.class, tx, InMemoryQuestionnaires::new),
          store(SubmissionKeys.class, tx, InMemorySubmissionKeys::new),
          store(TrendFacts.class, tx, InMemoryTrendFacts::new),
          store(PatternKeys.class, tx, InMemoryPatternKeys::new),
          store(DeadlineMarks.class, tx, InMemoryDeadlineMarks::new),
          store(Authenticators.class, tx, InMemoryAuthenticators::new),
          // Built over the ports above, so that the case lists follow a replaced store.
          store(
              CaseLists.class,
              tx,
              t -> new InMemoryCaseLists(reports, threads, escalations, teams, outcomes)),
          store(
              ServiceFigures.class,
              tx,
              t -> new InMemoryServiceFigures(reports, threads, escalations, teams)),
          store(OrganisationPages.class, tx, InMemoryOrganisationPages::new),
          teams,
          store(Notifications.class, tx, InMemoryNotifications::new),
          store(PasswordResets.class, tx, InMemoryPasswordResets::new),
          store(ReporterKeys.class, tx, InMemoryReporterKeys::new),
          outcomes,
          store(NotificationChoices.class, tx, InMemoryNotificationChoices::new),
          tx);
    }

    private <P> P store(
        Class<P> port,
        InMemoryTransactions transactions,
        Function<InMemoryTransactions, ? extends P> own) {
      var replacement = replacements.get(port);
      var store = replacement == null ? own.apply(transactions) : replacement.apply(transactions);
      return port.cast(
          Objects.requireNonNull(
              store, () -> "the replacement " + port.getSimpleName() + " is null"));
    }

    private static final Set<Class<?>> REPLACEABLE =
        Arrays.stream(Ports.class.getRecordComponents())
            .map(RecordComponent::getType)
            .filter(type -> type != Transactions.class)
            .collect(Collectors.toUnmodifiableSet());

    private static final String REPLACEABLE_NAMES =
        REPLACEABLE.stream().map(Class::getSimpleName).sorted().toList().toString();
  }
}
