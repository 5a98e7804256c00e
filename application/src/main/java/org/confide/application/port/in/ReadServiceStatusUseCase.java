package org.confide.application.port.in;

import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.confide.domain.calendar.ClosurePeriod;
import org.confide.domain.safeguarding.EmergencyContact;
import org.confide.domain.settings.MonitoringHours;
import org.confide.domain.shared.OwnText;

/** Anyone asks whether reports are being read now and how soon they will hear back. */
public interface ReadServiceStatusUseCase {

  /**
   * The status at this moment; no session is needed.
   *
   * @return the status, from the settings and calendar in force
   */
  ServiceStatus status();

  /**
   * Whether the service is monitored, the closure notice in force, the target and contacts, and the
   * zone the organisation's working days are counted in (for showing dates as its people see them).
   *
   * @param monitored whether someone reads messages now: never during a closure, on a holiday or
   *     outside the monitoring hours
   * @param closureNotice the notice of the closure in force, if one is
   * @param responseTargetWorkingDays how many working days, after the day a report arrives, the
   *     team has to respond
   * @param emergencyContacts the contacts in force: the organisation's own, or the national ones
   *     until it sets its own; never empty
   * @param zone the time zone working days are counted in
   * @param organisationName the organisation's name, once set, in each language it is written in
   * @param monitoring when messages are read
   * @param closure the closure reporters are told of: the one in force, or the next one when it
   *     starts within the notice the organisation gives
   * @param ownEmergencyContacts whether the organisation has set emergency contacts of its own; if
   *     not, {@code emergencyContacts} are the national ones
   * @param reporterSessionIdle how long a reporter's session may be left unused before it ends, so
   *     that the pages can say it where a reporter writes, and warn before it ends
   */
  record ServiceStatus(
      boolean monitored,
      Optional<String> closureNotice,
      int responseTargetWorkingDays,
      List<EmergencyContact> emergencyContacts,
      ZoneId zone,
      Optional<OwnText> organisationName,
      MonitoringHours monitoring,
      Optional<ClosurePeriod> closure,
      boolean ownEmergencyContacts,
      java.time.Duration reporterSessionIdle) {
    /**
     * Refuses a missing component; collections are copied, so the record never changes.
     *
     * @throws NullPointerException if a component is null
     */
    public ServiceStatus {
      emergencyContacts = List.copyOf(emergencyContacts);
      Objects.requireNonNull(organisationName, "organisation name must be Optional, not null");
      Objects.requireNonNull(monitoring, "monitoring must not be null");
      Objects.requireNonNull(closure, "closure must be Optional, not null");
      Objects.requireNonNull(reporterSessionIdle, "reporterSessionIdle must not be null");
    }
  }
}
