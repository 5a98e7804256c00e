package org.confide.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import org.confide.domain.shared.OwnText;

/**
 * Settings stored by format 2, before the organisation's own words had languages, read from the
 * settings row by a database's adapter: each text is the organisation's own in its first language,
 * kept plain.
 */
final class SettingsOfFormat2 {

  // As a deployment before format 3 stored its settings: every text a string.
  static final String STORED =
      """
      {"format":2,
       "calendar":{"workingWeekdays":["MONDAY","TUESDAY","WEDNESDAY","THURSDAY","FRIDAY"],
                   "zone":"Europe/London","holidays":[],"closures":[]},
       "serviceLevel":{"responseTargetWorkingDays":3,"escalationAcknowledgementWorkingDays":1},
       "emergencyContacts":[{"name":"Diogelwch y campws","phone":"01632 960 000",
                             "note":"Ddydd a nos"}],
       "retention":"P6Y",
       "profile":{"organisationName":"Prifysgol Enghraifft",
                  "monitoring":{"days":["MONDAY","FRIDAY"],"from":"09:00","to":"17:00"},
                  "closureNoticeDaysAhead":14}}
      """;

  private SettingsOfFormat2() {}

  /** Stores {@link #STORED} as the settings row, then reads it through a fresh adapter. */
  static void storedAndReadOn(JdbiTransactions transactions) {
    transactions.withHandle(handle ->
        handle
            .createUpdate("insert into settings (id, settings) values (1, :settings)")
            .bind("settings", STORED)
            .execute());

    var read = new JdbiSettings(transactions).current();

    assertThat(read.profile().organisationName()).contains(OwnText.of("Prifysgol Enghraifft"));
    var contact = read.emergencyContacts().own().getFirst();
    assertThat(contact.name()).isEqualTo(OwnText.of("Diogelwch y campws"));
    assertThat(contact.note()).contains(OwnText.of("Ddydd a nos"));
    assertThat(contact.phone()).contains("01632 960 000");
  }
}
