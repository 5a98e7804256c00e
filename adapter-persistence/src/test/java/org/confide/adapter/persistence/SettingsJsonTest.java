package org.confide.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Period;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.confide.domain.calendar.ClosurePeriod;
import org.confide.domain.calendar.PublicHoliday;
import org.confide.domain.calendar.ServiceLevel;
import org.confide.domain.calendar.WorkingCalendar;
import org.confide.domain.safeguarding.EmergencyContact;
import org.confide.domain.safeguarding.EmergencyContacts;
import org.confide.domain.settings.MonitoringHours;
import org.confide.domain.settings.ServiceProfile;
import org.confide.domain.settings.ServiceSettings;
import org.confide.domain.shared.Language;
import org.confide.domain.shared.OwnText;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class SettingsJsonTest {

  private static final ServiceSettings JERUSALEM =
      new ServiceSettings(
          new WorkingCalendar(
              EnumSet.of(
                  DayOfWeek.SUNDAY,
                  DayOfWeek.MONDAY,
                  DayOfWeek.TUESDAY,
                  DayOfWeek.WEDNESDAY,
                  DayOfWeek.THURSDAY),
              ZoneId.of("Asia/Jerusalem"),
              List.of(
                  new PublicHoliday(LocalDate.of(2026, 9, 12), "Rosh Hashanah"),
                  new PublicHoliday(LocalDate.of(2026, 4, 2), "Pesach — first day")),
              List.of(
                  new ClosurePeriod(
                      LocalDate.of(2026, 9, 20),
                      LocalDate.of(2026, 9, 22),
                      "We're closed for \"Yom Kippur\": ne pas s'inquiéter — 情報は安全です 🙏"
                          + " \\ back soon"))),
          new ServiceLevel(5, 2),
          new EmergencyContacts(
              List.of(
                  new EmergencyContact("Police", "100", "If you are in danger now"),
                  new EmergencyContact(
                      "ERAN",
                      Optional.of("1201"),
                      Optional.of("https://www.eran.org.il/?lang=en"),
                      Optional.of("Emotional first aid, \"any time\"")),
                  new EmergencyContact(
                      "Online help",
                      Optional.empty(),
                      Optional.of("https://help.example/"),
                      Optional.empty()))),
          Period.of(2, 6, 0));

  @Nested
  class RoundTrip {

    @Test
    void custom_settings_are_read_back_equal() {
      assertThat(SettingsJson.read(SettingsJson.write(JERUSALEM))).isEqualTo(JERUSALEM);
    }

    @Test
    void analysis_settings_are_read_back_equal() {
      var custom =
          JERUSALEM.withAnalysis(
              new org.confide.domain.settings.AnalysisSettings(
                  new org.confide.domain.analytics.SuppressionThreshold(10),
                  new org.confide.domain.pattern.AlertRule(4, java.time.Duration.ofDays(30))));

      assertThat(SettingsJson.read(SettingsJson.write(custom))).isEqualTo(custom);
    }

    @Test
    void the_defaults_are_read_back_equal() {
      var defaults = ServiceSettings.defaults();

      assertThat(SettingsJson.read(SettingsJson.write(defaults))).isEqualTo(defaults);
    }

    @Test
    void the_week_is_written_in_weekday_order_and_the_retention_as_an_iso_period() {
      var json = SettingsJson.write(JERUSALEM);

      assertThat(json)
          .contains(
              "\"workingWeekdays\":[\"MONDAY\",\"TUESDAY\",\"WEDNESDAY\",\"THURSDAY\",\"SUNDAY\"]")
          .contains("\"zone\":\"Asia/Jerusalem\"")
          .contains("\"retention\":\"P2Y6M\"");
    }
  }

  @Nested
  class StoredFormat {

    @Test
    void text_written_by_format_1_stays_readable() {
      var stored =
          """
          {"format":1,
           "calendar":{"workingWeekdays":["MONDAY","TUESDAY","WEDNESDAY","THURSDAY"],
                       "zone":"Europe/Dublin",
                       "holidays":[{"date":"2026-03-17","name":"St Patrick's Day"}],
                       "closures":[{"firstDay":"2026-12-23","lastDay":"2027-01-02",
                                    "notice":"Not monitored over the break"}]},
           "serviceLevel":{"responseTargetWorkingDays":2,
                           "escalationAcknowledgementWorkingDays":1},
           "emergencyContacts":[{"name":"Garda","phone":"112",
                                 "description":"If you are in danger now"}],
           "retention":"P6Y"}
          """;

      assertThat(SettingsJson.read(stored))
          .isEqualTo(
              new ServiceSettings(
                      new WorkingCalendar(
                          EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.THURSDAY),
                          ZoneId.of("Europe/Dublin"),
                          List.of(new PublicHoliday(LocalDate.of(2026, 3, 17), "St Patrick's Day")),
                          List.of(
                              new ClosurePeriod(
                                  LocalDate.of(2026, 12, 23),
                                  LocalDate.of(2027, 1, 2),
                                  "Not monitored over the break"))),
                      new ServiceLevel(2, 1),
                      new EmergencyContacts(
                          List.of(
                              new EmergencyContact("Garda", "112", "If you are in danger now"))),
                      Period.ofYears(6))
                  .withStaffTwoFactorRequired(false));
    }

    @Test
    void format_1_with_the_shipped_placeholder_reads_as_contacts_not_set() {
      // As every deployment before format 2 stored its settings once saved, untouched.
      var stored =
          """
          {"format":1,
           "calendar":{"workingWeekdays":["MONDAY","TUESDAY","WEDNESDAY","THURSDAY","FRIDAY"],
                       "zone":"Europe/London","holidays":[],"closures":[]},
           "serviceLevel":{"responseTargetWorkingDays":3,
                           "escalationAcknowledgementWorkingDays":1},
           "emergencyContacts":[
             {"name":"Emergency services","phone":"999",
              "description":"Police, ambulance or fire, if you are in danger now"},
             {"name":"Samaritans","phone":"116 123",
              "description":"Free, any time, if you need someone to talk to"},
             {"name":"Campus security","phone":"Not yet set",
              "description":"The university's own team, on site day and night"}],
           "retention":"P6Y",
           "staffTwoFactorRequired":true,
           "referralRetention":"P6Y"}
          """;

      var read = SettingsJson.read(stored);

      assertThat(read.emergencyContacts().isSet()).isFalse();
      assertThat(read).isEqualTo(ServiceSettings.defaults());
      assertThat(read.emergencyContacts().inForce()).isEqualTo(EmergencyContacts.national());
      assertThat(read.profile()).isEqualTo(ServiceProfile.defaults());
    }

    @Test
    void format_1_contacts_of_the_organisations_own_are_kept_without_the_placeholder() {
      var stored =
          SettingsJson.write(ServiceSettings.defaults())
              .replace("\"format\":3", "\"format\":1")
              .replace(
                  "\"emergencyContacts\":[]",
                  """
                  "emergencyContacts":[
                   {"name":"Emergency services","phone":"999","description":"If in danger now"},
                   {"name":"Campus security","phone":"Not yet set","description":"On site"},
                   {"name":"Security desk","phone":"0161 275 2000 (ext 4444)",
                    "description":"On site day and night"}]\
                  """);

      assertThat(SettingsJson.read(stored).emergencyContacts().own())
          .containsExactly(
              new EmergencyContact("Emergency services", "999", "If in danger now"),
              new EmergencyContact(
                  "Security desk", "0161 275 2000 (ext 4444)", "On site day and night"));
    }

    @Test
    void the_profile_is_read_back_as_saved() {
      var custom =
          JERUSALEM.withProfile(
              new ServiceProfile(
                  Optional.of(OwnText.of("Hebrew University — \"HUJI\"")),
                  new MonitoringHours(
                      EnumSet.of(DayOfWeek.SUNDAY, DayOfWeek.THURSDAY),
                      LocalTime.of(8, 15),
                      LocalTime.MIDNIGHT),
                  0));

      assertThat(SettingsJson.read(SettingsJson.write(custom))).isEqualTo(custom);
    }

    @Test
    void own_words_in_each_language_are_read_back_as_saved_and_plain_ones_stay_plain() {
      var welsh = new LinkedHashMap<Language, String>();
      welsh.put(Language.WELSH, "Prifysgol Enghraifft");
      welsh.put(Language.ENGLISH, "University of Example");
      var custom =
          JERUSALEM
              .withEmergencyContacts(
                  new EmergencyContacts(
                      List.of(
                          new EmergencyContact(
                              OwnText.of(welsh),
                              Optional.of("01632 960 000"),
                              Optional.empty(),
                              Optional.of(OwnText.of(Map.of(Language.WELSH, "Ddydd a nos")))),
                          new EmergencyContact("Police", "100", "If you are in danger now"))))
              .withProfile(
                  new ServiceProfile(
                      Optional.of(OwnText.of(welsh)), MonitoringHours.standard(), 14));

      var written = SettingsJson.write(custom);

      assertThat(SettingsJson.read(written)).isEqualTo(custom);
      assertThat(written)
          .contains(
              "\"organisationName\":{\"cy\":\"Prifysgol Enghraifft\","
                  + "\"en\":\"University of Example\"}")
          .contains("\"name\":\"Police\"");
    }

    @Test
    void format_2_texts_read_as_plain_the_first_languages() {
      var format2 =
          SettingsJson.write(
                  JERUSALEM.withProfile(
                      new ServiceProfile(
                          Optional.of(OwnText.of("Prifysgol Enghraifft")),
                          MonitoringHours.standard(),
                          14)))
              .replace("\"format\":3", "\"format\":2");

      var read = SettingsJson.read(format2);

      assertThat(read.profile().organisationName()).contains(OwnText.of("Prifysgol Enghraifft"));
      assertThat(read.profile().organisationName().orElseThrow().plain()).isPresent();
      assertThat(read.emergencyContacts()).isEqualTo(JERUSALEM.emergencyContacts());
      assertThat(read.emergencyContacts().own().getFirst().name().plain()).contains("Police");
    }

    @Test
    void own_words_naming_no_language_are_refused_by_name() {
      var broken =
          SettingsJson.write(JERUSALEM)
              .replace("\"name\":\"Police\"", "\"name\":{\"Welsh\":\"Heddlu\"}");

      assertThatThrownBy(() -> SettingsJson.read(broken))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("name names no language");
    }

    @Test
    void two_factor_sign_in_is_read_back_as_saved() {
      assertThat(SettingsJson.read(SettingsJson.write(JERUSALEM.withStaffTwoFactorRequired(false))))
          .isEqualTo(JERUSALEM.withStaffTwoFactorRequired(false));
      assertThat(SettingsJson.read(SettingsJson.write(JERUSALEM.withStaffTwoFactorRequired(true))))
          .isEqualTo(JERUSALEM.withStaffTwoFactorRequired(true));
    }

    @Test
    void two_factor_sign_in_that_is_not_true_or_false_is_refused_by_name() {
      var broken =
          SettingsJson.write(JERUSALEM)
              .replace("\"staffTwoFactorRequired\":true", "\"staffTwoFactorRequired\":\"yes\"");

      assertThatThrownBy(() -> SettingsJson.read(broken))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("staffTwoFactorRequired must be true or false");
    }

    @Test
    void an_unknown_format_is_refused() {
      var later = SettingsJson.write(JERUSALEM).replace("\"format\":3", "\"format\":4");

      assertThatThrownBy(() -> SettingsJson.read(later))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("format 4");
    }

    @Test
    void a_missing_field_is_refused_by_name() {
      var broken = SettingsJson.write(JERUSALEM).replace("\"zone\"", "\"timeZone\"");

      assertThatThrownBy(() -> SettingsJson.read(broken))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("zone must be a string");
    }

    @Test
    void text_that_is_not_json_is_refused() {
      assertThatThrownBy(() -> SettingsJson.read("{not json"))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageStartingWith("stored settings are unreadable");
    }
  }
}
