package org.confide.application.service;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.confide.application.port.in.EditQuestionnaireDraftUseCase;
import org.confide.application.port.in.Failure;
import org.confide.application.port.in.Outcome;
import org.confide.application.port.in.SessionToken;
import org.confide.application.port.in.StaffRequestFailure;
import org.confide.application.port.out.Questionnaires;
import org.confide.domain.audit.Actor;
import org.confide.domain.audit.AuditAction;
import org.confide.domain.audit.AuditDetail;
import org.confide.domain.audit.AuditDetailCode;
import org.confide.domain.questionnaire.Questionnaire;
import org.confide.domain.questionnaire.QuestionnaireChange;
import org.confide.domain.questionnaire.QuestionnaireDocument;
import org.confide.domain.shared.Checked;
import org.confide.domain.shared.FieldProblem;
import org.confide.domain.shared.Language;
import org.confide.domain.shared.ProblemCode;
import org.confide.domain.staff.Permission;

/**
 * The administrator's draft of the next questionnaire version: a copy of the current one, changed
 * one question at a time and kept between pages, then added as a version and made current unless a
 * safeguarding lead must confirm it first. Audit events name version numbers only.
 */
public final class QuestionnaireDraftService implements EditQuestionnaireDraftUseCase {

  private final Gate gate;
  private final Auditor auditor;
  private final Questionnaires questionnaires;
  private final Clock clock;

  /**
   * The service, wired by {@link org.confide.application.Confide#assemble}: an embedder uses that,
   * or {@link org.confide.application.InMemoryConfide}, rather than this.
   *
   * @param gate resolves the administrator's session, checks two-factor sign-in and the role, and
   *     runs the work in one transaction
   * @param auditor records the audit events, stamped with the time and a fresh id
   * @param questionnaires every questionnaire version, the one in use, and the draft
   * @param clock the time a version is added
   */
  public QuestionnaireDraftService(
      Gate gate, Auditor auditor, Questionnaires questionnaires, Clock clock) {
    this.gate = Objects.requireNonNull(gate, "gate");
    this.auditor = Objects.requireNonNull(auditor, "auditor");
    this.questionnaires = Objects.requireNonNull(questionnaires, "questionnaires");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  public Outcome<Draft, StaffRequestFailure> draft(SessionToken session) {
    return gate.asStaff(
        session, Permission.MANAGE_SERVICE, StaffRequestFailure::from, admin -> done(draft()));
  }

  @Override
  public Outcome<Draft, StaffRequestFailure> change(SessionToken session, ChangeQuestion command) {
    return gate.asStaff(
        session,
        Permission.MANAGE_SERVICE,
        StaffRequestFailure::from,
        admin -> {
          var draft = draft();
          var path = "questions[" + command.index() + "]";
          if (command.index() < 0 || command.index() >= draft.questions().size()) {
            return Outcome.failed(Failure.Invalid.of(path, ProblemCode.NO_SUCH_QUESTION));
          }
          var before = draft.questions().get(command.index());
          var edited = command.question();
          if (!before.id().value().equals(edited.id())
              || !before.kind().name().equals(edited.kind())) {
            return Outcome.failed(Failure.Invalid.of(path, ProblemCode.KEEPS_ID_AND_KIND));
          }
          var entries = new ArrayList<>(QuestionnaireDocument.of(draft).questions());
          entries.set(command.index(), edited);
          var checked =
              new QuestionnaireDocument(entries)
                  .check(draft.version())
                  .flatMap(changed ->
                      Checked.unless(
                          missingTexts(changed, path, command.languages()), () -> changed))
                  .flatMap(changed ->
                      Checked.unless(
                          new QuestionnaireChange(questionnaires.current(), changed)
                              .stableQuestionProblems(),
                          () -> changed));
          return switch (checked) {
            case Checked.Valid<Questionnaire>(var changed) -> {
              questionnaires.saveDraft(changed);
              yield done(changed);
            }
            case Checked.Invalid<Questionnaire> invalid ->
                Outcome.failed(new Failure.Invalid(invalid.problems()));
          };
        });
  }

  // Only the question changed must have every language: the others are as they were, the shipped
  // ones translated by the adapter that shows them.
  private static List<FieldProblem> missingTexts(
      Questionnaire changed, String path, List<Language> languages) {
    return changed.missingTexts(languages).stream()
        .filter(problem -> problem.field().startsWith(path + "."))
        .toList();
  }

  @Override
  public Outcome<Published, StaffRequestFailure> publish(SessionToken session) {
    return gate.asStaff(
        session,
        Permission.MANAGE_SERVICE,
        StaffRequestFailure::from,
        admin -> {
          var current = questionnaires.current();
          var draft = draft();
          if (draft.questions().equals(current.questions())) {
            return Outcome.failed(Failure.Invalid.of("questions", ProblemCode.DRAFT_UNCHANGED));
          }
          var next = questionnaires.versions().getLast().version().next();
          var version = Questionnaire.of(next, draft.questions());
          var change = new QuestionnaireChange(current, version);
          var stable = change.stableQuestionProblems();
          if (!stable.isEmpty()) {
            return Outcome.failed(new Failure.Invalid(stable));
          }
          questionnaires.add(version, clock.instant());
          questionnaires.discardDraft();
          var actor = Actor.staff(admin.id());
          auditor.audit(
              actor,
              AuditAction.QUESTIONNAIRE_ADDED,
              AuditDetail.of(AuditDetailCode.VERSION, next.value()));
          if (!change.droppedSignals().isEmpty()) {
            // Kept, but reporters keep the current version until a safeguarding lead confirms it.
            return Outcome.done(new Published(next, false));
          }
          questionnaires.use(next);
          auditor.audit(
              actor,
              AuditAction.QUESTIONNAIRE_PUT_IN_USE,
              AuditDetail.of(
                  AuditDetailCode.VERSION_IN_PLACE, next.value(), current.version().value()));
          return Outcome.done(new Published(next, true));
        });
  }

  @Override
  public Outcome<Draft, StaffRequestFailure> discard(SessionToken session) {
    return gate.asStaff(
        session,
        Permission.MANAGE_SERVICE,
        StaffRequestFailure::from,
        admin -> {
          questionnaires.discardDraft();
          return done(draft());
        });
  }

  private Questionnaire draft() {
    return questionnaires.draft().orElseGet(questionnaires::current);
  }

  private Outcome<Draft, StaffRequestFailure> done(Questionnaire draft) {
    var current = questionnaires.current();
    var change = new QuestionnaireChange(current, draft);
    return Outcome.done(
        new Draft(draft, !draft.questions().equals(current.questions()), change.droppedSignals()));
  }
}
