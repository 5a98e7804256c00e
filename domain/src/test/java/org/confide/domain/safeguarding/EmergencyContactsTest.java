package org.confide.domain.safeguarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.confide.domain.shared.Checked;
import org.confide.domain.shared.FieldProblem;
import org.confide.domain.shared.Language;
import org.confide.domain.shared.OwnText;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class EmergencyContactsTest {

  private static Map<Language, String> texts(Object... pairs) {
    var texts = new LinkedHashMap<Language, String>();
    for (int i = 0; i < pairs.length; i += 2) {
      texts.put((Language) pairs[i], (String) pairs[i + 1]);
    }
    return texts;
  }

  private static EmergencyContacts.Entry entry(String name, String phone, String url, String note) {
    return new EmergencyContacts.Entry(name, phone, url, note);
  }

  @Nested
  class UntilAnOrganisationSetsItsOwn {

    @Test
    void reporters_are_shown_the_national_contacts_emergency_services_nhs_111_and_samaritans() {
      var shown = EmergencyContacts.notSet().inForce();

      assertThat(shown)
          .extracting(c -> c.name().first(), c -> c.phone().orElseThrow())
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple("Emergency services", "999"),
              org.assertj.core.groups.Tuple.tuple("NHS 111", "111"),
              org.assertj.core.groups.Tuple.tuple("Samaritans", "116 123"));
      assertThat(EmergencyContacts.notSet().isSet()).isFalse();
    }

    @Test
    void no_national_contact_is_a_placeholder() {
      assertThat(EmergencyContacts.national())
          .allSatisfy(contact -> {
            assertThat(contact.phone().orElseThrow()).matches("[0-9 ]+");
            assertThat(contact.note()).isPresent();
            assertThat(contact.toString()).doesNotContainIgnoringCase("not yet set");
          });
    }

    @Test
    void once_set_only_the_organisations_own_are_shown() {
      var own = new EmergencyContact("Campus security", "01632 960 000", "Day and night");

      var contacts = new EmergencyContacts(List.of(own));

      assertThat(contacts.isSet()).isTrue();
      assertThat(contacts.inForce()).containsExactly(own);
    }
  }

  @Nested
  class Checking {

    @Test
    void a_contact_reached_only_by_web_address_is_valid_and_blank_parts_are_not_given() {
      var checked =
          EmergencyContacts.check(
              List.of(entry(" Nightline ", " ", "https://nightline.example/", "")));

      assertThat(checked).isInstanceOf(Checked.Valid.class);
      var contact = ((Checked.Valid<EmergencyContacts>) checked).value().own().getFirst();
      assertThat(contact.name()).isEqualTo(OwnText.of("Nightline"));
      assertThat(contact.phone()).isEmpty();
      assertThat(contact.url()).contains("https://nightline.example/");
      assertThat(contact.note()).isEmpty();
    }

    @Test
    void every_problem_is_named_by_its_place_in_the_list() {
      var checked =
          EmergencyContacts.check(
              List.of(
                  entry("Security", "01632 960 000", null, null),
                  entry("", null, null, null),
                  entry("Helpline", "call us", "javascript:alert(1)", "x".repeat(301))));

      assertThat(checked.problems())
          .extracting(FieldProblem::field)
          .containsExactly(
              "contacts[1].name",
              "contacts[1].phone",
              "contacts[2].phone",
              "contacts[2].url",
              "contacts[2].note");
    }

    @Test
    void a_name_and_note_may_be_written_in_each_language_and_a_blank_one_is_not_written() {
      var checked =
          EmergencyContacts.check(
              List.of(
                  new EmergencyContacts.Entry(
                      OwnText.Typed.of(texts(Language.ENGLISH, "Nightline", Language.WELSH, " ")),
                      null,
                      "https://nightline.example/",
                      OwnText.Typed.of(
                          texts(
                              Language.ENGLISH,
                              "Students listening to students",
                              Language.WELSH,
                              "Myfyrwyr yn gwrando ar fyfyrwyr")))));

      var contact = ((Checked.Valid<EmergencyContacts>) checked).value().own().getFirst();
      assertThat(contact.name()).isEqualTo(OwnText.of(texts(Language.ENGLISH, "Nightline")));
      assertThat(contact.note().orElseThrow().in(Language.WELSH))
          .isEqualTo("Myfyrwyr yn gwrando ar fyfyrwyr");
    }

    @Test
    void a_problem_in_one_language_is_named_by_its_place_and_language() {
      var checked =
          EmergencyContacts.check(
              List.of(
                  new EmergencyContacts.Entry(
                      OwnText.Typed.of(texts(Language.ENGLISH, "", Language.WELSH, "")),
                      "999",
                      null,
                      OwnText.Typed.of(texts(Language.WELSH, "x".repeat(301))))));

      assertThat(checked.problems())
          .extracting(FieldProblem::field)
          .containsExactly("contacts[0].name", "contacts[0].note.cy");
    }

    @Test
    void more_than_ten_contacts_are_refused_by_name() {
      var eleven = Collections.nCopies(11, entry("Security", "999", null, null));

      assertThat(EmergencyContacts.check(eleven).problems())
          .extracting(FieldProblem::field)
          .containsExactly("contacts");
    }

    @Test
    void an_empty_list_goes_back_to_the_national_contacts() {
      var checked = EmergencyContacts.check(List.of());

      assertThat(checked).isEqualTo(Checked.valid(EmergencyContacts.notSet()));
    }

    @Test
    void a_contact_with_no_way_to_reach_it_is_never_made() {
      assertThatThrownBy(() ->
              new EmergencyContact("Nobody", Optional.empty(), Optional.empty(), Optional.empty()))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }
}
