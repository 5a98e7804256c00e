package org.confide.domain.settings;

import java.util.Objects;
import java.util.Optional;
import org.confide.domain.shared.FreeText;
import org.confide.domain.shared.OwnText;

/**
 * How the service presents itself to reporters: the organisation's name, when messages are read,
 * and how early a closure is announced.
 *
 * @param organisationName the organisation's name, shown on every page, in each language it is
 *     written in; empty until set, each text at most {@value #MAX_NAME} characters
 * @param monitoring when messages are read
 * @param closureNoticeDaysAhead how many days before a closure starts reporters are told of it,
 *     with its dates: from {@value #MIN_NOTICE_DAYS} to {@value #MAX_NOTICE_DAYS}
 */
public record ServiceProfile(
    Optional<OwnText> organisationName, MonitoringHours monitoring, int closureNoticeDaysAhead) {

  /** The longest organisation name accepted. */
  public static final int MAX_NAME = 100;

  /** The fewest days ahead a closure is announced: 0, only once it is in force. */
  public static final int MIN_NOTICE_DAYS = 0;

  /** The most days ahead a closure is announced: a term ahead is notice enough. */
  public static final int MAX_NOTICE_DAYS = 120;

  /** The days ahead a closure is announced unless an administrator chooses otherwise. */
  public static final int DEFAULT_NOTICE_DAYS = 14;

  /**
   * The profile.
   *
   * @throws IllegalArgumentException if the name breaks a rule or the days are out of bounds
   * @throws NullPointerException if a component is null
   */
  public ServiceProfile {
    Objects.requireNonNull(organisationName, "organisation name must be Optional, not null")
        .ifPresent(name ->
            name.all().forEach(text -> FreeText.require("organisation name", text, MAX_NAME)));
    Objects.requireNonNull(monitoring, "monitoring must not be null");
    if (closureNoticeDaysAhead < MIN_NOTICE_DAYS || closureNoticeDaysAhead > MAX_NOTICE_DAYS) {
      throw new IllegalArgumentException(
          "closure notice days ahead must be from "
              + MIN_NOTICE_DAYS
              + " to "
              + MAX_NOTICE_DAYS
              + ", was "
              + closureNoticeDaysAhead);
    }
  }

  /**
   * No name yet, messages read Monday to Friday 9am to 5pm, closures announced 14 days ahead.
   *
   * @return the profile Confide starts with
   */
  public static ServiceProfile defaults() {
    return new ServiceProfile(Optional.empty(), MonitoringHours.standard(), DEFAULT_NOTICE_DAYS);
  }
}
