package org.confide.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.confide.testing.Failures.failedWith;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.confide.application.port.in.AddNoteUseCase;
import org.confide.application.port.in.AssignCaseUseCase;
import org.confide.application.port.in.ChangeCaseStatusUseCase;
import org.confide.application.port.in.CreateStaffUseCase;
import org.confide.application.port.in.DecideEscalationUseCase;
import org.confide.application.port.in.DecideEscalationUseCase.Decision;
import org.confide.application.port.in.DeclareConflictUseCase;
import org.confide.application.port.in.EnterReportUseCase;
import org.confide.application.port.in.EraseMyReportUseCase;
import org.confide.application.port.in.EscalateCaseUseCase;
import org.confide.application.port.in.ExcludeAdviserUseCase;
import org.confide.application.port.in.ExportCaseUseCase;
import org.confide.application.port.in.ExportReporterDataUseCase;
import org.confide.application.port.in.Failure;
import org.confide.application.port.in.ListCasesUseCase;
import org.confide.application.port.in.ListCasesUseCase.View;
import org.confide.application.port.in.MoveCaseUseCase;
import org.confide.application.port.in.Outcome;
import org.confide.application.port.in.ReadAuditTrailUseCase;
import org.confide.application.port.in.ReadExclusionsUseCase;
import org.confide.application.port.in.ReadNotesUseCase;
import org.confide.application.port.in.ReplyToReporterUseCase;
import org.confide.application.port.in.SessionToken;
import org.confide.application.port.in.TakeCaseUseCase;
import org.confide.application.port.in.ViewCaseUseCase;
import org.confide.domain.questionnaire.QuestionnaireVersion;
import org.confide.domain.report.Channel;
import org.confide.domain.safeguarding.EscalationId;
import org.confide.domain.shared.ReportReference;
import org.confide.domain.staff.EmailAddress;
import org.confide.domain.staff.Role;
import org.confide.domain.team.TeamId;
import org.confide.testing.Fixture;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Who may do what, exhaustively: every staff use case, for every role, on a case in the queue, a
 * case assigned to the acting adviser, a case assigned to another adviser, an escalated case
 * assigned to another, such a case held for safeguarding after its reporter asked for erasure, a
 * case of another team, and a case the adviser is excluded from (a conflict of interest). "Not
 * yours" and "does not exist" are the same answer, {@code NotFound}.
 */
class AuthorisationMatrixTest {

  enum Actor {
    ASSIGNED_ADVISER,
    OTHER_ADVISER,
    LEAD,
    ANALYST,
    ADMIN
  }

  enum CaseState {
    IN_QUEUE,
    ASSIGNED,
    ASSIGNED_AND_ESCALATED,
    /** Assigned and escalated, then erased by its reporter: held for safeguarding. */
    HELD,
    /** In the queue of a team only the other adviser belongs to. */
    OF_ANOTHER_TEAM,
    /** Assigned to the adviser, who is then excluded from it by a lead: back in the queue. */
    EXCLUDED
  }

  /** One use case, run by an actor on the case under test. */
  record Action(String name, BiFunction<World, SessionToken, Outcome<?, ?>> run) {
    @Override
    public String toString() {
      return name;
    }
  }

  /** A fresh system with one case in the state under test. */
  static final class World {
    final Fixture fixture = new Fixture();
    final Confide confide = fixture.confide;
    final ReportReference reference;
    final TeamId elsewhere;

