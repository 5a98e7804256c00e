package org.confide.application.service;

import java.time.Clock;
import java.util.Objects;
import org.confide.application.port.in.Failure;
import org.confide.application.port.in.LoadQuestionnaireUseCase;
import org.confide.application.port.in.Outcome;
import org.confide.application.port.in.SessionToken;
import org.confide.application.port.in.StaffRequestFailure;
import org.confide.application.port.out.Questionnaires;
import org.confide.domain.audit.Actor;
import org.confide.domain.audit.AuditAction;
import org.confide.domain.audit.AuditDetail;
import org.confide.domain.audit.AuditDetailCode;
import org.confide.domain.questionnaire.QuestionnaireVersion;
import org.confide.domain.shared.ProblemCode;
import org.confide.domain.staff.Permission;

/** Makes a new questionnaire the one reporters answer. */
public final class LoadQuestionnaireService implements LoadQuestionnaireUseCase {

  private final Gate gate;
  private final Auditor auditor;
  private final Questionnaires questionnaires;
  private final Clock clock;

  /**
   * The service, wired by {@link org.confide.application.Confide#assemble}: an embedder uses that,
   * or {@link org.confide.application.InMemoryConfide}, rather than this.
   *
   * @param gate resolves the acting party's session, checks two-factor sign-in and the role, and
   *     runs the work in one transaction
   * @param auditor records the audit events, stamped with the time and a fresh id
   * @param questionnaires every questionnaire version, so answers are read against the one they
   *     answer
   * @param clock the time the version is added
   */
  public LoadQuestionnaireService(
      Gate gate, Auditor auditor, Questionnaires questionnaires, Clock clock) {
    this.gate = Objects.requireNonNull(gate, "gate");
    this.auditor = Objects.requireNonNull(auditor, "auditor");
    this.questionnaires = Objects.requireNonNull(questionnaires, "questionnaires");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  public Outcome<QuestionnaireVersion, StaffRequestFailure> load(
      SessionToken session, Command command) {
    var questionnaire = command.questionnaire();
    return gate.asStaff(
        session,
        Permission.MANAGE_SERVICE,
        StaffRequestFailure::from,
        admin -> {
          // Above every version stored, not only the one in use, so a version added over HTTP and
          // not yet in use is never taken.
          var current = questionnaires.versions().getLast().version();
          if (questionnaire.version().compareTo(current) <= 0) {
            return Outcome.failed(
                Failure.Invalid.of(
                    "questionnaire.version", ProblemCode.VERSION_ABOVE, current.toString()));
          }
          if (questionnaires.add(questionnaire, clock.instant())
              == Questionnaires.AddOutcome.VERSION_TAKEN) {
            return Outcome.failed(
                Failure.Invalid.of("questionnaire.version", ProblemCode.VERSION_EXISTS));
          }
          questionnaires.use(questionnaire.version());
          auditor.audit(
              Actor.staff(admin.id()),
              AuditAction.QUESTIONNAIRE_LOADED,
              AuditDetail.of(AuditDetailCode.VERSION, questionnaire.version().value()));
          return Outcome.done(questionnaire.version());
        });
  }
}
