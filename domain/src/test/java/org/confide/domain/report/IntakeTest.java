package org.confide.domain.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.confide.domain.questionnaire.DefaultQuestionnaire;
import org.confide.domain.questionnaire.RawAnswer;
import org.confide.domain.shared.FieldProblem;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class IntakeTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 2);

  private static Map<String, RawAnswer> calmAnswers() {
    var answers = new HashMap<String, RawAnswer>();
    answers.put("incident-type", RawAnswer.of("harassment"));
    answers.put("where", RawAnswer.of("on-campus"));
    answers.put("reporter-role", RawAnswer.of("student"));
    answers.put("affected-person", RawAnswer.of("me"));
    answers.put("under-18", RawAnswer.of("no"));
    answers.put("immediate-danger", RawAnswer.of("no"));
    return answers;
  }

  private static Intake.Result check(Intake.Draft draft) {
    return Intake.check(DefaultQuestionnaire.standard(), draft, TODAY);
  }

  private static Intake.Draft anonymous(boolean messaging) {
    return new Intake.Draft(
        calmAnswers(),
        Optional.of("  Someone shouted at me.  "),
        true,
        false,
        null,
        null,
        null,
        messaging,
        false,
        Optional.empty());
  }

  private static Intake.Draft named(String email, boolean supportWanted, boolean messaging) {
    return new Intake.Draft(
        calmAnswers(),
        Optional.empty(),
        false,
        true,
        "Sam Reporter",
        email,
        "",
        messaging,
        supportWanted,
        Optional.of("a woman adviser"));
  }

  @Nested
  class Accepted {

    @Test
    void an_anonymous_report_with_messaging_keeps_its_account_stripped() {
      var result = check(anonymous(true));

      assertThat(result).isInstanceOf(Intake.Result.Accepted.class);
      var checked = ((Intake.Result.Accepted) result).checked();
      assertThat(checked.anonymity().isAnonymous()).isTrue();
      assertThat(checked.twoWayMessaging()).isTrue();
      assertThat(checked.account()).map(Account::text).contains("Someone shouted at me.");
      assertThat(checked.supportRequest()).isEmpty();
    }

    @Test
    void a_named_report_asking_for_support_carries_the_request() {
      var result = check(named("sam@example.ac.uk", true, false));

      var checked = ((Intake.Result.Accepted) result).checked();
      assertThat(checked.anonymity().isAnonymous()).isFalse();
      assertThat(checked.supportRequest())
          .map(SupportRequest::adviserPreference)
          .contains(Optional.of("a woman adviser"));
    }
  }

  @Nested
  class Refused {

    @Test
    void a_preference_over_its_limit_is_named_with_the_limit_and_its_length() {
      var draft =
          new Intake.Draft(
              calmAnswers(),
              Optional.empty(),
              false,
              true,
              "Sam Reporter",
              "sam@example.ac.uk",
              "",
              false,
              true,
              Optional.of("w".repeat(501)));

      assertThat(((Intake.Result.Refused) check(draft)).problems())
          .usingRecursiveFieldByFieldElementComparatorOnFields("field", "message")
          .containsExactly(
              new FieldProblem(
                  "support.adviserPreference",
                  "Your preference can be up to 500 characters: it has 501"));
    }

    @Test
    void every_problem_is_named_at_once() {
      var answers = calmAnswers();
      answers.remove("where");
      var draft =
          new Intake.Draft(
              answers,
              Optional.empty(),
              false,
              true,
              "Sam",
              "not an address",
              "",
              true,
              false,
              Optional.empty());

      var result = check(draft);

      assertThat(result).isInstanceOf(Intake.Result.Refused.class);
      assertThat(((Intake.Result.Refused) result).problems())
          .extracting(FieldProblem::field)
          .contains("answers.where", "contact.email", "messaging");
    }

    @Test
    void a_named_report_without_contact_details_is_refused() {
      var draft =
          new Intake.Draft(
              calmAnswers(),
              Optional.empty(),
              false,
              false,
              null,
              null,
              null,
              false,
              false,
              Optional.empty());

      assertThat(((Intake.Result.Refused) check(draft)).problems())
          .extracting(FieldProblem::field)
          .containsExactly("contact");
    }

    @Test
    void support_asked_for_anonymously_is_refused() {
      var draft =
          new Intake.Draft(
              calmAnswers(),
              Optional.empty(),
              true,
              false,
              null,
              null,
              null,
              false,
              true,
              Optional.empty());

      assertThat(((Intake.Result.Refused) check(draft)).problems())
          .extracting(FieldProblem::field)
          .containsExactly("support");
    }

    @Test
    void contact_details_sent_with_an_anonymous_report_are_refused() {
      var draft =
          new Intake.Draft(
              calmAnswers(),
              Optional.empty(),
              true,
              true,
              "Sam Reporter",
              "sam@example.ac.uk",
              null,
              false,
              false,
              Optional.empty());

      assertThat(((Intake.Result.Refused) check(draft)).problems())
          .extracting(FieldProblem::field)
          .containsExactly("contact");
    }

    @Test
    void empty_contact_details_with_an_anonymous_report_give_nothing_away_and_pass() {
      var draft =
          new Intake.Draft(
              calmAnswers(),
              Optional.empty(),
              true,
              true,
              " ",
              "",
              null,
              false,
              false,
              Optional.empty());

      assertThat(check(draft)).isInstanceOf(Intake.Result.Accepted.class);
    }
  }
}
