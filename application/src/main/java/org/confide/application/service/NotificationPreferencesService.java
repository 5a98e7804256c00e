package org.confide.application.service;

import java.util.Objects;
import org.confide.application.port.in.ChangeNotificationPreferencesUseCase;
import org.confide.application.port.in.Failure;
import org.confide.application.port.in.NotificationChoiceFailure;
import org.confide.application.port.in.Outcome;
import org.confide.application.port.in.ReadNotificationPreferencesUseCase;
import org.confide.application.port.in.SessionToken;
import org.confide.application.port.in.StaffSessionDenial;
import org.confide.application.port.out.NotificationChoices;
import org.confide.application.port.out.Settings;
import org.confide.domain.audit.Actor;
import org.confide.domain.audit.AuditAction;
import org.confide.domain.notification.NotificationPreferences;
import org.confide.domain.shared.Checked;
import org.confide.domain.staff.StaffMember;

/**
 * Reads and changes a staff member's own notification preferences. Only the sending of email reads
 * them, when it delivers; nothing that writes a notification does.
 */
public final class NotificationPreferencesService
    implements ReadNotificationPreferencesUseCase, ChangeNotificationPreferencesUseCase {

  private final Gate gate;
  private final Auditor auditor;
  private final NotificationChoices choices;
  private final Settings settings;

  /**
   * The service, wired by {@link org.confide.application.Confide#assemble}: an embedder uses that,
   * or {@link org.confide.application.InMemoryConfide}, rather than this.
   *
   * @param gate resolves the acting party's session, checks two-factor sign-in, and runs the work
   *     in one transaction
   * @param auditor records the audit events, stamped with the time and a fresh id
   * @param choices the members' preferences
   * @param settings the settings, whose calendar's time zone the digest hour is in
   */
  public NotificationPreferencesService(
      Gate gate, Auditor auditor, NotificationChoices choices, Settings settings) {
    this.gate = Objects.requireNonNull(gate, "gate");
    this.auditor = Objects.requireNonNull(auditor, "auditor");
    this.choices = Objects.requireNonNull(choices, "choices");
    this.settings = Objects.requireNonNull(settings, "settings");
  }

  @Override
  public Outcome<Preferences, StaffSessionDenial> read(SessionToken session) {
    return gate.asAnyStaff(
        session,
        denial -> denial,
        member ->
            Outcome.done(
                view(
                    member,
                    choices.find(member.id()).orElseGet(NotificationPreferences::standard))));
  }

  @Override
  public Outcome<Preferences, NotificationChoiceFailure> change(
      SessionToken session, Command command) {
    return gate.asAnyStaff(
        session,
        NotificationChoiceFailure::from,
        member ->
            switch (NotificationPreferences.check(
                command.emails(), command.digestHour(), member.roles())) {
              case Checked.Valid<NotificationPreferences>(var checked) -> {
                // A language not asked for is the one chosen before: a client that knows nothing
                // of languages leaves it as it was.
                var preferences =
                    checked.withLanguage(
                        command
                            .language()
                            .or(() ->
                                choices
                                    .find(member.id())
                                    .flatMap(NotificationPreferences::language)));
                choices.save(member.id(), preferences);
                var answer = view(member, preferences);
                // What was chosen is the member's own business: the trail says only that it
                // changed.
                auditor.audit(
                    Actor.staff(member.id()), AuditAction.NOTIFICATION_PREFERENCES_CHANGED);
                yield Outcome.done(answer);
              }
              case Checked.Invalid<NotificationPreferences>(var problems) ->
                  Outcome.failed(new Failure.Invalid(problems));
            });
  }

  private Preferences view(StaffMember member, NotificationPreferences preferences) {
    var choosable = NotificationPreferences.choosable();
    return new Preferences(
        NotificationPreferences.receivedBy(member.roles()).stream()
            .map(kind ->
                new EmailChoice(kind, preferences.deliveryOf(kind), choosable.contains(kind)))
            .toList(),
        preferences.digestHour(),
        settings.current().calendar().zone(),
        preferences.language());
  }
}
