package org.confide.application.service;

import java.util.Objects;
import org.confide.application.port.in.ChangeClosingChoicesUseCase;
import org.confide.application.port.in.Failure;
import org.confide.application.port.in.Outcome;
import org.confide.application.port.in.ReadClosingChoicesUseCase;
import org.confide.application.port.in.SessionToken;
import org.confide.application.port.in.StaffDenial;
import org.confide.application.port.in.StaffRequestFailure;
import org.confide.application.port.out.Outcomes;
import org.confide.domain.audit.Actor;
import org.confide.domain.audit.AuditAction;
import org.confide.domain.audit.AuditDetail;
import org.confide.domain.audit.AuditDetailCode;
import org.confide.domain.outcome.ChoiceList;
import org.confide.domain.outcome.Choices;
import org.confide.domain.shared.Checked;
import org.confide.domain.staff.Permission;

/** The lists of outcomes and tags that cases are closed with: read by staff, kept by admins. */
public final class ClosingChoicesService
    implements ReadClosingChoicesUseCase, ChangeClosingChoicesUseCase {

  private final Gate gate;
  private final Auditor auditor;
  private final Outcomes outcomes;

  /**
   * The service, wired by {@link org.confide.application.Confide#assemble}: an embedder uses that,
   * or {@link org.confide.application.InMemoryConfide}, rather than this.
   *
   * @param gate resolves the acting party's session, checks two-factor sign-in and the role, and
   *     runs the work in one transaction
   * @param auditor records the audit events, stamped with the time and a fresh id
   * @param outcomes the lists, and the outcomes cases use
   */
  public ClosingChoicesService(Gate gate, Auditor auditor, Outcomes outcomes) {
    this.gate = Objects.requireNonNull(gate, "gate");
    this.auditor = Objects.requireNonNull(auditor, "auditor");
    this.outcomes = Objects.requireNonNull(outcomes, "outcomes");
  }

  /** The list in force: the one last saved, or its default. */
  static Choices inForce(Outcomes outcomes, ChoiceList list) {
    return outcomes.saved(list).orElseGet(() -> Choices.defaults(list));
  }

  @Override
  public Outcome<ClosingChoices, StaffDenial> read(SessionToken session) {
    return gate.asAnyStaff(
        session,
        denial ->
            switch (denial) {
              case Failure.Unauthenticated unauthenticated -> unauthenticated;
              case Failure.TwoFactorFirst twoFactorFirst -> twoFactorFirst;
            },
        staff -> {
          if (!staff.may(Permission.WORK_CASES) && !staff.may(Permission.MANAGE_SERVICE)) {
            return Outcome.failed(new Failure.Forbidden());
          }
          return Outcome.done(
              new ClosingChoices(
                  inForce(outcomes, ChoiceList.OUTCOMES), inForce(outcomes, ChoiceList.TAGS)));
        });
  }

  @Override
  public Outcome<Choices, StaffRequestFailure> change(
      SessionToken session, ChangeClosingChoicesUseCase.Command command) {
    var list = command.list();
    return gate.asStaff(
        session,
        Permission.MANAGE_SERVICE,
        StaffRequestFailure::from,
        staff ->
            switch (inForce(outcomes, list)
                .replacedBy(list, command.labels(), outcomes.inUse(list))) {
              case Checked.Invalid<Choices> invalid ->
                  Outcome.failed(new Failure.Invalid(invalid.problems()));
              case Checked.Valid<Choices> valid -> {
                outcomes.replace(list, valid.value());
                auditor.audit(
                    Actor.staff(staff.id()),
                    AuditAction.CLOSING_LIST_CHANGED,
                    AuditDetail.of(
                        switch (list) {
                          case OUTCOMES -> AuditDetailCode.OUTCOMES_LIST;
                          case TAGS -> AuditDetailCode.TAGS_LIST;
                        },
                        valid.value().offered().size(),
                        valid.value().all().size() - valid.value().offered().size()));
                yield Outcome.done(valid.value());
              }
            });
  }
}
