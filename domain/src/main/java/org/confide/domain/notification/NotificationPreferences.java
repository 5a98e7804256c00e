package org.confide.domain.notification;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.confide.domain.shared.Checked;
import org.confide.domain.shared.FieldProblem;
import org.confide.domain.shared.Language;
import org.confide.domain.shared.ProblemCode;
import org.confide.domain.staff.Role;

/**
 * A staff member's choice, for each kind of email they may choose for, of {@link Delivery}, and the
 * hour of the day (in the organisation's time zone) their daily digest is sent. Kinds not chosen
 * are sent at once. An urgent escalation and the security emails about a member's own account are
 * not choices: they always go at once.
 *
 * @param choices the delivery chosen for some of the {@linkplain #choosable() choosable} kinds
 * @param digestHour the hour of the daily digest, 0 to 23
 * @param language the language their emails are written in; empty until they choose one, and then
 *     the organisation's first language
 */
public record NotificationPreferences(
    Map<NotificationKind, Delivery> choices, int digestHour, Optional<Language> language) {

  /** The hour of the digest until a member chooses one: the start of a working day. */
  public static final int DEFAULT_DIGEST_HOUR = 8;

  // The kinds a member may delay or turn off, named one by one, so that a kind added later goes at
  // once until someone decides otherwise. Not among them: an urgent escalation (a child at risk or
  // someone in danger now cannot wait for a digest), and every email about a member's own account
  // (they must learn at once of a change that may not have been theirs).
  private static final Set<NotificationKind> CHOOSABLE =
      EnumSet.of(
          NotificationKind.NEW_REPORT,
          NotificationKind.REPORTER_MESSAGE,
          NotificationKind.CASE_DUE_TOMORROW,
          NotificationKind.CASE_OVERDUE,
          NotificationKind.ESCALATION_REMINDER);

  // Who is sent each kind about cases; every other kind is about the member's own account, which
  // every member has.
  private static final Set<NotificationKind> TO_ADVISERS =
      EnumSet.of(
          NotificationKind.NEW_REPORT,
          NotificationKind.REPORTER_MESSAGE,
          NotificationKind.CASE_DUE_TOMORROW,
          NotificationKind.CASE_OVERDUE);
  private static final Set<NotificationKind> TO_LEADS =
      EnumSet.of(NotificationKind.URGENT_ESCALATION, NotificationKind.ESCALATION_REMINDER);

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
      if (!CHOOSABLE.contains(kind)) {
        throw new IllegalArgumentException("choices: " + kind + " always goes at once");
      }
      copy.put(kind, delivery);
    });
    choices = Map.copyOf(copy);
    Objects.requireNonNull(language, "language must be Optional, not null");
  }

  /**
   * Preferences with no language chosen: emails in the organisation's first language.
   *
   * @param choices the delivery chosen for some of the choosable kinds
   * @param digestHour the hour of the daily digest, 0 to 23
   */
  public NotificationPreferences(Map<NotificationKind, Delivery> choices, int digestHour) {
    this(choices, digestHour, Optional.empty());
  }

  /**
   * These preferences, with their emails in {@code chosen}.
   *
   * @param chosen the language chosen for emails, or empty for the first language offered
   * @return the preferences
   */
  public NotificationPreferences withLanguage(Optional<Language> chosen) {
    return new NotificationPreferences(choices, digestHour, chosen);
  }

  /** {@return every email at once, with the digest hour at its default} */
  public static NotificationPreferences standard() {
    return new NotificationPreferences(Map.of(), DEFAULT_DIGEST_HOUR);
  }

  /** {@return the kinds a member may choose a delivery for, in declaration order} */
  public static Set<NotificationKind> choosable() {
    return EnumSet.copyOf(CHOOSABLE);
  }

  /**
   * The kinds of email a member with {@code roles} may be sent: the case emails to advisers, the
   * escalation emails to safeguarding leads, and the emails about their own account to everyone.
   *
   * @param roles the member's roles
   * @return those kinds, in declaration order
   */
  public static Set<NotificationKind> receivedBy(Set<Role> roles) {
    Objects.requireNonNull(roles, "roles must not be null");
    var kinds = EnumSet.noneOf(NotificationKind.class);
    for (var kind : NotificationKind.values()) {
      boolean received =
          TO_ADVISERS.contains(kind)
              ? roles.contains(Role.ADVISER)
              : !TO_LEADS.contains(kind) || roles.contains(Role.SAFEGUARDING_LEAD);
      if (received) {
        kinds.add(kind);
      }
    }
    return kinds;
  }

  /**
   * Checks what a member with {@code roles} asked for: a delivery for kinds they are sent, never
   * other than at once for a kind that is not a choice, and an hour of the day. Problems are named
   * {@code digestHour} and {@code emails.<kind>}; an at-once choice of a kind that is not a choice
   * is no problem (it changes nothing), and is left out.
   *
   * @param wanted the delivery asked for each kind
   * @param digestHour the hour asked for
   * @param roles the member's roles
   * @return the preferences, or every problem
   */
  public static Checked<NotificationPreferences> check(
      Map<NotificationKind, Delivery> wanted, int digestHour, Set<Role> roles) {
    Objects.requireNonNull(wanted, "wanted must not be null");
    var problems = new ArrayList<FieldProblem>();
    if (digestHour < 0 || digestHour > 23) {
      problems.add(FieldProblem.of("digestHour", ProblemCode.DIGEST_HOUR));
    }
    var received = receivedBy(roles);
    var choices = new EnumMap<NotificationKind, Delivery>(NotificationKind.class);
    for (var kind : NotificationKind.values()) {
      var delivery = wanted.get(kind);
      if (delivery == null) {
        continue;
      }
      var field = "emails." + fieldName(kind);
      if (!received.contains(kind)) {
        problems.add(FieldProblem.of(field, ProblemCode.NOT_SENT));
      } else if (CHOOSABLE.contains(kind)) {
        choices.put(kind, delivery);
      } else if (delivery != Delivery.AT_ONCE) {
        problems.add(FieldProblem.of(field, atOnce(kind)));
      }
    }
    return problems.isEmpty()
        ? Checked.valid(new NotificationPreferences(choices, digestHour))
        : new Checked.Invalid<>(problems);
  }

  /**
   * Why an email of {@code kind} always goes at once, for a member who asked otherwise.
   *
   * @param kind a kind that is not {@linkplain #choosable() choosable}
   * @return the reason, in a sentence
   */
  public static String whyAtOnce(NotificationKind kind) {
    return atOnce(kind).english(java.util.List.of());
  }

  private static ProblemCode atOnce(NotificationKind kind) {
    return kind == NotificationKind.URGENT_ESCALATION
        ? ProblemCode.URGENT_AT_ONCE
        : ProblemCode.OWN_ACCOUNT_AT_ONCE;
  }

  /**
   * The name of {@code kind} in the API and the forms: {@code NEW_REPORT} is {@code new-report}.
   *
   * @param kind a kind
   * @return its name, lower case with hyphens
   */
  public static String fieldName(NotificationKind kind) {
    return kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
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

  /**
   * When the first digest after {@code held} is sent: the next {@link #digestHour} o'clock in
   * {@code zone} strictly after it (on a day the clocks skip that hour, the first moment after).
   *
   * @param held when an email was held for the digest
   * @param zone the organisation's time zone
   * @return when the digest that lists it is due
   */
  public Instant nextDigestAfter(Instant held, ZoneId zone) {
    Objects.requireNonNull(held, "held must not be null");
    Objects.requireNonNull(zone, "zone must not be null");
    var local = held.atZone(zone);
    var day = local.toLocalDate();
    var moment = ZonedDateTime.of(day, LocalTime.of(digestHour, 0), zone).toInstant();
    if (!moment.isAfter(held)) {
      moment = ZonedDateTime.of(day.plusDays(1), LocalTime.of(digestHour, 0), zone).toInstant();
    }
    return moment;
  }
}
