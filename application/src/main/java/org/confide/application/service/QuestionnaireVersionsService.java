package org.confide.application.service;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.confide.application.port.in.AddQuestionnaireUseCase;
import org.confide.application.port.in.ConfirmQuestionnaireSignalsUseCase;
import org.confide.application.port.in.Failure;
import org.confide.application.port.in.ListQuestionnairesUseCase;
import org.confide.application.port.in.LookUpFailure;
import org.confide.application.port.in.Outcome;
import org.confide.application.port.in.QuestionnaireFailure;
import org.confide.application.port.in.SessionToken;
import org.confide.application.port.in.StaffRequestFailure;
import org.confide.application.port.in.UseQuestionnaireUseCase;
import org.confide.application.port.out.Questionnaires;
import org.confide.domain.audit.Actor;
import org.confide.domain.audit.AuditAction;
import org.confide.domain.audit.AuditDetail;
import org.confide.domain.audit.AuditDetailCode;
import org.confide.domain.questionnaire.Questionnaire;
import org.confide.domain.questionnaire.QuestionnaireChange;
import org.confide.domain.questionnaire.QuestionnaireVersion;
import org.confide.domain.shared.Checked;
import org.confide.domain.shared.ProblemCode;
import org.confide.domain.staff.Permission;

/**
 * The organisation's questionnaire versions: an administrator lists, reads and adds them and puts
 * one in use; a safeguarding lead confirms a version that would stop raising safeguarding signals.
 * Audit events name version numbers only.
 */
