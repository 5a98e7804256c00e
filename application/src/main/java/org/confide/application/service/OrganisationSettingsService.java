package org.confide.application.service;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.confide.application.port.in.ChangeEmergencyContactsUseCase;
import org.confide.application.port.in.ChangeServiceUseCase;
import org.confide.application.port.in.Failure;
import org.confide.application.port.in.Outcome;
import org.confide.application.port.in.ReadSetUpUseCase;
import org.confide.application.port.in.SessionToken;
import org.confide.application.port.in.StaffDenial;
import org.confide.application.port.in.StaffRequestFailure;
import org.confide.application.port.out.OrganisationPages;
import org.confide.application.port.out.Questionnaires;
import org.confide.application.port.out.Settings;
import org.confide.domain.audit.Actor;
import org.confide.domain.audit.AuditAction;
import org.confide.domain.audit.AuditDetail;
import org.confide.domain.audit.AuditDetailCode;
import org.confide.domain.calendar.WorkingCalendar;
import org.confide.domain.content.PageKey;
import org.confide.domain.questionnaire.DefaultQuestionnaire;
import org.confide.domain.safeguarding.EmergencyContacts;
import org.confide.domain.settings.ServiceChange;
import org.confide.domain.settings.ServiceSettings;
import org.confide.domain.settings.SetUp;
import org.confide.domain.shared.Checked;
import org.confide.domain.staff.Permission;

/**
 * What makes Confide an organisation's own service: its emergency contacts, how the service runs,
 * and the checklist of what remains to set up. Every change is made from the settings in force and
 * audited by what changed, never by what it now says.
 */
public final class OrganisationSettingsService
    implements ChangeEmergencyContactsUseCase, ChangeServiceUseCase, ReadSetUpUseCase {

  private final Gate gate;
  private final Auditor auditor;
  private final Settings settings;
  private final Questionnaires questionnaires;
  private final OrganisationPages pages;

  /**
   * The service, wired by {@link org.confide.application.Confide#assemble}: an embedder uses that,
   * or {@link org.confide.application.InMemoryConfide}, rather than this.
   *
   * @param gate resolves the administrator's session, checks two-factor sign-in and the role, and
   *     runs the work in one transaction
   * @param auditor records the audit events, stamped with the time and a fresh id
   * @param settings the settings in force, changed under a row lock
   * @param questionnaires the questionnaire versions, for the set-up checklist
   * @param pages the organisation's saved pages, for the set-up checklist
   */
  public OrganisationSettingsService(
      Gate gate,
      Auditor auditor,
      Settings settings,
      Questionnaires questionnaires,
      OrganisationPages pages) {
    this.gate = Objects.requireNonNull(gate, "gate");
    this.auditor = Objects.requireNonNull(auditor, "auditor");
    this.settings = Objects.requireNonNull(settings, "settings");
    this.questionnaires = Objects.requireNonNull(questionnaires, "questionnaires");
    this.pages = Objects.requireNonNull(pages, "pages");
  }

  @Override
  public Outcome<EmergencyContacts, StaffRequestFailure> change(
      SessionToken session, ChangeEmergencyContactsUseCase.Command command) {
    return gate.asStaff(
        session,
        Permission.MANAGE_SERVICE,
        StaffRequestFailure::from,
        admin ->
            switch (EmergencyContacts.check(command.contacts())) {
              case Checked.Valid<EmergencyContacts>(var contacts) -> {
                settings.save(settings.currentForChange().withEmergencyContacts(contacts));
                // The number only: the contacts themselves are the organisation's, but the trail
                // records who changed what, never what it now says.
                auditor.audit(
                    Actor.staff(admin.id()),
                    AuditAction.EMERGENCY_CONTACTS_CHANGED,
                    contacts.isSet()
                        ? AuditDetail.of(AuditDetailCode.CONTACTS, contacts.own().size())
                        : AuditDetail.of(AuditDetailCode.NATIONAL_CONTACTS));
                yield Outcome.done(contacts);
              }
              case Checked.Invalid<EmergencyContacts> invalid ->
                  Outcome.failed(new Failure.Invalid(invalid.problems()));
            });
  }

  @Override
  public Outcome<ServiceSettings, StaffRequestFailure> change(
      SessionToken session, ChangeServiceUseCase.Command command) {
    return gate.asStaff(
        session,
        Permission.MANAGE_SERVICE,
        StaffRequestFailure::from,
        admin -> {
          var before = settings.currentForChange();
          return switch (command.change().applyTo(before)) {
            case Checked.Valid<ServiceSettings>(var after) -> {
              var changed = ServiceChange.changedParts(before, after);
              if (!changed.isEmpty()) {
                settings.save(after);
                auditor.audit(
                    Actor.staff(admin.id()),
                    AuditAction.SERVICE_CHANGED,
                    AuditDetail.of(AuditDetailCode.SERVICE_PARTS, List.copyOf(changed)));
              }
              yield Outcome.done(after);
            }
            case Checked.Invalid<ServiceSettings> invalid ->
                Outcome.failed(new Failure.Invalid(invalid.problems()));
          };
        });
  }

  @Override
  public Outcome<SetUp, StaffDenial> read(SessionToken session) {
    return gate.asStaff(
        session,
        Permission.MANAGE_SERVICE,
        Function.identity(),
        admin -> {
          var current = settings.current();
          var calendar = current.calendar();
          var standard = WorkingCalendar.standard();
          return Outcome.done(
              new SetUp(
                  current.emergencyContacts().isSet(),
                  !DefaultQuestionnaire.isShipped(questionnaires.current().questions()),
                  !calendar.equals(standard),
                  // The privacy notice is the one page whose default reporters are not shown: until
                  // it is saved, in any language, the organisation has not made the pages its own.
                  pages.savedTitles().containsKey(PageKey.PRIVACY),
                  current.staffTwoFactorRequired()));
        });
  }
}
