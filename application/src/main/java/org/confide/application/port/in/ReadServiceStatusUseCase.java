package org.confide.application.port.in;

import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.confide.domain.safeguarding.EmergencyContact;

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
   * @param monitored whether reports are read now: false exactly while a closure is in force
   * @param closureNotice the notice of the closure in force, if any
   * @param responseTargetWorkingDays how many working days, after the day a report arrives, the
   *     team has to respond
   * @param emergencyContacts whom to call in an emergency, as configured
   * @param zone the time zone working days are counted in
   */
  record ServiceStatus(
      boolean monitored,
      Optional<String> closureNotice,
      int responseTargetWorkingDays,
      List<EmergencyContact> emergencyContacts,
      ZoneId zone) {
    /**
     * Refuses a missing component; collections are copied, so the record never changes.
     *
     * @throws NullPointerException if a component is null
     */
    public ServiceStatus {
      emergencyContacts = List.copyOf(emergencyContacts);
    }
  }
}