    World(CaseState state) {
      var receipt = fixture.submit(Fixture.anonymous("A case."));
      reference = receipt.reference();
      // A team with no members, to move cases to: with teams defined, a case of no team is worked
      // as before.
      elsewhere = confide.manageTeams().create(fixture.admin, "Elsewhere").orElseThrow();
      if (state == CaseState.OF_ANOTHER_TEAM) {
        var theirs = confide.manageTeams().create(fixture.admin, "HR").orElseThrow();
        confide
            .manageTeams()
            .changeMembers(fixture.admin, theirs, List.of("other@example.ac.uk"))
            .orElseThrow();
        confide
            .moveCase()
            .move(fixture.lead, new MoveCaseUseCase.Command(reference, theirs.toString(), "HR's"))
            .orElseThrow();
      }
      if (state != CaseState.IN_QUEUE && state != CaseState.OF_ANOTHER_TEAM) {
        confide
            .assignCase()
            .assign(
                fixture.adviser,
                new AssignCaseUseCase.Command(reference, EmailAddress.of("adviser@example.ac.uk")))
            .orElseThrow();
      }
      if (state == CaseState.ASSIGNED_AND_ESCALATED || state == CaseState.HELD) {
        confide
            .escalateCase()
            .escalate(fixture.adviser, new EscalateCaseUseCase.Command(reference, "Worried"))
            .orElseThrow();
      }
      if (state == CaseState.EXCLUDED) {
        confide
            .excludeAdviser()
            .exclude(
                fixture.lead,
                new ExcludeAdviserUseCase.Command(reference, "adviser@example.ac.uk", "Conflict"))
            .orElseThrow();
      }
      if (state == CaseState.HELD) {
        assertThat(confide.eraseMyReport().erase(fixture.reporterSessionFor(receipt)))
            .isEqualTo(Outcome.done(EraseMyReportUseCase.Result.HELD));
      }
    }

    SessionToken token(Actor actor) {
      return switch (actor) {
        case ASSIGNED_ADVISER -> fixture.adviser;
        case OTHER_ADVISER -> fixture.otherAdviser;
        case LEAD -> fixture.lead;
        case ANALYST -> fixture.analyst;
        case ADMIN -> fixture.admin;
      };
    }
  }

