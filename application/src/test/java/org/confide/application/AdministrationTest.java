package org.confide.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.confide.testing.Failures.failedWith;

import java.util.Set;
import org.confide.application.port.in.AddNoteUseCase;
import org.confide.application.port.in.CreateStaffUseCase;
import org.confide.application.port.in.DeactivateStaffUseCase;
import org.confide.application.port.in.EnsureFirstAdministratorUseCase;
import org.confide.application.port.in.EnsureFirstAdministratorUseCase.Ensured;
import org.confide.application.port.in.Failure;
import org.confide.application.port.in.LoadQuestionnaireUseCase;
import org.confide.application.port.in.LogInStaffUseCase;
import org.confide.application.port.in.Outcome;
import org.confide.application.port.in.ReplyToReporterUseCase;
import org.confide.application.port.in.ViewCaseUseCase;
import org.confide.domain.questionnaire.DefaultQuestionnaire;
import org.confide.domain.questionnaire.QuestionnaireVersion;
import org.confide.domain.staff.EmailAddress;
import org.confide.domain.staff.Role;
import org.confide.testing.Failures;
import org.confide.testing.Fixture;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Administrators run the service: accounts, questionnaire, the first administrator. */
class AdministrationTest {

  private final Fixture fixture = new Fixture();
  private final Confide confide = fixture.confide;

  @Nested
  class StaffAccounts {

    @Test
    void a_new_account_can_log_in_with_its_roles() {
      var created =
          confide
              .createStaff()
              .create(
                  fixture.admin,
                  new CreateStaffUseCase.Command(
                      "New.Person@Example.ac.uk",
                      "New Person",
                      Set.of(Role.ADVISER, Role.SAFEGUARDING_LEAD),
                      Fixture.PASSWORD.toCharArray()));

      assertThat(created.isDone()).isTrue();
      var session = fixture.logIn("new.person@example.ac.uk");
      assertThat(confide.identifyStaff().identify(session).orElseThrow().roles())
          .containsExactlyInAnyOrder(Role.ADVISER, Role.SAFEGUARDING_LEAD);
    }

    @Test
    void a_taken_email_a_short_password_and_no_role_are_refused() {
      var taken =
          confide
              .createStaff()
              .create(
                  fixture.admin,
                  new CreateStaffUseCase.Command(
                      "ADVISER@example.ac.uk",
                      "Dup",
                      Set.of(Role.ADVISER),
                      Fixture.PASSWORD.toCharArray()));
      assertThat(Failures.fields(taken)).containsExactly("email");

      var weak =
          confide
              .createStaff()
              .create(
                  fixture.admin,
                  new CreateStaffUseCase.Command(
                      "x@example.ac.uk", " ", Set.of(), "short".toCharArray()));
      assertThat(Failures.fields(weak))
          .containsExactlyInAnyOrder("displayName", "roles", "password");
      assertThat(confide.listStaff().list(fixture.admin).orElseThrow()).hasSize(5);
    }

    @Test
    void an_administrator_cannot_deactivate_themselves() {
      assertThat(
              confide
                  .deactivateStaff()
                  .deactivate(
                      fixture.admin,
                      new DeactivateStaffUseCase.Command(EmailAddress.of("admin@example.ac.uk"))))
          .is(failedWith(Failure.Refused.class));
    }

    @Test
    void the_first_administrator_is_created_only_when_there_is_no_account() {
      assertThat(
              confide
                  .ensureFirstAdministrator()
                  .ensure(
                      new EnsureFirstAdministratorUseCase.Command(
                          EmailAddress.of("second@example.ac.uk"),
                          "Second",
                          Fixture.PASSWORD.toCharArray())))
          .isEqualTo(Outcome.done(new Ensured.AlreadyStaffed()));
      assertThat(
              confide
                  .logInStaff()
                  .logIn(
                      LogInStaffUseCase.Command.withPassword(
                          "second@example.ac.uk", Fixture.PASSWORD.toCharArray())))
          .is(failedWith(Failure.Unauthenticated.class));
    }
  }

  @Nested
  class Questionnaire {

    @Test
    void a_new_version_becomes_current_and_old_reports_still_read_against_their_own() {
      var receipt = fixture.submit(Fixture.anonymous("Under version 2."));

      assertThat(
              confide
                  .loadQuestionnaire()
                  .load(fixture.admin, new LoadQuestionnaireUseCase.Command(theDefaultAs(3))))
          .isEqualTo(Outcome.done(QuestionnaireVersion.of(3)));

      assertThat(confide.readQuestionnaire().current().version().value()).isEqualTo(3);
      var caseFile =
          confide
              .viewCase()
              .view(fixture.adviser, new ViewCaseUseCase.Command(receipt.reference()))
              .orElseThrow();
      assertThat(caseFile.answers()).isNotEmpty();
    }

    // Reading a questionnaire file, and naming what is wrong in it, is the adapters' part.
    @Test
    void an_old_version_is_refused_naming_the_problem() {
      assertThat(
              Failures.fields(
                  confide
                      .loadQuestionnaire()
                      .load(fixture.admin, new LoadQuestionnaireUseCase.Command(theDefaultAs(2)))))
          .containsExactly("questionnaire.version");
      assertThat(confide.readQuestionnaire().current().version().value()).isEqualTo(2);
    }

    private static org.confide.domain.questionnaire.Questionnaire theDefaultAs(int version) {
      return org.confide.domain.questionnaire.Questionnaire.of(
          QuestionnaireVersion.of(version), DefaultQuestionnaire.standard().questions());
    }
  }

  @Test
  void internal_notes_are_never_shown_to_the_reporter() {
    var receipt = fixture.submit(Fixture.anonymous("Something."));
    var reporter = fixture.reporterSessionFor(receipt);
    confide
        .addNote()
        .add(
            fixture.adviser,
            new AddNoteUseCase.Command(receipt.reference(), "Private: check CCTV"));
    confide
        .replyToReporter()
        .reply(
            fixture.adviser,
            new ReplyToReporterUseCase.Command(receipt.reference(), "Thank you for telling us."));

    var thread = confide.readMyThread().read(reporter).orElseThrow();

    assertThat(thread.messages())
        .singleElement()
        .satisfies(m -> assertThat(m.body()).isEqualTo("Thank you for telling us."));
    assertThat(
            confide
                .viewCase()
                .view(fixture.adviser, new ViewCaseUseCase.Command(receipt.reference()))
                .orElseThrow()
                .notes())
        .singleElement()
        .satisfies(n -> assertThat(n.body()).isEqualTo("Private: check CCTV"));
  }
}
