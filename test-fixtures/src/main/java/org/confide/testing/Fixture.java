package org.confide.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.confide.application.Confide;
import org.confide.application.InMemoryConfide;
import org.confide.application.Ports;
import org.confide.application.crypto.Argon2idPasswords;
import org.confide.application.port.in.CreateStaffUseCase;
import org.confide.application.port.in.EnsureFirstAdministratorUseCase;
import org.confide.application.port.in.EnsureFirstAdministratorUseCase.Ensured;
import org.confide.application.port.in.LogInStaffUseCase;
import org.confide.application.port.in.OpenReporterSessionUseCase;
import org.confide.application.port.in.Outcome;
import org.confide.application.port.in.SessionToken;
import org.confide.application.port.in.SubmitReportUseCase;
import org.confide.application.port.in.SubmitReportUseCase.Command;
import org.confide.application.port.out.TrendFacts;
import org.confide.domain.questionnaire.RawAnswer;
import org.confide.domain.staff.EmailAddress;
import org.confide.domain.staff.Role;

/**
 * Confide in memory with a clock the test controls, an administrator, two advisers, a safeguarding
 * lead and an analyst already logged in: the world most tests of a use case start from. Staff sign
 * in with a password alone (two-factor sign-in is turned off), and passwords are hashed at the
 * cheapest cost, so a fixture takes milliseconds to build.
 *
 * <p>Every account's email is at {@code example.ac.uk} and its password is {@link #PASSWORD}. Staff
 * sessions end after 30 idle minutes: {@link #advance} and {@link #setTime} log everyone in again,
 * as people coming back to work would, while moving {@link #clock} alone does not.
 */
public final class Fixture {

  /** Monday 2 November 2026, 10:00 in London (GMT). */
  public static final Instant MONDAY_MORNING = Instant.parse("2026-11-02T10:00:00Z");

  /** The password of every account the fixture creates. */
  public static final String PASSWORD = "a long enough password";

  /** The application's clock, at {@link #MONDAY_MORNING} when the fixture is built. */
  public final MutableClock clock = new MutableClock(MONDAY_MORNING);

  // Fixed, so that a test can derive what the application derives under it (a reset link's token).
  private static final String SECRET = "the fixture's server secret, thirty-two bytes or more";

  /** The builder {@link #confide} was built with, for a test that builds a second application. */
  public final InMemoryConfide.Builder builder =
      InMemoryConfide.builder()
          .clock(clock)
          .secret(SECRET.getBytes(java.nio.charset.StandardCharsets.UTF_8))
          .passwordCost(Argon2idPasswords.Parameters.forTestsOnly())
          // Staff here sign in with a password alone; TwoFactorSignInTest covers the default,
          // where a second factor is required.
          .twoFactorRequired(false);

  /** The in-memory stores behind {@link #confide}, for a test that looks at what was stored. */
  public final Ports ports = builder.buildPorts();

