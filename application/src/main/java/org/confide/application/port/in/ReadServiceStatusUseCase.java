package org.confide.application.port.in;

import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.confide.domain.safeguarding.EmergencyContact;

/** Anyone asks whether reports are being read now and how soon they will hear back. */
public interface ReadServiceStatusUseCase {

  /** The status at this moment. */
  ServiceStatus status();

  /**
   * Whether the service is monitored, the closure notice in force, the target and contacts, and the
   * zone the organisation's working days are counted in (for showing dates as its people see them).
   */
  record ServiceStatus(
      boolean monitored,
      Optional<String> closureNotice,
      int responseTargetWorkingDays,
      List<EmergencyContact> emergencyContacts,
      ZoneId zone) {
    public ServiceStatus {
      emergencyContacts = List.copyOf(emergencyContacts);
    }
  }
}
