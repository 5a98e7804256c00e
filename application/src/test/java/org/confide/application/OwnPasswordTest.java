package org.confide.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.confide.testing.Failures.failedWith;

import org.confide.application.port.in.ChangeOwnPasswordUseCase;
import org.confide.application.port.in.Failure;
import org.confide.application.port.in.LogInStaffUseCase;
import org.confide.application.port.in.Outcome;
import org.confide.application.port.in.PasswordChangeFailure;
import org.confide.application.port.in.SessionToken;
import org.confide.domain.audit.AuditAction;
import org.confide.domain.audit.AuditEvent;
import org.confide.testing.Fixture;
import org.junit.jupiter.api.Test;

/**
 * A staff member changes their own password: the current one is required, every other session of
 * theirs ends and the one that asked stays.
 */
class OwnPasswordTest {

  private static final String NEW_PASSWORD = "a brand new long password";

  private final Fixture fixture = new Fixture();
  private final Confide confide = fixture.confide;

  private Outcome<Outcome.Ok, PasswordChangeFailure> change(
      SessionToken session, String current, String wanted) {
    return confide
        .changeOwnPassword()
        .change(
            session,
            new ChangeOwnPasswordUseCase.Command(current.toCharArray(), wanted.toCharArray()));
  }

  private boolean signsInWith(String email, String password) {
    return confide
        .logInStaff()
        .logIn(LogInStaffUseCase.Command.withPassword(email, password.toCharArray()))
        .isDone();
  }

  @Test
  void the_new_password_signs_in_other_sessions_end_and_this_one_stays() {
    var elsewhere = fixture.logIn("adviser@example.ac.uk");
    var here = fixture.logIn("adviser@example.ac.uk");

    var changed = change(here, Fixture.PASSWORD, NEW_PASSWORD);

    assertThat(changed.isDone()).isTrue();
    assertThat(confide.identifyStaff().identify(here).isDone()).isTrue();
    assertThat(confide.identifyStaff().identify(elsewhere))
        .is(failedWith(Failure.Unauthenticated.class));
    assertThat(confide.identifyStaff().identify(fixture.adviser))
        .is(failedWith(Failure.Unauthenticated.class));
    assertThat(signsInWith("adviser@example.ac.uk", Fixture.PASSWORD)).isFalse();
    assertThat(signsInWith("adviser@example.ac.uk", NEW_PASSWORD)).isTrue();
    assertThat(events())
        .filteredOn(event -> event.action() == AuditAction.PASSWORD_CHANGED)
        .singleElement()
        .extracting(AuditEvent::detail)
        .isEqualTo("");
  }

  @Test
  void a_changed_password_is_emailed_to_that_member_alone_and_a_refused_change_is_not() {
    var here = fixture.logIn("adviser@example.ac.uk");

    change(here, "not the password at all", NEW_PASSWORD);
    assertThat(Outbox.lines(fixture)).noneMatch(line -> line.startsWith("PASSWORD_CHANGED"));

    change(here, Fixture.PASSWORD, NEW_PASSWORD);
    assertThat(Outbox.lines(fixture))
        .filteredOn(line -> line.startsWith("PASSWORD_CHANGED"))
        .containsExactly("PASSWORD_CHANGED adviser@example.ac.uk");
  }

  @Test
  void a_wrong_current_password_or_a_short_new_one_is_refused_naming_the_field() {
    var wrongCurrent = change(fixture.adviser, "not the password at all", NEW_PASSWORD);
    var tooShort = change(fixture.adviser, Fixture.PASSWORD, "short");

    assertThat(wrongCurrent)
        // The English words and the field; the code is ProblemWordsTest's to check.
        .usingRecursiveComparison()
        .ignoringFieldsMatchingRegexes(".*code", ".*arguments")
        .isEqualTo(
            Outcome.failed(
                Failure.Invalid.of("currentPassword", "That is not your current password")));
    assertThat(tooShort)
        // The English words and the field; the code is ProblemWordsTest's to check.
        .usingRecursiveComparison()
        .ignoringFieldsMatchingRegexes(".*code", ".*arguments")
        .isEqualTo(
            Outcome.failed(
                Failure.Invalid.of("newPassword", "Use a password of at least 12 characters")));
    assertThat(signsInWith("adviser@example.ac.uk", Fixture.PASSWORD)).isTrue();
    assertThat(confide.identifyStaff().identify(fixture.adviser).isDone()).isTrue();
  }

  @Test
  void without_a_staff_session_nothing_changes() {
    var reporter =
        fixture.reporterSessionFor(fixture.submit(Fixture.anonymous("Something happened.")));

    assertThat(change(reporter, Fixture.PASSWORD, NEW_PASSWORD))
        .is(failedWith(Failure.Unauthenticated.class));
  }

  private java.util.List<AuditEvent> events() {
    return fixture.auditEvents();
  }
}
