package org.confide.application.service;

import java.util.Objects;
import org.confide.application.port.in.ChangeCalendarUseCase;
import org.confide.application.port.in.Failure;
import org.confide.application.port.in.Outcome;
import org.confide.application.port.in.SessionToken;
import org.confide.application.port.in.StaffRequestFailure;
import org.confide.application.port.out.Settings;
import org.confide.domain.audit.Actor;
import org.confide.domain.audit.AuditAction;
import org.confide.domain.settings.ServiceSettings;
import org.confide.domain.shared.Checked;
import org.confide.domain.staff.Permission;

/** Changes the working calendar or the service level, from the settings in force. */
public final class ChangeCalendarService implements ChangeCalendarUseCase {

  private final Gate gate;
  private final Auditor auditor;
  private final Settings settings;

  /**
   * The service, wired by {@link org.confide.application.Confide#assemble}: an embedder uses that,
   * or {@link org.confide.application.InMemoryConfide}, rather than this.
   *
   * @param gate resolves the acting party's session, checks two-factor sign-in and the role, and
   *     runs the work in one transaction
   * @param auditor records the audit events, stamped with the time and a fresh id
   * @param settings the settings in force: calendar, targets, analysis and the two-factor
   *     requirement
   */
  public ChangeCalendarService(Gate gate, Auditor auditor, Settings settings) {
    this.gate = Objects.requireNonNull(gate, "gate");
    this.auditor = Objects.requireNonNull(auditor, "auditor");
    this.settings = Objects.requireNonNull(settings, "settings");
  }

  @Override
  public Outcome<ServiceSettings, StaffRequestFailure> change(
      SessionToken session, Command command) {
    return gate.asStaff(
        session,
        Permission.MANAGE_SERVICE,
        StaffRequestFailure::from,
        admin ->
            switch (command.change().applyTo(settings.currentForChange())) {
              case Checked.Valid<ServiceSettings> changed -> {
                settings.save(changed.value());
                auditor.audit(Actor.staff(admin.id()), AuditAction.CALENDAR_CHANGED);
                yield Outcome.done(changed.value());
              }
              case Checked.Invalid<ServiceSettings> invalid ->
                  Outcome.failed(new Failure.Invalid(invalid.problems()));
            });
  }
}