  static final Action VIEW =
      new Action(
          "view", (w, t) -> w.confide.viewCase().view(t, new ViewCaseUseCase.Command(w.reference)));
  static final Action REPLY =
      new Action(
          "reply",
          (w, t) ->
              w.confide
                  .replyToReporter()
                  .reply(t, new ReplyToReporterUseCase.Command(w.reference, "Hello")));
  static final Action NOTE =
      new Action(
          "note",
          (w, t) -> w.confide.addNote().add(t, new AddNoteUseCase.Command(w.reference, "A note")));
  static final Action READ_NOTES =
      new Action(
          "read notes",
          (w, t) -> w.confide.readNotes().read(t, new ReadNotesUseCase.Command(w.reference)));
  static final Action CLOSE =
      new Action(
          "close",
          (w, t) ->
              w.confide
                  .changeCaseStatus()
                  .change(
                      t,
                      ChangeCaseStatusUseCase.Command.close(
                          w.reference, "Done", "support-provided", java.util.List.of())));
  static final Action ESCALATE =
      new Action(
          "escalate",
          (w, t) ->
              w.confide
                  .escalateCase()
                  .escalate(t, new EscalateCaseUseCase.Command(w.reference, "Worried")));
  static final Action TAKE =
      new Action(
          "take for oneself",
          (w, t) -> w.confide.takeCase().take(t, new TakeCaseUseCase.Command(w.reference)));
  static final Action ASSIGN_TO_OTHER =
      new Action(
          "assign to another adviser",
          (w, t) ->
              w.confide
                  .assignCase()
                  .assign(
                      t,
                      new AssignCaseUseCase.Command(
                          w.reference, EmailAddress.of("other@example.ac.uk"))));
  static final Action MOVE =
      new Action(
          "move to another team",
          (w, t) ->
              w.confide
                  .moveCase()
                  .move(
                      t,
                      new MoveCaseUseCase.Command(w.reference, w.elsewhere.toString(), "Theirs")));
  static final Action EXCLUDE =
      new Action(
          "exclude an adviser",
          (w, t) ->
              w.confide
                  .excludeAdviser()
                  .exclude(
                      t,
                      new ExcludeAdviserUseCase.Command(
                          w.reference, "other@example.ac.uk", "Their friend")));
  static final Action DECLARE =
      new Action(
          "declare a conflict",
          (w, t) ->
              w.confide
                  .declareConflict()
                  .declare(t, new DeclareConflictUseCase.Command(w.reference, "I know them")));
  static final Action READ_EXCLUSIONS =
      new Action(
          "read the exclusions",
          (w, t) ->
              w.confide.readExclusions().read(t, new ReadExclusionsUseCase.Command(w.reference)));
  static final Action EXPORT =
      new Action(
          "export the case file",
          (w, t) ->
              w.confide
                  .exportCase()
                  .export(t, new ExportCaseUseCase.Command(w.reference, "Panel", true)));
  static final Action SUBJECT_ACCESS =
      new Action(
          "export a reporter's data",
          (w, t) ->
              w.confide
                  .exportReporterData()
                  .export(
                      t,
                      new ExportReporterDataUseCase.Command(
                          "sam@example.ac.uk", "Email of 1 December")));
  static final Action LIFT_EXCLUSION =
      new Action(
          "lift an exclusion",
          (w, t) ->
              w.confide
                  .liftExclusion()
                  .lift(
                      t,
                      new org.confide.application.port.in.LiftExclusionUseCase.Command(
                          w.reference, "other@example.ac.uk", "No longer related")));
  static final Action CREATE_TEAM =
      new Action("create a team", (w, t) -> w.confide.manageTeams().create(t, "Student Support"));
  static final Action LIST_TEAM_NAMES =
      new Action(
          "read the teams' names",
          (w, t) -> w.confide.listTeamNames().list(t, Optional.of(w.reference)));
  static final Action LIST_TEAMS =
      new Action("list the teams", (w, t) -> w.confide.manageTeams().list(t));
  static final Action READ_ROUTING =
      new Action("read the routing", (w, t) -> w.confide.routeReports().read(t));
  static final Action READ_CLOSING_CHOICES =
      new Action("read the outcomes and tags", (w, t) -> w.confide.readClosingChoices().read(t));
  static final Action CHANGE_CLOSING_CHOICES =
      new Action(
          "change the tags",
          (w, t) ->
              w.confide
                  .changeClosingChoices()
                  .change(
                      t,
                      org.confide.application.port.in.ChangeClosingChoicesUseCase.Command.plain(
                          org.confide.domain.outcome.ChoiceList.TAGS,
                          java.util.List.of("Online"))));
  static final Action LIST_QUEUE =
      new Action(
          "list queue",
          (w, t) -> w.confide.listCases().list(t, ListCasesUseCase.Command.firstPage(View.QUEUE)));
  static final Action ENTER_REPORT =
      new Action(
          "enter a report for someone who told them",
          (w, t) ->
              w.confide
                  .enterReport()
                  .enter(
                      t,
                      new EnterReportUseCase.Command(
                          QuestionnaireVersion.of(1),
                          Fixture.calmAnswers(),
                          Optional.of("Told me in person."),
                          Channel.IN_PERSON,
                          true,
                          Optional.empty(),
                          Optional.empty(),
                          true,
                          Optional.empty())));
  static final Action OPEN_ESCALATIONS =
      new Action("open escalations", (w, t) -> w.confide.listOpenEscalations().list(t));
  static final Action SETTINGS =
      new Action("read settings", (w, t) -> w.confide.readSettings().read(t));
  static final Action NOTIFICATION_COUNTS =
      new Action("read notification counts", (w, t) -> w.confide.readNotificationCounts().read(t));
  static final Action NOTIFICATION_PREFERENCES =
      new Action(
          "read one's notification preferences",
          (w, t) -> w.confide.readNotificationPreferences().read(t));
  static final Action CHANGE_NOTIFICATION_PREFERENCES =
      new Action(
          "change one's notification preferences",
          (w, t) ->
              w.confide
                  .changeNotificationPreferences()
                  .change(
                      t,
                      new org.confide.application.port.in.ChangeNotificationPreferencesUseCase
                          .Command(java.util.Map.of(), 8)));
  static final Action CHANGE_CONTACTS =
      new Action(
          "change emergency contacts",
          (w, t) ->
              w.confide
                  .changeEmergencyContacts()
                  .change(
                      t,
                      new org.confide.application.port.in.ChangeEmergencyContactsUseCase.Command(
                          java.util.List.of(
                              new org.confide.domain.safeguarding.EmergencyContacts.Entry(
                                  "Campus security", "01632 960 000", null, null)))));
  static final Action CHANGE_SERVICE =
      new Action(
          "change the service",
          (w, t) ->
              w.confide
                  .changeService()
                  .change(
                      t,
                      new org.confide.application.port.in.ChangeServiceUseCase.Command(
                          new org.confide.domain.settings.ServiceChange(
                              "University of Example",
                              2192,
                              java.util.EnumSet.of(java.time.DayOfWeek.MONDAY),
                              java.time.LocalTime.of(9, 0),
                              java.time.LocalTime.of(17, 0),
                              14))));
  static final Action READ_SET_UP =
      new Action("read the set-up checklist", (w, t) -> w.confide.readSetUp().read(t));
  static final Action READ_PAGES =
      new Action(
          "read the organisation's pages to edit them",
          (w, t) ->
              w.confide
                  .readOrganisationContent()
                  .read(t, org.confide.domain.shared.Language.ENGLISH));
  static final Action CHANGE_PAGE =
      new Action(
          "edit an organisation page",
          (w, t) ->
              w.confide
                  .changeOrganisationPage()
                  .change(
                      t,
                      new org.confide.application.port.in.ChangeOrganisationPageUseCase.Command(
                          org.confide.domain.content.PageKey.SUPPORT,
                          org.confide.domain.shared.Language.ENGLISH,
                          "Support",
                          "Call [Samaritans](tel:116123).")));
  static final Action LIST_QUESTIONNAIRES =
      new Action("list questionnaire versions", (w, t) -> w.confide.listQuestionnaires().list(t));
  static final Action ADD_QUESTIONNAIRE =
      new Action(
          "add a questionnaire version",
          (w, t) ->
              w.confide
                  .addQuestionnaire()
                  .add(
                      t,
                      new org.confide.application.port.in.AddQuestionnaireUseCase.Command(
                          org.confide.domain.questionnaire.QuestionnaireDocument.of(
                              org.confide.domain.questionnaire.DefaultQuestionnaire.standard()))));
  static final Action USE_QUESTIONNAIRE =
      new Action(
          "put a questionnaire version in use",
          (w, t) ->
              w.confide
                  .useQuestionnaire()
                  .use(
                      t,
                      new org.confide.application.port.in.UseQuestionnaireUseCase.Command(
                          org.confide.domain.questionnaire.QuestionnaireVersion.of(1))));
  static final Action AWAITING_CONFIRMATION =
      new Action(
          "list questionnaire versions awaiting a lead",
          (w, t) -> w.confide.confirmQuestionnaireSignals().awaiting(t));
  static final Action CREATE_STAFF =
      new Action(
          "create staff",
          (w, t) ->
              w.confide
                  .createStaff()
                  .create(
                      t,
                      new CreateStaffUseCase.Command(
                          "new@example.ac.uk",
                          "New",
                          Set.of(Role.ADVISER),
                          Fixture.PASSWORD.toCharArray())));
  static final Action RESET_PASSWORD =
      new Action(
          "reset a member's password",
          (w, t) ->
              w.confide
                  .resetStaffPassword()
                  .reset(
                      t,
                      new org.confide.application.port.in.ResetStaffPasswordUseCase.Command(
                          w.fixture
                              .ports
                              .staffDirectory()
                              .findByEmail(
                                  org.confide.domain.staff.EmailAddress.of("other@example.ac.uk"))
                              .orElseThrow()
                              .id())));
  static final Action OWN_SESSIONS =
      new Action("list one's own sessions", (w, t) -> w.confide.ownSessions().list(t));
  static final Action AUDIT_TRAIL =
      new Action(
          "read audit trail",
          (w, t) ->
              w.confide
                  .readAuditTrail()
                  .read(
                      t,
                      new ReadAuditTrailUseCase.Command(
                          Instant.EPOCH, Instant.parse("2100-01-01T00:00:00Z"), Optional.empty())));
  static final Action BROWSE_AUDIT_TRAIL =
      new Action(
          "page through the audit trail",
          (w, t) ->
              w.confide
                  .browseAuditTrail()
                  .browse(
                      t,
                      org.confide.application.port.in.BrowseAuditTrailUseCase.Command.between(
                          Instant.EPOCH, Instant.parse("2100-01-01T00:00:00Z"))));
  static final Action VERIFY_AUDIT_TRAIL =
      new Action("verify the audit trail", (w, t) -> w.confide.verifyAuditTrail().verify(t));
  static final Action READ_TRENDS =
      new Action(
          "read trends",
          (w, t) ->
              w.confide
                  .readTrends()
                  .read(
                      t,
                      new org.confide.application.port.in.ReadTrendsUseCase.Command(
                          java.time.YearMonth.of(2026, 1),
                          java.time.YearMonth.of(2026, 12),
                          java.util.List.of(org.confide.domain.analytics.TrendDimension.TYPE))));
  static final Action READ_DASHBOARD =
      new Action(
          "read the service dashboard",
          (w, t) ->
              w.confide
                  .readDashboard()
                  .read(
                      t,
                      new org.confide.application.port.in.ReadDashboardUseCase.Command(
                          java.time.YearMonth.of(2026, 1), java.time.YearMonth.of(2026, 12))));
  static final Action LIST_ALERTS =
      new Action("list pattern alerts", (w, t) -> w.confide.listAlerts().list(t));
  static final Action DECIDE =
      new Action(
          "stand down an escalation",
          (w, t) -> {
            var open = w.confide.listOpenEscalations().list(w.fixture.lead).orElseThrow();
            var id = open.isEmpty() ? EscalationId.generate(new Random(1)) : open.getFirst().id();
            return w.confide
                .decideEscalation()
                .decide(
                    t,
                    new DecideEscalationUseCase.Command(id, new Decision.StandDown("No concern")));
          });

