package org.confide.testing.contract;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.confide.application.port.out.Settings;
import org.confide.application.port.out.Transactions;
import org.confide.domain.calendar.ClosurePeriod;
import org.confide.domain.calendar.PublicHoliday;
import org.confide.domain.calendar.ServiceLevel;
import org.confide.domain.calendar.WorkingCalendar;
import org.confide.domain.safeguarding.EmergencyContact;
import org.confide.domain.safeguarding.EmergencyContacts;
import org.confide.domain.settings.AnalysisSettings;
import org.confide.domain.settings.MonitoringHours;
import org.confide.domain.settings.ServiceProfile;
import org.confide.domain.settings.ServiceSettings;
import org.confide.domain.shared.Language;
import org.confide.domain.shared.OwnText;
import org.confide.testing.Concurrently;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The contract of every {@link Settings} adapter: {@link ServiceSettings#defaults()} are in force
 * until settings are saved; each save replaces them whole — calendar with holidays and closures,
 * service level, emergency contacts in order, retention. A list changed after saving does not
 * change what was saved. Of concurrent saves, one whole set of settings wins.
 *
 * <p>{@link #settings()} must return the same adapter, with nothing saved, throughout one test.
 */
public abstract class SettingsContract {

  /** For a subclass that runs this contract against one adapter. */
  protected SettingsContract() {}

  /** {@return the adapter under test, with nothing saved at the start of each test} */
  protected abstract Settings settings();

  /** {@return the transactions {@link #settings()} takes part in} */
  protected abstract Transactions transactions();

  @Nested
  class ChangingWhatIsInForce {

    @Test
    void a_change_is_made_from_the_settings_in_force() {
      settings().save(customised(2));

      assertThat(transactions().inTransaction(() -> settings().currentForChange()))
          .isEqualTo(customised(2));
    }

    @Test
    void the_defaults_are_what_a_change_starts_from_before_any_save() {
      assertThat(transactions().inTransaction(() -> settings().currentForChange()))
          .isEqualTo(ServiceSettings.defaults());
      assertThat(settings().current()).isEqualTo(ServiceSettings.defaults());
    }

    @Test
    void changes_made_at_once_from_what_is_in_force_are_all_kept() {
      // Each of eight administrators adds a holiday of their own at the same moment: none may
      // save over another's, as a read of a kept copy or an unlocked read would let them.
      Concurrently.run(
          8,
          1,
          (thread, step) ->
              transactions()
                  .inTransaction(() -> {
                    var current = settings().currentForChange();
                    var calendar =
                        current
                            .calendar()
                            .withHoliday(
                                new PublicHoliday(
                                    LocalDate.of(2027, 1, 4).plusDays(thread), "Day " + thread));
                    settings().save(current.withCalendar(calendar, current.serviceLevel()));
                    return null;
                  }));

      assertThat(settings().current().calendar().holidays()).hasSize(8);
    }
  }

  @Nested
  class Saving {

    @Test
    void the_defaults_are_in_force_until_settings_are_saved() {
      assertThat(settings().current()).isEqualTo(ServiceSettings.defaults());
    }

    @Test
    void saved_settings_are_read_back_whole() {
      var saved = customised(2);

      settings().save(saved);

      assertThat(settings().current()).isEqualTo(saved);
    }

    @Test
    void saving_again_replaces_the_settings() {
      settings().save(customised(2));
      var again = customised(5);

      settings().save(again);

      assertThat(settings().current()).isEqualTo(again);
    }

    @Test
    void own_words_in_each_language_read_back_in_each_language_and_plain_ones_stay_plain() {
      var irish = new LinkedHashMap<Language, String>();
      irish.put(new Language("ga"), "Coláiste na Tríonóide");
      irish.put(Language.ENGLISH, "Trinity College");
      var saved =
          customised(3)
              .withEmergencyContacts(
                  new EmergencyContacts(
                      List.of(
                          new EmergencyContact(
                              OwnText.of(irish),
                              Optional.of("112"),
                              Optional.empty(),
                              Optional.of(OwnText.of(Map.of(Language.WELSH, "Ddydd a nos")))),
                          new EmergencyContact("Garda", "112", "If you are in danger now"))))
              .withProfile(
                  new ServiceProfile(
                      Optional.of(OwnText.of(irish)), MonitoringHours.standard(), 14));

      settings().save(saved);

      var read = settings().current();
      assertThat(read).isEqualTo(saved);
      assertThat(read.profile().organisationName().orElseThrow().in(new Language("ga")))
          .isEqualTo("Coláiste na Tríonóide");
      assertThat(read.emergencyContacts().own().get(1).name().plain()).contains("Garda");
    }

    @Test
    void settings_with_no_contacts_of_the_organisations_own_read_back_as_not_set() {
      settings().save(customised(4).withEmergencyContacts(EmergencyContacts.notSet()));

      assertThat(settings().current().emergencyContacts().isSet()).isFalse();
      assertThat(settings().current().emergencyContacts().inForce())
          .isEqualTo(EmergencyContacts.national());
    }
  }

  @Nested
  class Concurrency {

    @Test
    void of_concurrent_saves_one_whole_set_of_settings_wins() {
      var saved =
          Concurrently.run(
              Concurrently.THREADS,
              5,
              (thread, step) -> {
                var mine = customised(1 + (thread + step) % 10);
                settings().save(mine);
                return mine;
              });

      assertThat(saved).contains(settings().current());
    }
  }

  private static ServiceSettings customised(int responseTarget) {
    var calendar =
        new WorkingCalendar(
            EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.THURSDAY),
            ZoneId.of("Europe/Dublin"),
            List.of(new PublicHoliday(LocalDate.of(2026, 3, 17), "St Patrick's Day")),
            List.of(
                new ClosurePeriod(
                    LocalDate.of(2026, 12, 23),
                    LocalDate.of(2027, 1, 2),
                    "Reports will not be monitored over the winter break")));
    return new ServiceSettings(
        calendar,
        ServiceLevel.standard().withResponseTarget(responseTarget),
        new EmergencyContacts(
            List.of(
                new EmergencyContact("Garda", "112", "If you are in danger now"),
                new EmergencyContact(
                    "Campus help",
                    Optional.empty(),
                    Optional.of("https://help.example.ac.uk/now"),
                    Optional.empty()))),
        Period.ofYears(responseTarget),
        AnalysisSettings.defaults(),
        true,
        Period.ofDays(400),
        new ServiceProfile(
            Optional.of(OwnText.of("Trinity College")),
            new MonitoringHours(
                EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY),
                LocalTime.of(8, 30),
                LocalTime.MIDNIGHT),
            30));
  }
}
