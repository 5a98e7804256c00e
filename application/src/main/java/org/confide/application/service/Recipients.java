package org.confide.application.service;

import java.time.Clock;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.confide.application.port.out.NotificationChoices;
import org.confide.application.port.out.Settings;
import org.confide.application.port.out.StaffDirectory;
import org.confide.application.port.out.Transactions;
import org.confide.domain.notification.Notification;
import org.confide.domain.notification.NotificationPreferences;
import org.confide.domain.shared.Language;
import org.confide.domain.staff.EmailAddress;

/**
 * The notification preferences of the recipients of the outbox, and the language of their emails,
 * read when an email is delivered: never in the transaction of the event that wrote it (a
 * submission reads nobody's preferences).
 */
public final class Recipients {

  private final StaffDirectory staffDirectory;
  private final NotificationChoices choices;
  private final Settings settings;
  private final Transactions transactions;
  private final Clock clock;

  /**
   * Wired by {@link org.confide.application.Mailing#notifier}.
   *
   * @param staffDirectory the staff accounts, to find the member an address belongs to
   * @param choices the members' preferences
   * @param settings the settings, whose calendar's time zone the digest hour is in
   * @param transactions the transactions each read runs in
   * @param clock the time
   */
  public Recipients(
      StaffDirectory staffDirectory,
      NotificationChoices choices,
      Settings settings,
      Transactions transactions,
      Clock clock) {
    this.staffDirectory = Objects.requireNonNull(staffDirectory, "staffDirectory");
    this.choices = Objects.requireNonNull(choices, "choices");
    this.settings = Objects.requireNonNull(settings, "settings");
    this.transactions = Objects.requireNonNull(transactions, "transactions");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** {@return the preferences as they are now, each read once, for one run of the sender} */
  Run choices() {
    return new Run();
  }

  /** One run's reads: each recipient's preferences, and the time zone, read at most once. */
  final class Run {
    private final Map<EmailAddress, NotificationPreferences> read = new HashMap<>();
    private ZoneId zone;

    private Run() {}

    /**
     * What becomes of a claimed notification that its recipient did not choose to receive at once:
     * held until their next digest, or settled as not wanted; empty when it is to be sent now.
     */
    Optional<Notification> deliveryOf(Notification claimed) {
      var preferences = read.computeIfAbsent(claimed.recipient(), this::preferencesOf);
      var now = clock.instant();
      return switch (preferences.deliveryOf(claimed.kind())) {
        case AT_ONCE -> Optional.empty();
        case NONE -> Optional.of(claimed.notWanted(now));
        case DAILY_DIGEST ->
            Optional.of(claimed.heldUntil(preferences.nextDigestAfter(now, zone())));
      };
    }

    /** {@return the language {@code recipient} chose for their emails, if any} */
    Optional<Language> languageOf(EmailAddress recipient) {
      return read.computeIfAbsent(recipient, this::preferencesOf).language();
    }

    private NotificationPreferences preferencesOf(EmailAddress address) {
      // An address no account has any more (an account's address never changes) keeps the
      // standard: every email at once, as before preferences existed.
      return transactions.inTransaction(() ->
          staffDirectory
              .findByEmail(address)
              .flatMap(member -> choices.find(member.id()))
              .orElseGet(NotificationPreferences::standard));
    }

    private ZoneId zone() {
      if (zone == null) {
        zone = transactions.inTransaction(() -> settings.current().calendar().zone());
      }
      return zone;
    }
  }
}
