package org.confide.application.service;

import org.confide.application.port.in.ReadServiceStatusUseCase;

/** Tells anyone whether reports are read now, and how soon they are answered. */
public final class ReadServiceStatusService implements ReadServiceStatusUseCase {

  private final Context context;

  public ReadServiceStatusService(Context context) {
    this.context = context;
  }

  @Override
  public ServiceStatus status() {
    var settings = context.settings().current();
    var now = context.clock().instant();
    return new ServiceStatus(
        settings.calendar().isMonitored(now),
        settings.calendar().noticeAt(now),
        settings.serviceLevel().responseTargetWorkingDays(),
        settings.emergencyContacts(),
        settings.calendar().zone());
  }
}
