package org.confide.domain.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import java.util.Optional;
import org.confide.domain.shared.FieldProblem;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class ContactDetailsTest {

  private static ContactDetails valid(ContactDetails.Check check) {
    assertThat(check).isInstanceOf(ContactDetails.Check.Valid.class);
    return ((ContactDetails.Check.Valid) check).contact();
  }

  private static List<FieldProblem> problems(ContactDetails.Check check) {
    assertThat(check).isInstanceOf(ContactDetails.Check.Invalid.class);
    // Each problem as the person reads it in English: its field and its words.
    return ((ContactDetails.Check.Invalid) check)
        .problems().stream()
            .map(problem -> new FieldProblem(problem.field(), problem.message()))
            .toList();
  }

  private static List<String> fields(ContactDetails.Check check) {
    return problems(check).stream().map(FieldProblem::field).toList();
  }

  @Nested
  class CheckingWhatWasTyped {

    @Test
    void a_name_and_an_email_are_enough() {
      var contact = valid(ContactDetails.check("Alex", "alex@example.ac.uk", null));

      assertThat(contact.name()).isEqualTo("Alex");
      assertThat(contact.email()).contains("alex@example.ac.uk");
      assertThat(contact.phone()).isEmpty();
    }

    @Test
    void a_name_and_a_phone_are_enough() {
      var contact = valid(ContactDetails.check("Alex", null, "+44 (0)20 7946-0958"));

      assertThat(contact.email()).isEmpty();
      assertThat(contact.phone()).contains("+44 (0)20 7946-0958");
    }

    @Test
    void both_email_and_phone_may_be_given() {
      var contact = valid(ContactDetails.check("Alex", "alex@example.ac.uk", "07700 900123"));

      assertThat(contact.email()).contains("alex@example.ac.uk");
      assertThat(contact.phone()).contains("07700 900123");
    }

    @Test
    void every_part_is_trimmed() {
      var contact =
          valid(ContactDetails.check("  Alex Example ", " alex@example.ac.uk\t", " 07700 900123 "));

      assertThat(contact)
          .isEqualTo(
              new ContactDetails(
                  "Alex Example", Optional.of("alex@example.ac.uk"), Optional.of("07700 900123")));
    }

    @Test
    void a_blank_email_or_phone_counts_as_not_given() {
      var contact = valid(ContactDetails.check("Alex", "   ", "07700 900123"));

      assertThat(contact.email()).isEmpty();
      assertThat(valid(ContactDetails.check("Alex", "alex@example.ac.uk", "")).phone()).isEmpty();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\t\n"})
    void a_missing_name_is_a_problem_with_the_name(String name) {
      var problems = problems(ContactDetails.check(name, "alex@example.ac.uk", null));

      assertThat(problems)
          .containsExactly(new FieldProblem("contact.name", "Tell us what to call you"));
    }

    @Test
    void a_name_longer_than_200_characters_is_refused() {
      assertThat(valid(ContactDetails.check("a".repeat(200), "a@example.ac.uk", null)).name())
          .hasSize(200);

      var problems = problems(ContactDetails.check("a".repeat(201), "a@example.ac.uk", null));

      assertThat(problems)
          .containsExactly(
              new FieldProblem(
                  "contact.name", "Your name can be up to 200 characters: it has 201"));
    }

    @Test
    void an_email_address_or_phone_number_over_its_limit_is_named_with_the_limit() {
      var email = "a".repeat(250) + "@example.ac.uk";
      var phone = "0".repeat(41);

      var problems = problems(ContactDetails.check("Alex", email, phone));

      assertThat(problems)
          .containsExactly(
              new FieldProblem(
                  "contact.email", "Your email address can be up to 254 characters: it has 264"),
              new FieldProblem(
                  "contact.phone", "Your phone number can be up to 40 characters: it has 41"));
    }

    @Test
    void a_name_with_a_control_character_is_refused() {
      var problems = problems(ContactDetails.check("Al\u0000ex", "a@example.ac.uk", null));

      assertThat(problems)
          .containsExactly(
              new FieldProblem("contact.name", "Your name must not contain control characters"));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  ", "\t"})
    void neither_email_nor_phone_is_a_problem_with_the_email(String absent) {
      var problems = problems(ContactDetails.check("Alex", absent, absent));

      assertThat(problems)
          .containsExactly(
              new FieldProblem(
                  "contact.email", "Give an email address or a phone number, or both"));
    }

    @ParameterizedTest
    @ValueSource(
        strings = {
          "alex",
          "alex@",
          "@example.ac.uk",
          "alex@example",
          "alex@example.c",
          "alex@@example.ac.uk",
          "alex @example.ac.uk",
          "alex@exa mple.ac.uk",
          "<alex@example.ac.uk>",
          "alex@example.ac.uk, bob@example.ac.uk"
        })
    void a_malformed_email_is_a_problem_with_the_email(String email) {
      assertThat(fields(ContactDetails.check("Alex", email, null)))
          .containsExactly("contact.email");
    }

    @Test
    void an_email_longer_than_254_characters_is_refused() {
      var local = "a".repeat(64);
      var domain = "b".repeat(250 - local.length() - 4) + ".uk";
      var fits = local + "@" + domain;
      assertThat(fits).hasSize(250);
      assertThat(valid(ContactDetails.check("Alex", fits, null)).email()).contains(fits);

      var tooLong = local + "@" + "b".repeat(255 - local.length() - 4) + ".uk";

      assertThat(tooLong).hasSize(255);
      assertThat(fields(ContactDetails.check("Alex", tooLong, null)))
          .containsExactly("contact.email");
    }

    @ParameterizedTest
    @ValueSource(
        strings = {
          "12345",
          "1234567890123456",
          "+44 20 7946 09x8",
          "++44 20 7946 0958",
          "020/7946/0958",
          "phone me",
          "+44 20 7946 0958 ext"
        })
    void a_malformed_phone_is_a_problem_with_the_phone(String phone) {
      assertThat(fields(ContactDetails.check("Alex", null, phone)))
          .containsExactly("contact.phone");
    }

    @ParameterizedTest
    @ValueSource(strings = {"123456", "123456789012345", "+1 (555) 010-0199", "0161.496.0000"})
    void phones_of_six_to_fifteen_digits_are_accepted(String phone) {
      assertThat(valid(ContactDetails.check("Alex", null, phone)).phone()).contains(phone);
    }

    @Test
    void every_problem_is_listed_at_once_in_field_order() {
      var problems = problems(ContactDetails.check(" ", "not-an-email", "not a phone"));

      assertThat(problems)
          .extracting(FieldProblem::field)
          .containsExactly("contact.name", "contact.email", "contact.phone");
    }

    @Test
    void problems_never_repeat_what_was_typed() {
      var problems =
          problems(ContactDetails.check("x".repeat(300), "secret-address@nowhere", "0 secret"));

      assertThat(problems)
          .hasSize(3)
          .allSatisfy(problem ->
              assertThat(problem.message())
                  .doesNotContain("xxx")
                  .doesNotContain("secret")
                  .doesNotContain("nowhere"));
    }
  }

  @Nested
  class Constructing {

    @Test
    void the_constructor_trims_every_part() {
      var contact =
          new ContactDetails(" Alex ", Optional.of(" a@example.ac.uk "), Optional.of(" 123456 "));

      assertThat(contact.name()).isEqualTo("Alex");
      assertThat(contact.email()).contains("a@example.ac.uk");
      assertThat(contact.phone()).contains("123456");
    }

    @Test
    void a_missing_name_is_refused_naming_the_field() {
      assertThatIllegalArgumentException()
          .isThrownBy(
              () -> new ContactDetails(null, Optional.of("a@example.ac.uk"), Optional.empty()))
          .withMessageStartingWith("contact.name");
    }

    @Test
    void neither_email_nor_phone_is_refused_naming_the_field() {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> new ContactDetails("Alex", Optional.empty(), Optional.empty()))
          .withMessageStartingWith("contact.email");
    }

    @Test
    void a_bad_email_is_refused_naming_the_field() {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> new ContactDetails("Alex", Optional.of("nope"), Optional.empty()))
          .withMessageStartingWith("contact.email");
    }

    @Test
    void a_bad_phone_is_refused_naming_the_field() {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> new ContactDetails("Alex", Optional.empty(), Optional.of("12")))
          .withMessageStartingWith("contact.phone");
    }

    @Test
    void null_instead_of_an_optional_is_refused_naming_the_fields() {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> new ContactDetails("Alex", null, Optional.of("123456")))
          .withMessageContaining("email");
      assertThatIllegalArgumentException()
          .isThrownBy(() -> new ContactDetails("Alex", Optional.of("a@example.ac.uk"), null))
          .withMessageContaining("phone");
    }

    @Test
    void the_message_of_a_refusal_does_not_repeat_the_value() {
      assertThatIllegalArgumentException()
          .isThrownBy(
              () -> new ContactDetails("Alex", Optional.of("private-address"), Optional.empty()))
          .withMessageNotContaining("private-address");
    }
  }

  @Nested
  class Printing {

    @Test
    void to_string_says_which_parts_are_present_and_nothing_else() {
      var contact =
          new ContactDetails(
              "Alex Example", Optional.of("alex@example.ac.uk"), Optional.of("07700 900123"));

      assertThat(contact.toString())
          .isEqualTo("ContactDetails[name, email, phone]")
          .doesNotContain("Alex")
          .doesNotContain("example")
          .doesNotContain("07700");
    }

    @Test
    void to_string_says_when_a_part_is_missing() {
      assertThat(new ContactDetails("Alex", Optional.empty(), Optional.of("123456")).toString())
          .isEqualTo("ContactDetails[name, no email, phone]");
      assertThat(
              new ContactDetails("Alex", Optional.of("a@example.ac.uk"), Optional.empty())
                  .toString())
          .isEqualTo("ContactDetails[name, email, no phone]");
    }

    @Test
    void named_anonymity_does_not_print_the_details_either() {
      var named = Anonymity.named(AReport.aContact());

      assertThat(named.toString()).doesNotContain("Alex").doesNotContain("alex@example.ac.uk");
    }
  }
}