  /**
   * The keyed digests {@link #confide} was built with.
   *
   * @return digests under the fixture's server secret
   */
  public org.confide.application.crypto.Secrets secrets() {
    return new org.confide.application.crypto.Secrets(
        SECRET.getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  /** The application, every use case wired to {@link #ports}. */
  public final Confide confide = builder.build(ports);

  /** A session of the administrator, admin@example.ac.uk. */
  public SessionToken admin;

  /** A session of the adviser Alex Adviser, adviser@example.ac.uk. */
  public SessionToken adviser;

  /** A session of a second adviser, Olu Other, other@example.ac.uk. */
  public SessionToken otherAdviser;

  /** A session of the safeguarding lead Lee Lead, lead@example.ac.uk. */
  public SessionToken lead;

  /** A session of the analyst Ana Analyst, analyst@example.ac.uk, who sees aggregates only. */
  public SessionToken analyst;

  /** Builds the application and creates and logs in every account; fails if any step is refused. */
  public Fixture() {
    assertThat(
            confide
                .ensureFirstAdministrator()
                .ensure(
                    new EnsureFirstAdministratorUseCase.Command(
                        EmailAddress.of("admin@example.ac.uk"),
                        "Ada Admin",
                        PASSWORD.toCharArray())))
        .isInstanceOfSatisfying(
            Outcome.Done.class,
            done -> assertThat(done.value()).isInstanceOf(Ensured.Created.class));
    admin = logIn("admin@example.ac.uk");
    adviser = staff("adviser@example.ac.uk", "Alex Adviser", Role.ADVISER);
    otherAdviser = staff("other@example.ac.uk", "Olu Other", Role.ADVISER);
    lead = staff("lead@example.ac.uk", "Lee Lead", Role.SAFEGUARDING_LEAD);
    analyst = staff("analyst@example.ac.uk", "Ana Analyst", Role.ANALYST);
  }

  /**
   * Moves time forward, and logs the staff in again (their sessions end after 30 idle minutes), as
   * people coming back to work would.
   *
   * @param duration how far to move the clock
   */
  public void advance(java.time.Duration duration) {
    clock.advance(duration);
    logInEveryoneAgain();
  }

  /**
   * Sets the time, and logs the staff in again.
   *
   * @param instant the new time
   */
  public void setTime(Instant instant) {
    clock.set(instant);
    logInEveryoneAgain();
  }

  private void logInEveryoneAgain() {
    admin = logIn("admin@example.ac.uk");
    adviser = logIn("adviser@example.ac.uk");
    otherAdviser = logIn("other@example.ac.uk");
    lead = logIn("lead@example.ac.uk");
    analyst = logIn("analyst@example.ac.uk");
  }

  /** {@return the anonymous facts kept for trends, which outlive the reports they came from} */
  public TrendFacts trendFacts() {
    return ports.trendFacts();
  }

  /**
   * Has the administrator create an account with one role and {@link #PASSWORD}, and logs it in.
   *
   * @param email the new account's email, not yet taken
   * @param name the name shown to colleagues
   * @param role the account's one role
   * @return a session of the new account
   */
  public SessionToken staff(String email, String name, Role role) {
    assertThat(
            confide
                .createStaff()
                .create(
                    admin,
                    new CreateStaffUseCase.Command(
                        email, name, Set.of(role), PASSWORD.toCharArray())))
        .isInstanceOf(Outcome.Done.class);
    return logIn(email);
  }

  /**
   * Every event of the audit trail, newest first, as the administrator browses it (which is itself
   * an event, recorded after this answer).
   *
   * @return up to 1,000 events
   */
  public java.util.List<org.confide.domain.audit.AuditEvent> auditEvents() {
    return confide
        .browseAuditTrail()
        .browse(
            admin,
            new org.confide.application.port.in.BrowseAuditTrailUseCase.Command(
                Instant.EPOCH,
                Instant.parse("2100-01-01T00:00:00Z"),
                java.util.Optional.empty(),
                java.util.Optional.empty(),
                java.util.Optional.empty(),
                java.util.Optional.empty(),
                1000))
        .orElseThrow()
        .events();
  }

  /**
   * The events of one action in the audit trail, read from the store (so that reading them is no
   * event itself), oldest first.
   *
   * @param action the action
   * @return up to 10,000 events of it
   */
  public java.util.List<org.confide.domain.audit.AuditEvent> audited(
      org.confide.domain.audit.AuditAction action) {
    return ports
        .auditTrail()
        .between(
            Instant.EPOCH,
            Instant.parse("2100-01-01T00:00:00Z"),
            java.util.Optional.empty(),
            10_000)
        .stream()
        .filter(event -> event.action() == action)
        .toList();
  }

  /**
   * Logs in an account the fixture created, with {@link #PASSWORD}; fails if it is refused.
   *
   * @param email the account's email
   * @return a new session of the account
   */
  public SessionToken logIn(String email) {
    return confide
        .logInStaff()
        .logIn(LogInStaffUseCase.Command.withPassword(email, PASSWORD.toCharArray()))
        .orElseThrow()
        .token();
  }

  /**
   * Answers to the default questionnaire that raise no safeguarding concern: harassment of the
   * reporter, a student, on campus, by no one under 18, with no immediate danger.
   *
   * @return a new, changeable map of question id to answer
   */
  public static Map<String, RawAnswer> calmAnswers() {
    var answers = new HashMap<String, RawAnswer>();
    answers.put("incident-type", RawAnswer.of("harassment"));
    answers.put("where", RawAnswer.of("on-campus"));
    answers.put("reporter-role", RawAnswer.of("student"));
    answers.put("affected-person", RawAnswer.of("me"));
    answers.put("under-18", RawAnswer.of("no"));
    answers.put("immediate-danger", RawAnswer.of("no"));
    return answers;
  }

  /**
   * An anonymous report with messaging, its account the given text.
   *
   * @param account the reporter's account
   * @return the command
   */
  public static Command anonymous(String account) {
    return AReport.anonymous().account(account).build();
  }

  /**
   * A named report without messaging, from Sam Reporter, who would like support from a woman
   * adviser.
   *
   * @param account the reporter's account
   * @return the command
   */
  public static Command named(String account) {
    return AReport.named().account(account).support(true, "a woman adviser").build();
  }

  /**
   * Submits a report; fails if the submission is refused.
   *
   * @param command what the reporter submits, for example from {@link AReport}
   * @return the receipt, with the reference and, for an anonymous report with messaging, the code
   */
  public SubmitReportUseCase.Receipt submit(Command command) {
    return confide.submitReport().submit(command).orElseThrow();
  }

  /**
   * Opens a reporter session with the access code of a receipt, as the reporter coming back would.
   *
   * @param receipt the receipt of an anonymous report with messaging
   * @return the reporter's session
   */
  public SessionToken reporterSessionFor(SubmitReportUseCase.Receipt receipt) {
    return confide
        .openReporterSession()
        .open(new OpenReporterSessionUseCase.Command(receipt.accessCode().orElseThrow().display()))
        .orElseThrow()
        .token();
  }
}
