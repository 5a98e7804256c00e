package org.confide.adapter.persistence;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.confide.application.port.out.NotificationChoices;
import org.confide.domain.notification.Delivery;
import org.confide.domain.notification.NotificationKind;
import org.confide.domain.notification.NotificationPreferences;
import org.confide.domain.shared.Language;
import org.confide.domain.staff.StaffId;

/**
 * {@link NotificationChoices} in the {@code notification_preferences} table (the digest hour, one
 * row per member) and {@code notification_choices} (one row per kind a member chose).
 */
public final class JdbiNotificationChoices implements NotificationChoices {

  private final JdbiTransactions transactions;

  public JdbiNotificationChoices(JdbiTransactions transactions) {
    this.transactions = Objects.requireNonNull(transactions, "transactions must not be null");
  }

  @Override
  public Optional<NotificationPreferences> find(StaffId staff) {
    Objects.requireNonNull(staff, "staff must not be null");
    return transactions.withHandle(handle -> {
      var found =
          handle
              .createQuery(
                  "select digest_hour, language from notification_preferences where staff_id = :id")
              .bind("id", staff.toString())
              .map((rs, ctx) ->
                  new NotificationPreferences(
                      Map.of(), rs.getInt("digest_hour"), Language.parse(rs.getString("language"))))
              .findOne();
      if (found.isEmpty()) {
        return Optional.empty();
      }
      var choices = new EnumMap<NotificationKind, Delivery>(NotificationKind.class);
      handle
          .createQuery("select kind, delivery from notification_choices where staff_id = :id")
          .bind("id", staff.toString())
          .map((row, ctx) -> {
            choices.put(
                NotificationKind.valueOf(row.getString("kind")),
                Delivery.valueOf(row.getString("delivery")));
            return null;
          })
          .list();
      return Optional.of(
          new NotificationPreferences(choices, found.get().digestHour(), found.get().language()));
    });
  }

  @Override
  public void save(StaffId staff, NotificationPreferences preferences) {
    Objects.requireNonNull(staff, "staff must not be null");
    Objects.requireNonNull(preferences, "preferences must not be null");
    transactions.inTransactionWithHandle(handle -> {
      // Replaced whole: the member's choices go with their row (on delete cascade).
      handle
          .createUpdate("delete from notification_preferences where staff_id = :id")
          .bind("id", staff.toString())
          .execute();
      handle
          .createUpdate(
              "insert into notification_preferences (staff_id, digest_hour, language)"
                  + " values (:id, :hour, :language)")
          .bind("id", staff.toString())
          .bind("hour", preferences.digestHour())
          .bind("language", preferences.language().map(Language::tag).orElse(null))
          .execute();
      var insert =
          handle.prepareBatch(
              "insert into notification_choices (staff_id, kind, delivery)"
                  + " values (:id, :kind, :delivery)");
      preferences
          .choices()
          .forEach((kind, delivery) ->
              insert
                  .bind("id", staff.toString())
                  .bind("kind", kind.name())
                  .bind("delivery", delivery.name())
                  .add());
      if (!preferences.choices().isEmpty()) {
        insert.execute();
      }
      return null;
    });
  }
}
