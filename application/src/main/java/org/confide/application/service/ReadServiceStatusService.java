package org.confide.application.service;

import java.time.Clock;
import java.util.Objects;
import org.confide.application.port.in.ReadServiceStatusUseCase;
import org.confide.application.port.out.Settings;

/**
 * Tells anyone whether messages are read now and when they are, how soon reports are answered, whom
 * to call in an emergency, and which closure is coming.
 */
public final class ReadServiceStatusService implements ReadServiceStatusUseCase {

  private final Settings settings;
  private final Clock clock;
  private final org.confide.domain.session.SessionPolicy sessionPolicy;

  /**
   * The service, wired by {@link org.confide.application.Confide#assemble}: an embedder uses that,
   * or {@link org.confide.application.InMemoryConfide}, rather than this.
   *
   * @param settings the settings in force: calendar, targets, analysis and the two-factor
   *     requirement
   * @param clock the time read for due dates, expiry and the audit trail
   * @param sessionPolicy how long sessions last, of which reporters are told their idle limit
   */
  public ReadServiceStatusService(
      Settings settings, Clock clock, org.confide.domain.session.SessionPolicy sessionPolicy) {
    this.settings = Objects.requireNonNull(settings, "settings");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.sessionPolicy = Objects.requireNonNull(sessionPolicy, "sessionPolicy");
  }

  @Override
  public ServiceStatus status() {
    var settings = this.settings.current();
    var now = clock.instant();
    return new ServiceStatus(
        settings.isMonitored(now),
        settings.calendar().noticeAt(now),
        settings.serviceLevel().responseTargetWorkingDays(),
        settings.emergencyContacts().inForce(),
        settings.calendar().zone(),
        settings.profile().organisationName(),
        settings.profile().monitoring(),
        settings.closureAnnounced(now),
        settings.emergencyContacts().isSet(),
        sessionPolicy.reporterIdle());
  }
}
