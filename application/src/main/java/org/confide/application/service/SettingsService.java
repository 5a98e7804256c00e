package org.confide.application.service;

import java.util.Objects;
import java.util.function.Function;
import org.confide.application.port.in.ChangeAnalysisUseCase;
import org.confide.application.port.in.Outcome;
import org.confide.application.port.in.ReadSettingsUseCase;
import org.confide.application.port.in.ReplaceSettingsUseCase;
import org.confide.application.port.in.RequireTwoFactorUseCase;
import org.confide.application.port.in.SessionToken;
import org.confide.application.port.in.StaffDenial;
import org.confide.application.port.out.Settings;
import org.confide.domain.audit.Actor;
import org.confide.domain.audit.AuditAction;
import org.confide.domain.audit.AuditDetail;
import org.confide.domain.audit.AuditDetailCode;
import org.confide.domain.settings.ServiceSettings;
import org.confide.domain.staff.Permission;
import org.confide.domain.staff.StaffId;

/**
 * The administrators' use cases on the settings as a whole: reading them, replacing them, and the
 * parts changed from the settings in force at that moment (analysis, the two-factor requirement).
 * The calendar has a use case of its own, {@link ChangeCalendarService}.
 */
public final class SettingsService
    implements ReadSettingsUseCase,
        ReplaceSettingsUseCase,
        ChangeAnalysisUseCase,
        RequireTwoFactorUseCase {

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
  public SettingsService(Gate gate, Auditor auditor, Settings settings) {
    this.gate = Objects.requireNonNull(gate, "gate");
    this.auditor = Objects.requireNonNull(auditor, "auditor");
    this.settings = Objects.requireNonNull(settings, "settings");
  }

  @Override
  public Outcome<ServiceSettings, StaffDenial> read(SessionToken session) {
    return gate.asStaff(
        session,
        Permission.MANAGE_SERVICE,
        Function.identity(),
        admin -> Outcome.done(settings.current()));
  }

  @Override
  public Outcome<Outcome.Ok, StaffDenial> replace(
      SessionToken session, ReplaceSettingsUseCase.Command command) {
    var replacement = command.settings();
    return gate.asStaff(
        session,
        Permission.MANAGE_SERVICE,
        Function.identity(),
        admin -> {
          var before = settings.currentForChange();
          settings.save(replacement);
          auditor.audit(Actor.staff(admin.id()), AuditAction.CALENDAR_CHANGED);
          if (before.staffTwoFactorRequired() != replacement.staffTwoFactorRequired()) {
            auditTwoFactorRequirement(admin.id(), replacement.staffTwoFactorRequired());
          }
          return Outcome.ok();
        });
  }

  @Override
  public Outcome<Outcome.Ok, StaffDenial> change(
      SessionToken session, ChangeAnalysisUseCase.Command command) {
    return gate.asStaff(
        session,
        Permission.MANAGE_SERVICE,
        Function.identity(),
        admin -> {
          settings.save(settings.currentForChange().withAnalysis(command.analysis()));
          auditor.audit(
              Actor.staff(admin.id()),
              AuditAction.CALENDAR_CHANGED,
              AuditDetail.of(AuditDetailCode.ANALYSIS));
          return Outcome.ok();
        });
  }

  @Override
  public Outcome<Outcome.Ok, StaffDenial> require(
      SessionToken session, RequireTwoFactorUseCase.Command command) {
    return gate.asStaff(
        session,
        Permission.MANAGE_SERVICE,
        Function.identity(),
        admin -> {
          var current = settings.currentForChange();
          if (current.staffTwoFactorRequired() != command.required()) {
            settings.save(current.withStaffTwoFactorRequired(command.required()));
            auditTwoFactorRequirement(admin.id(), command.required());
          }
          return Outcome.ok();
        });
  }

  private void auditTwoFactorRequirement(StaffId admin, boolean required) {
    auditor.audit(
        Actor.staff(admin),
        AuditAction.TWO_FACTOR_REQUIREMENT_CHANGED,
        AuditDetail.of(required ? AuditDetailCode.REQUIRED : AuditDetailCode.NOT_REQUIRED));
  }
}