  private static final Class<?> DONE = Outcome.Done.class;
  private static final Class<?> NOT_FOUND = Failure.NotFound.class;
  private static final Class<?> FORBIDDEN = Failure.Forbidden.class;
  private static final Class<?> REFUSED = Failure.Refused.class;

  /** {@link #DONE}, or the class of the failure. */
  private static Class<?> kindOf(Outcome<?, ?> outcome) {
    return switch (outcome) {
      case Outcome.Done<?, ?> done -> DONE;
      case Outcome.Failed<?, ?> failed -> failed.failure().getClass();
    };
  }

  /** What each actor gets for a case action, by case state. */
  private static Class<?> expectedOnCase(Action action, Actor actor, CaseState state) {
    if (actor == Actor.ANALYST || actor == Actor.ADMIN) {
      return FORBIDDEN;
    }
    if (action == EXCLUDE || action == READ_EXCLUSIONS) {
      // A lead reaches every case to keep an adviser away from it; no one else may.
      return actor == Actor.LEAD ? DONE : FORBIDDEN;
    }
    if (state == CaseState.HELD) {
      // For the leads alone, and no longer to be worked: only read, noted or escalated again.
      if (actor != Actor.LEAD) {
        return NOT_FOUND;
      }
      return Set.of(VIEW, NOTE, READ_NOTES, ESCALATE, DECLARE, EXPORT).contains(action)
          ? DONE
          : REFUSED;
    }
    boolean mayRead =
        switch (state) {
          case IN_QUEUE -> true;
          case ASSIGNED -> actor == Actor.ASSIGNED_ADVISER;
          case ASSIGNED_AND_ESCALATED -> actor != Actor.OTHER_ADVISER;
          case HELD -> throw new AssertionError("answered above");
          // Need to know by team: the adviser outside it is told the case does not exist.
          case OF_ANOTHER_TEAM -> actor != Actor.ASSIGNED_ADVISER;
          // A conflict of interest: the excluded adviser is told the case does not exist.
          case EXCLUDED -> actor != Actor.ASSIGNED_ADVISER;
        };
    return mayRead ? DONE : NOT_FOUND;
  }

