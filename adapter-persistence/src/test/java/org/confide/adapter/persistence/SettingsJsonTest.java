package org.confide.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import org.confide.domain.calendar.ClosurePeriod;
import org.confide.domain.calendar.PublicHoliday;
import org.confide.domain.calendar.ServiceLevel;
import org.confide.domain.calendar.WorkingCalendar;
import org.confide.domain.safeguarding.EmergencyContact;
import org.confide.domain.settings.ServiceSettings;
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
          List.of(
              new EmergencyContact("Police", "100", "If you are in danger now"),
              new EmergencyContact("ERAN", "1201", "Emotional first aid, \"any time\"")),
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
                      List.of(new EmergencyContact("Garda", "112", "If you are in danger now")),
                      Period.ofYears(6))
                  .withStaffTwoFactorRequired(false));
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
      var later = SettingsJson.write(JERUSALEM).replace("\"format\":1", "\"format\":2");

      assertThatThrownBy(() -> SettingsJson.read(later))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("format 2");
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
