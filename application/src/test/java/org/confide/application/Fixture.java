package org.confide.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
 * lead and an analyst already logged in.
 */
public final class Fixture {

  /** Monday 2 November 2026, 10:00 in London (GMT). */
  public static final Instant MONDAY_MORNING = Instant.parse("2026-11-02T10:00:00Z");

  public static final String PASSWORD = "a long enough password";

  public final MutableClock clock = new MutableClock(MONDAY_MORNING);
  public final InMemoryConfide.Builder builder =
      InMemoryConfide.builder()
          .clock(clock)
          .passwordCost(Argon2idPasswords.Parameters.forTestsOnly())
          // Staff here sign in with a password alone; TwoFactorSignInTest covers the default,
          // where a second factor is required.
          .twoFactorRequired(false);
  public final Ports ports = builder.buildPorts();
  public final Confide confide = builder.build(ports);
  public SessionToken admin;
  public SessionToken adviser;
  public SessionToken otherAdviser;
  public SessionToken lead;
  public SessionToken analyst;

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
   */
  public void advance(java.time.Duration duration) {
    clock.advance(duration);
    logInEveryoneAgain();
  }

  /** Sets the time, and logs the staff in again. */
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

  /** The anonymous facts kept for trends. */
  public TrendFacts trendFacts() {
    return ports.trendFacts();
  }

  /** Creates an account with one role and logs it in. */
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

  public SessionToken logIn(String email) {
    return confide
        .logInStaff()
        .logIn(LogInStaffUseCase.Command.withPassword(email, PASSWORD.toCharArray()))
        .orElseThrow()
        .token();
  }

  /** Answers to the default questionnaire that raise no safeguarding concern. */
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

  /** An anonymous report with messaging, its account the given text. */
  public static Command anonymous(String account) {
    return AReport.anonymous().account(account).build();
  }

  /** A named report without messaging. */
  public static Command named(String account) {
    return AReport.named().account(account).support(true, "a woman adviser").build();
  }

  public SubmitReportUseCase.Receipt submit(Command command) {
    return confide.submitReport().submit(command).orElseThrow();
  }

  /** Submits anonymously and logs in with the code. */
  public SessionToken reporterSessionFor(SubmitReportUseCase.Receipt receipt) {
    return confide
        .openReporterSession()
        .open(new OpenReporterSessionUseCase.Command(receipt.accessCode().orElseThrow().display()))
        .orElseThrow()
        .token();
  }

  static List<String> fields(Outcome<?, ?> outcome) {
    return Failures.fields(outcome);
  }
}