  static Stream<Arguments> caseActions() {
    return Stream.of(
            VIEW,
            REPLY,
            NOTE,
            READ_NOTES,
            CLOSE,
            ESCALATE,
            TAKE,
            ASSIGN_TO_OTHER,
            MOVE,
            EXCLUDE,
            DECLARE,
            READ_EXCLUSIONS,
            EXPORT)
        .flatMap(action ->
            Stream.of(CaseState.values())
                .flatMap(state ->
                    Stream.of(Actor.values())
                        .map(actor ->
                            Arguments.of(
                                action, actor, state, expectedOnCase(action, actor, state)))));
  }

  @ParameterizedTest(name = "{0} by {1} on a case {2} -> {3}")
  @MethodSource("caseActions")
  void case_use_cases(Action action, Actor actor, CaseState state, Class<?> expected) {
    var world = new World(state);

    assertThat(kindOf(action.run().apply(world, world.token(actor)))).isEqualTo(expected);
  }

  private static final Map<Action, Set<Actor>> ALLOWED_ROLE_WIDE =
      Map.ofEntries(
          Map.entry(LIST_QUEUE, Set.of(Actor.ASSIGNED_ADVISER, Actor.OTHER_ADVISER, Actor.LEAD)),
          // Entering a report starts a case: for those who work cases, never analysts or
          // administrators, who never read a report.
          Map.entry(ENTER_REPORT, Set.of(Actor.ASSIGNED_ADVISER, Actor.OTHER_ADVISER, Actor.LEAD)),
          Map.entry(OPEN_ESCALATIONS, Set.of(Actor.LEAD)),
          Map.entry(DECIDE, Set.of(Actor.LEAD)),
          Map.entry(SUBJECT_ACCESS, Set.of(Actor.LEAD, Actor.ADMIN)),
          Map.entry(SETTINGS, Set.of(Actor.ADMIN)),
          Map.entry(NOTIFICATION_COUNTS, Set.of(Actor.ADMIN)),
          // Every member, for themselves alone: the use case takes no one else's id.
          Map.entry(NOTIFICATION_PREFERENCES, Set.of(Actor.values())),
          Map.entry(CHANGE_NOTIFICATION_PREFERENCES, Set.of(Actor.values())),
          Map.entry(CHANGE_CONTACTS, Set.of(Actor.ADMIN)),
          Map.entry(CHANGE_SERVICE, Set.of(Actor.ADMIN)),
          Map.entry(READ_SET_UP, Set.of(Actor.ADMIN)),
          Map.entry(READ_PAGES, Set.of(Actor.ADMIN)),
          Map.entry(CHANGE_PAGE, Set.of(Actor.ADMIN)),
          Map.entry(LIST_QUESTIONNAIRES, Set.of(Actor.ADMIN)),
          Map.entry(ADD_QUESTIONNAIRE, Set.of(Actor.ADMIN)),
          Map.entry(USE_QUESTIONNAIRE, Set.of(Actor.ADMIN)),
          Map.entry(AWAITING_CONFIRMATION, Set.of(Actor.LEAD)),
          Map.entry(CREATE_STAFF, Set.of(Actor.ADMIN)),
          Map.entry(RESET_PASSWORD, Set.of(Actor.ADMIN)),
          Map.entry(OWN_SESSIONS, Set.of(Actor.values())),
          Map.entry(CREATE_TEAM, Set.of(Actor.ADMIN)),
          Map.entry(LIST_TEAMS, Set.of(Actor.ADMIN)),
          // Names and ids only, for the team picker and moving a case: those who work cases.
          Map.entry(
              LIST_TEAM_NAMES, Set.of(Actor.ASSIGNED_ADVISER, Actor.OTHER_ADVISER, Actor.LEAD)),
          Map.entry(READ_ROUTING, Set.of(Actor.ADMIN)),
          Map.entry(
              READ_CLOSING_CHOICES,
              Set.of(Actor.ASSIGNED_ADVISER, Actor.OTHER_ADVISER, Actor.LEAD, Actor.ADMIN)),
          Map.entry(CHANGE_CLOSING_CHOICES, Set.of(Actor.ADMIN)),
          Map.entry(AUDIT_TRAIL, Set.of(Actor.ADMIN, Actor.LEAD)),
          Map.entry(BROWSE_AUDIT_TRAIL, Set.of(Actor.ADMIN, Actor.LEAD)),
          Map.entry(VERIFY_AUDIT_TRAIL, Set.of(Actor.ADMIN, Actor.LEAD)),
          Map.entry(READ_TRENDS, Set.of(Actor.ANALYST, Actor.LEAD, Actor.ADMIN)),
          Map.entry(READ_DASHBOARD, Set.of(Actor.LEAD, Actor.ADMIN)),
          Map.entry(LIST_ALERTS, Set.of(Actor.ANALYST, Actor.LEAD)));