public final class QuestionnaireVersionsService
    implements ListQuestionnairesUseCase,
        AddQuestionnaireUseCase,
        UseQuestionnaireUseCase,
        ConfirmQuestionnaireSignalsUseCase {

  private final Gate gate;
  private final Auditor auditor;
  private final Questionnaires questionnaires;
  private final Clock clock;

  /**
   * The service, wired by {@link org.confide.application.Confide#assemble}: an embedder uses that,
   * or {@link org.confide.application.InMemoryConfide}, rather than this.
   *
   * @param gate resolves the acting staff member's session, checks two-factor sign-in and the role,
   *     and runs the work in one transaction
   * @param auditor records the audit events, stamped with the time and a fresh id
   * @param questionnaires every questionnaire version, and which is in use
   * @param clock the time a version is added and a confirmation made
   */
  public QuestionnaireVersionsService(
      Gate gate, Auditor auditor, Questionnaires questionnaires, Clock clock) {
    this.gate = Objects.requireNonNull(gate, "gate");
    this.auditor = Objects.requireNonNull(auditor, "auditor");
    this.questionnaires = Objects.requireNonNull(questionnaires, "questionnaires");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  public Outcome<List<Listing>, StaffRequestFailure> list(SessionToken session) {
    return gate.asStaff(
        session,
        Permission.MANAGE_SERVICE,
        StaffRequestFailure::from,
        admin -> Outcome.done(listings()));
  }

  @Override
  public Outcome<Questionnaire, LookUpFailure> read(
      SessionToken session, QuestionnaireVersion version) {
    Objects.requireNonNull(version, "version must not be null");
    return gate.asStaff(
        session,
        Permission.MANAGE_SERVICE,
        LookUpFailure::from,
        admin ->
            questionnaires
                .find(version)
                .<Outcome<Questionnaire, LookUpFailure>>map(Outcome::done)
                .orElseGet(() -> Outcome.failed(new Failure.NotFound())));
  }

  @Override
  public Outcome<QuestionnaireVersion, StaffRequestFailure> add(
      SessionToken session, AddQuestionnaireUseCase.Command command) {
    return gate.asStaff(
        session,
        Permission.MANAGE_SERVICE,
        StaffRequestFailure::from,
        admin -> {
          var versions = questionnaires.versions();
          var next = versions.getLast().version().next();
          var checked =
              command
                  .document()
                  .check(next, command.languages())
                  .flatMap(questionnaire -> {
                    var problems =
                        new QuestionnaireChange(questionnaires.current(), questionnaire)
                            .stableQuestionProblems();
                    return Checked.unless(problems, () -> questionnaire);
                  });
          return switch (checked) {
            case Checked.Valid<Questionnaire>(var questionnaire) -> {
              if (questionnaires.add(questionnaire, clock.instant())
                  == Questionnaires.AddOutcome.VERSION_TAKEN) {
                // Two administrators added at once: the database's key kept one of them.
                yield Outcome.failed(
                    Failure.Invalid.of("questions", ProblemCode.VERSION_ADDED_MEANWHILE));
              }
              auditor.audit(
                  Actor.staff(admin.id()),
                  AuditAction.QUESTIONNAIRE_ADDED,
                  AuditDetail.of(AuditDetailCode.VERSION, next.value()));
              yield Outcome.done(next);
            }
            case Checked.Invalid<Questionnaire> invalid ->
                Outcome.failed(new Failure.Invalid(invalid.problems()));
          };
        });
  }

  @Override
  public Outcome<QuestionnaireVersion, QuestionnaireFailure> use(
      SessionToken session, UseQuestionnaireUseCase.Command command) {
    var version = command.version();
    return gate.asStaff(
        session,
        Permission.MANAGE_SERVICE,
        QuestionnaireFailure::from,
        admin -> {
          var current = questionnaires.current();
          var wanted = questionnaires.find(version);
          if (wanted.isEmpty()) {
            return Outcome.failed(
                Failure.Invalid.of("version", ProblemCode.NO_VERSION, version.toString()));
          }
          if (current.version().equals(version)) {
            return Outcome.done(version);
          }
          var change = new QuestionnaireChange(current, wanted.get());
          var stable = change.stableQuestionProblems();
          if (!stable.isEmpty()) {
            return Outcome.failed(
                Failure.Refused.of(ProblemCode.VERSION_UNSTABLE, version.toString(), stable));
          }
          var dropped = change.droppedSignals();
          if (!dropped.isEmpty() && !confirmed(version)) {
            // Reports that would have reached a safeguarding lead at once would stop doing so:
            // only a lead may accept that.
            return Outcome.failed(
                Failure.Refused.of(
                    ProblemCode.VERSION_DROPS_SIGNALS, version.toString(), dropped.size()));
          }
          questionnaires.use(version);
          auditor.audit(
              Actor.staff(admin.id()),
              AuditAction.QUESTIONNAIRE_PUT_IN_USE,
              AuditDetail.of(
                  AuditDetailCode.VERSION_IN_PLACE, version.value(), current.version().value()));
          return Outcome.done(version);
        });
  }

  @Override
  public Outcome<List<Listing>, StaffRequestFailure> awaiting(SessionToken session) {
    return gate.asStaff(
        session,
        Permission.CONFIRM_SAFEGUARDING_CHANGES,
        StaffRequestFailure::from,
        lead -> Outcome.done(listings().stream().filter(Listing::awaitsConfirmation).toList()));
  }

  @Override
  public Outcome<QuestionnaireVersion, QuestionnaireFailure> confirm(
      SessionToken session, QuestionnaireVersion version) {
    Objects.requireNonNull(version, "version must not be null");
    return gate.asStaff(
        session,
        Permission.CONFIRM_SAFEGUARDING_CHANGES,
        QuestionnaireFailure::from,
        lead -> {
          var wanted = questionnaires.find(version);
          if (wanted.isEmpty()) {
            return Outcome.failed(new Failure.NotFound());
          }
          if (new QuestionnaireChange(questionnaires.current(), wanted.get())
              .droppedSignals()
              .isEmpty()) {
            return Outcome.failed(
                Failure.Refused.of(ProblemCode.NOTHING_TO_CONFIRM, version.toString()));
          }
          if (!confirmed(version)) {
            questionnaires.confirmSignals(version, clock.instant());
            auditor.audit(
                Actor.staff(lead.id()),
                AuditAction.QUESTIONNAIRE_SIGNALS_CONFIRMED,
                AuditDetail.of(AuditDetailCode.VERSION, version.value()));
          }
          return Outcome.done(version);
        });
  }

  private boolean confirmed(QuestionnaireVersion version) {
    return questionnaires.versions().stream()
        .anyMatch(kept -> kept.version().equals(version) && kept.signalsConfirmed().isPresent());
  }

  private List<Listing> listings() {
    var current = questionnaires.current();
    return questionnaires.versions().stream()
        .map(kept -> {
          var questionnaire = questionnaires.find(kept.version()).orElseThrow();
          return new Listing(
              kept.version(),
              kept.created(),
              kept.inUse(),
              kept.inUse()
                  ? List.of()
                  : new QuestionnaireChange(current, questionnaire).droppedSignals(),
              kept.signalsConfirmed().isPresent());
        })
        .collect(Collectors.toList());
  }
}
