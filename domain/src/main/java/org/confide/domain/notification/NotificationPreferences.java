package org.confide.domain.notification;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A staff member's choice, for each kind of email they may choose for, of {@link Delivery}, and the
 * hour of the day (in the organisation's time zone) their daily digest is sent. Kinds not chosen
 * are sent at once. An urgent escalation and the security emails about a member's own account are
 * not choices: they always go at once.
 *
 * @param choices the delivery chosen for some of the {@linkplain #choosable() choosable} kinds
 * @param digestHour the hour of the daily digest, 0 to 23
 */
public record NotificationPreferences(Map<NotificationKind, Delivery> choices, int digestHour) {

  /** The hour of the digest until a member chooses one: the start of a working day. */
  public static final int DEFAULT_DIGEST_HOUR = 8;

  // A child at risk or someone in danger now cannot wait for a digest; and a member must learn
  // at once of a change to their own account that may not have been theirs.
  private static final Set<NotificationKind> ALWAYS_AT_ONCE =
      EnumSet.of(
          NotificationKind.URGENT_ESCALATION,
          NotificationKind.TWO_FACTOR_RESET,
          NotificationKind.RECOVERY_CODES_ISSUED,
          NotificationKind.PASSWORD_CHANGED,
          NotificationKind.PASSWORD_RESET);

  /** Checks the hour and that only choosable kinds are chosen, and copies the choices. */
  public NotificationPreferences {
    Objects.requireNonNull(choices, "choices must not be null");
    if (digestHour < 0 || digestHour > 23) {
      throw new IllegalArgumentException("digestHour must be from 0 to 23");
    }
    var copy = new EnumMap<NotificationKind, Delivery>(NotificationKind.class);
    choices.forEach((kind, delivery) -> {
      Objects.requireNonNull(kind, "choices must not hold a null kind");
      Objects.requireNonNull(delivery, "choices must not hold a null delivery");
      if (ALWAYS_AT_ONCE.contains(kind)) {
        throw new IllegalArgumentException("choices: " + kind + " always goes at once");
      }
      copy.put(kind, delivery);
    });
    choices = Map.copyOf(copy);
  }

  /** {@return every email at once, with the digest hour at its default} */
  public static NotificationPreferences standard() {
    return new NotificationPreferences(Map.of(), DEFAULT_DIGEST_HOUR);
  }

  /** {@return the kinds a member may choose a delivery for, in declaration order} */
  public static Set<NotificationKind> choosable() {
    return EnumSet.complementOf(EnumSet.copyOf(ALWAYS_AT_ONCE));
  }

  /**
   * How an email of {@code kind} reaches the member.
   *
   * @param kind a kind of email
   * @return {@link Delivery#AT_ONCE} for a kind that is not a choice or was not chosen, else the
   *     delivery chosen
   */
  public Delivery deliveryOf(NotificationKind kind) {
    return choices.getOrDefault(Objects.requireNonNull(kind, "kind"), Delivery.AT_ONCE);
  }
}