  static Stream<Arguments> roleWideActions() {
    return ALLOWED_ROLE_WIDE.entrySet().stream()
        .flatMap(entry ->
            Stream.of(Actor.values())
                .map(actor ->
                    Arguments.of(
                        entry.getKey(),
                        actor,
                        entry.getValue().contains(actor) ? DONE : FORBIDDEN)));
  }

  @ParameterizedTest(name = "{0} by {1} -> {2}")
  @MethodSource("roleWideActions")
  void role_wide_use_cases(Action action, Actor actor, Class<?> expected) {
    var world = new World(CaseState.ASSIGNED_AND_ESCALATED);

    assertThat(kindOf(action.run().apply(world, world.token(actor)))).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} without a session")
  @MethodSource("everyAction")
  void every_staff_use_case_refuses_an_unknown_session(Action action) {
    var world = new World(CaseState.IN_QUEUE);
    var stranger = SessionToken.generate(new Random(99));

    assertThat(action.run().apply(world, stranger)).is(failedWith(Failure.Unauthenticated.class));
  }

  static Stream<Action> everyAction() {
    return Stream.of(
        VIEW,
        REPLY,
        NOTE,
        CLOSE,
        ESCALATE,
        TAKE,
        ASSIGN_TO_OTHER,
        MOVE,
        EXCLUDE,
        DECLARE,
        READ_EXCLUSIONS,
        EXPORT,
        SUBJECT_ACCESS,
        LIFT_EXCLUSION,
        CREATE_TEAM,
        LIST_TEAMS,
        LIST_TEAM_NAMES,
        READ_ROUTING,
        READ_CLOSING_CHOICES,
        CHANGE_CLOSING_CHOICES,
        LIST_QUEUE,
        ENTER_REPORT,
        OPEN_ESCALATIONS,
        DECIDE,
        SETTINGS,
        NOTIFICATION_COUNTS,
        NOTIFICATION_PREFERENCES,
        CHANGE_NOTIFICATION_PREFERENCES,
        LIST_QUESTIONNAIRES,
        ADD_QUESTIONNAIRE,
        USE_QUESTIONNAIRE,
        AWAITING_CONFIRMATION,
        CREATE_STAFF,
        RESET_PASSWORD,
        OWN_SESSIONS,
        AUDIT_TRAIL,
        BROWSE_AUDIT_TRAIL,
        VERIFY_AUDIT_TRAIL);
  }
}
