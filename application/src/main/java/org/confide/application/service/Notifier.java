package org.confide.application.service;

import static java.util.stream.Collectors.toSet;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.random.RandomGenerator;
import org.confide.application.port.out.Notifications;
import org.confide.application.port.out.StaffDirectory;
import org.confide.application.port.out.Teams;
import org.confide.domain.notification.Notification;
import org.confide.domain.notification.NotificationKind;
import org.confide.domain.shared.RandomIds;
import org.confide.domain.shared.ReportReference;
import org.confide.domain.staff.Role;
import org.confide.domain.staff.StaffId;
import org.confide.domain.staff.StaffMember;
import org.confide.domain.team.Exclusion;
import org.confide.domain.team.Team;
import org.confide.domain.team.TeamAccess;
import org.confide.domain.team.TeamId;

/**
 * Tells staff of an event by writing notifications to the outbox, in the transaction of the use
 * case that caused it, so that the email is sent exactly when the event is kept. Recipients are
 * staff accounts, active ones only; nothing is ever addressed to a reporter, nor about a case to a
 * staff member excluded from it (a conflict of interest).
 */
public final class Notifier {

  private final Notifications notifications;
  private final StaffDirectory staffDirectory;
  private final RandomGenerator random;
  private final Clock clock;
  private final Teams teams;

  /**
   * Wired once by {@link org.confide.application.Confide#assemble} and shared by the services that
   * cause notifications.
   *
   * @param notifications the outbox
   * @param staffDirectory the staff accounts, whose addresses notifications go to
   * @param teams the teams, whose advisers are told of their cases, and the cases' exclusions,
   *     whose advisers are never told about those cases
   * @param random the source of the notifications' ids
   * @param clock the time of the events
   */
  public Notifier(
      Notifications notifications,
      StaffDirectory staffDirectory,
      Teams teams,
      RandomGenerator random,
      Clock clock) {
    this.notifications = Objects.requireNonNull(notifications, "notifications");
    this.staffDirectory = Objects.requireNonNull(staffDirectory, "staffDirectory");
    this.teams = Objects.requireNonNull(teams, "teams");
    this.random = Objects.requireNonNull(random, "random");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * Tells every active staff member who holds {@code role}.
   *
   * @param kind what happened
   * @param role who is told
   * @param reference the case it concerns
   * @param dueDate the due date it names, if any
   */
  public void tellEvery(
      NotificationKind kind, Role role, ReportReference reference, Optional<LocalDate> dueDate) {
    tell(kind, holders(role), Optional.of(reference), dueDate);
  }

  /**
   * Tells the active advisers who may work a case waiting in the queue of {@code team}: its
   * members, or every active adviser when the case has no team.
   *
   * @param kind what happened
   * @param team the team whose queue the case is in, if any
   * @param reference the case
   * @param dueDate the due date it names, if any
   */
  public void tellQueue(
      NotificationKind kind,
      Optional<TeamId> team,
      ReportReference reference,
      Optional<LocalDate> dueDate) {
    tell(kind, advisersWhoMayWork(team), Optional.of(reference), dueDate);
  }

  /**
   * Tells a case's assignee or, when the case is unassigned or its assignee is no longer active,
   * the active advisers who may work it ({@link #tellQueue}).
   *
   * @param kind what happened
   * @param assignee the case's assignee, if any
   * @param reference the case
   * @param dueDate the due date it names, if any
   */
  public void tellAssigneeOrAdvisers(
      NotificationKind kind,
      Optional<StaffId> assignee,
      ReportReference reference,
      Optional<LocalDate> dueDate) {
    var member = assignee.flatMap(staffDirectory::find).filter(StaffMember::active);
    tell(
        kind,
        member.map(List::of).orElseGet(() -> advisersWhoMayWork(teams.teamOf(reference))),
        Optional.of(reference),
        dueDate);
  }

  /**
   * Tells one staff member of something about their own account.
   *
   * @param kind what happened
   * @param member the staff member
   */
  public void tellMember(NotificationKind kind, StaffMember member) {
    tell(kind, List.of(member), Optional.empty(), Optional.empty());
  }

  /**
   * Tells one staff member that an administrator reset their password. The notification is written
   * under the id the set-password link was issued under, so that the email, when it is sent,
   * carries that link (derived again from the id under the server secret: the outbox never holds
   * it).
   *
   * @param member the staff member
   * @param reset the id the link was issued under
   */
  public void tellMemberOfPasswordReset(StaffMember member, UUID reset) {
    notifications.add(
        Notification.of(
            reset,
            NotificationKind.PASSWORD_RESET,
            member.email(),
            Optional.empty(),
            Optional.empty(),
            clock.instant()));
  }

  // The recipients: the place to narrow who is told of a case (say, an adviser excluded from it).
  private List<StaffMember> advisersWhoMayWork(Optional<TeamId> team) {
    if (team.isEmpty()) {
      return holders(Role.ADVISER);
    }
    var members = teams.find(team.get()).map(Team::members).orElse(Set.of());
    return holders(Role.ADVISER).stream()
        .filter(member -> members.contains(member.id()))
        .filter(member -> TeamAccess.mayWorkCasesOf(member, team, Set.of(team.get())))
        .toList();
  }

  // Each submission asks: the directory may answer from a copy kept for a few seconds.
  private List<StaffMember> holders(Role role) {
    return staffDirectory.activeHolders(role);
  }

  private void tell(
      NotificationKind kind,
      List<StaffMember> recipients,
      Optional<ReportReference> reference,
      Optional<LocalDate> dueDate) {
    if (recipients.isEmpty()) {
      return;
    }
    // The case's exclusions read once, not once a recipient: a new report tells every adviser.
    var excluded =
        reference
            .map(r -> teams.exclusions(r).stream().map(Exclusion::adviser).collect(toSet()))
            .orElse(Set.of());
    var now = clock.instant();
    for (var member : recipients) {
      if (excluded.contains(member.id())) {
        continue;
      }
      notifications.add(
          Notification.of(RandomIds.uuid(random), kind, member.email(), reference, dueDate, now));
    }
  }
}
