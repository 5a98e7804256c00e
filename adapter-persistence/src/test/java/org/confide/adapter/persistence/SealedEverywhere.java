package org.confide.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.confide.application.Confide;
import org.confide.application.port.in.AddNoteUseCase;
import org.confide.application.port.in.ChangeCaseStatusUseCase;
import org.confide.application.port.in.CreateStaffUseCase;
import org.confide.application.port.in.EnsureFirstAdministratorUseCase;
import org.confide.application.port.in.EscalateCaseUseCase;
import org.confide.application.port.in.LogInStaffUseCase;
import org.confide.application.port.in.OpenReporterSessionUseCase;
import org.confide.application.port.in.ReplyToReporterUseCase;
import org.confide.application.port.in.SendReporterMessageUseCase;
import org.confide.application.port.in.SessionToken;
import org.confide.application.port.in.ViewCaseUseCase;
import org.confide.domain.report.ReportStatus;
import org.confide.domain.shared.ReportReference;
import org.confide.domain.staff.EmailAddress;
import org.confide.domain.staff.Role;
import org.confide.testing.AReport;
import org.confide.testing.TwoFactor;

/**
 * Writes, through the use cases, a value into every column that holds sealed content: a named
 * report with contact details and a support preference, an anonymous one with messages both ways
 * and a note, a status reason, an escalation raised by hand and two members' authenticator secrets.
 * Each text is one of {@link #CANARIES}; the authenticator secrets and recovery codes are added to
 * the list given, so a test can look for them too.
 */
final class SealedEverywhere {

  static final String PASSWORD = "a long enough password";
  static final List<String> CANARIES =
      List.of(
          "canary-account-4f1c",
          "canary-named-person-8d2e",
          "canary-location-77ab",
          "Canary Contactname",
          "canary-contact@example.ac.uk",
          "07700 900 123",
          "canary-preference-5a5a",
          "canary-reporter-message-c3d4",
          "canary-staff-reply-e5f6",
          "canary-note-a7b8",
          "canary-status-reason-19c0",
          "canary-escalation-reason-2b3d");

  /**
   * What was written.
   *
   * @param adviser a session of the adviser who wrote the reply and the note
   * @param adviserSecret the adviser's authenticator secret (base32), to sign in again with
   * @param anonymousCode the access code of the anonymous report
   */
  record Written(
      ReportReference named,
      ReportReference anonymous,
      SessionToken adviser,
      String adviserSecret,
      String anonymousCode) {}

  private final List<String> canaries;

  /** Adds the staff members' authenticator secrets and recovery codes to {@code canaries}. */
  SealedEverywhere(List<String> canaries) {
    this.canaries = canaries;
  }

  Written write(Confide confide) {
    confide
        .ensureFirstAdministrator()
        .ensure(
            new EnsureFirstAdministratorUseCase.Command(
                EmailAddress.of("admin@example.ac.uk"), "Admin", PASSWORD.toCharArray()));
    var admin = setUpTwoFactor(confide, logIn(confide, "admin@example.ac.uk")).session();
    confide
        .createStaff()
        .create(
            admin,
            new CreateStaffUseCase.Command(
                "adviser@example.ac.uk", "Adviser", Set.of(Role.ADVISER), PASSWORD.toCharArray()))
        .orElseThrow();
    var adviserEnrolled = setUpTwoFactor(confide, logIn(confide, "adviser@example.ac.uk"));
    var adviser = adviserEnrolled.session();

    var named =
        confide
            .submitReport()
            .submit(
                withCanaryAnswers(AReport.named())
                    .contact(CANARIES.get(3), CANARIES.get(4), CANARIES.get(5))
                    .support(true, CANARIES.get(6))
                    .build())
            .orElseThrow();
    var anonymous =
        confide.submitReport().submit(withCanaryAnswers(AReport.anonymous()).build()).orElseThrow();
    var reporter =
        confide
            .openReporterSession()
            .open(
                new OpenReporterSessionUseCase.Command(
                    anonymous.accessCode().orElseThrow().display()))
            .orElseThrow()
            .token();
    confide
        .sendReporterMessage()
        .send(reporter, new SendReporterMessageUseCase.Command(CANARIES.get(7)))
        .orElseThrow();
    confide
        .replyToReporter()
        .reply(adviser, new ReplyToReporterUseCase.Command(anonymous.reference(), CANARIES.get(8)))
        .orElseThrow();
    confide
        .addNote()
        .add(adviser, new AddNoteUseCase.Command(anonymous.reference(), CANARIES.get(9)))
        .orElseThrow();
    confide
        .changeCaseStatus()
        .change(
            adviser,
            new ChangeCaseStatusUseCase.Command(
                named.reference(), ReportStatus.OPEN, CANARIES.get(10)))
        .orElseThrow();
    confide
        .escalateCase()
        .escalate(adviser, new EscalateCaseUseCase.Command(named.reference(), CANARIES.get(11)))
        .orElseThrow();
    // Read everything back once, so the test also proves the sealed values open again.
    var caseFile =
        confide
            .viewCase()
            .view(adviser, new ViewCaseUseCase.Command(named.reference()))
            .orElseThrow();
    assertThat(caseFile.account()).contains(CANARIES.get(0));
    assertThat(caseFile.contact().orElseThrow().name()).isEqualTo(CANARIES.get(3));
    return new Written(
        named.reference(),
        anonymous.reference(),
        adviser,
        adviserEnrolled.secret(),
        anonymous.accessCode().orElseThrow().display());
  }

  /** A password sign-in of a member who has not set up two-factor sign-in yet. */
  private static SessionToken logIn(Confide confide, String email) {
    return confide
        .logInStaff()
        .logIn(LogInStaffUseCase.Command.withPassword(email, PASSWORD.toCharArray()))
        .orElseThrow()
        .token();
  }

  /**
   * Sets up two-factor sign-in for the holder of {@code session}, adding the secret and the
   * recovery codes to the canaries; returns the new session.
   */
  private TwoFactor.Enrolled setUpTwoFactor(Confide confide, SessionToken session) {
    var enrolled = TwoFactor.setUp(confide, session, Clock.systemUTC());
    canaries.add(enrolled.secret());
    for (var recovery : enrolled.recoveryCodes()) {
      canaries.add(recovery);
      canaries.add(recovery.replace("-", ""));
    }
    return enrolled;
  }

  private static AReport withCanaryAnswers(AReport report) {
    return report
        .account(CANARIES.get(0))
        .answer("named-person", CANARIES.get(1))
        .answer("location-detail", CANARIES.get(2));
  }
}
