package org.confide.application.port.in;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.confide.domain.shared.FieldProblem;
import org.confide.domain.shared.ProblemCode;

/**
 * An expected way for a use case to fail: the records below, shared by every use case. Each use
 * case answers a narrower set, a sealed interface that extends this one and permits only the
 * failures that use case can produce (such as {@link CaseChangeFailure}), so that a switch over its
 * failures names each of them and needs no {@code default}. Each record's {@code implements} clause
 * lists the sets it belongs to.
 *
 * <p>The sets fed by the gate every use case acted by someone goes through are named {@code
 * ...Denial} ({@link SessionDenial}, {@link StaffSessionDenial}, {@link StaffDenial}, {@link
 * StaffChangeDenial}, {@link ReporterChangeDenial}); a use case that fails only as its gate denies
 * answers that set itself. {@link SignInDenial} is how a sign-in is answered, {@link Throttled}
 * included: by a driving adapter that limits guessing, or by the use case while a member's code
 * sign-in is paused.
 *
 * <p>Broken invariants and programming errors are exceptions instead; they are not expected.
 */
public sealed interface Failure
    permits SessionDenial,
        StaffSessionDenial,
        StaffDenial,
        StaffChangeDenial,
        ReporterChangeDenial,
        StaffRequestFailure,
        QuestionnaireFailure,
        LookUpFailure,
        DeactivateStaffFailure,
        ChangeStaffFailure,
        PasswordChangeFailure,
        NotificationChoiceFailure,
        RecoveryCodesFailure,
        NoteFailure,
        CaseActionFailure,
        EscalateCaseFailure,
        CaseChangeFailure,
        TakeCaseFailure,
        SubmissionFailure,
        SessionRequestFailure,
        ContactSharingFailure,
        TwoFactorEnrolmentFailure,
        ConfigurationFailure,
        ProviderSignInFailure,
        TeamFailure,
        PasswordLinkFailure,
        SetPasswordFailure,
        OwnSessionFailure,
        SignInDenial {

  /** The session is missing, unknown or expired, or the credentials were wrong. */
  record Unauthenticated()
      implements ChangeStaffFailure,
          OwnSessionFailure,
          RecoveryCodesFailure,
          PasswordChangeFailure,
          NotificationChoiceFailure,
          TeamFailure,
          QuestionnaireFailure,
          SessionDenial,
          SignInDenial,
          StaffSessionDenial,
          StaffDenial,
          StaffChangeDenial,
          ReporterChangeDenial,
          StaffRequestFailure,
          LookUpFailure,
          DeactivateStaffFailure,
          NoteFailure,
          CaseActionFailure,
          EscalateCaseFailure,
          CaseChangeFailure,
          TakeCaseFailure,
          SessionRequestFailure,
          ContactSharingFailure,
          TwoFactorEnrolmentFailure,
          ProviderSignInFailure {}

  /**
   * Two-factor sign-in is required of all staff and the acting member has not set it up: until they
   * do, every staff action but setting it up is refused.
   */
  record TwoFactorFirst()
      implements OwnSessionFailure,
          ChangeStaffFailure,
          RecoveryCodesFailure,
          PasswordChangeFailure,
          NotificationChoiceFailure,
          TeamFailure,
          QuestionnaireFailure,
          StaffSessionDenial,
          StaffDenial,
          StaffChangeDenial,
          StaffRequestFailure,
          LookUpFailure,
          DeactivateStaffFailure,
          NoteFailure,
          CaseActionFailure,
          EscalateCaseFailure,
          CaseChangeFailure,
          TakeCaseFailure {

    /** What the member is told, by name: {@link ProblemCode#TWO_FACTOR_FIRST}. */
    public static final ProblemCode CODE = ProblemCode.TWO_FACTOR_FIRST;

    /** What the member is told, in English words they can act on. */
    public static final String REASON = CODE.english(List.of());

    /**
     * What the member is told.
     *
     * @return {@link #REASON}
     */
    public String reason() {
      return REASON;
    }
  }

  /** The acting party is known, but their role does not allow this at all. */
  record Forbidden()
      implements TeamFailure,
          ChangeStaffFailure,
          QuestionnaireFailure,
          StaffDenial,
          StaffChangeDenial,
          StaffRequestFailure,
          LookUpFailure,
          DeactivateStaffFailure,
          NoteFailure,
          CaseActionFailure,
          EscalateCaseFailure,
          CaseChangeFailure,
          TakeCaseFailure {}

  /**
   * There is no such thing, or the acting party may not know of it: the two are deliberately one
   * answer, so that a guessed reference reveals nothing.
   */
  record NotFound()
      implements TeamFailure,
          OwnSessionFailure,
          PasswordLinkFailure,
          SetPasswordFailure,
          ChangeStaffFailure,
          QuestionnaireFailure,
          LookUpFailure,
          DeactivateStaffFailure,
          NoteFailure,
          CaseActionFailure,
          EscalateCaseFailure,
          CaseChangeFailure,
          TakeCaseFailure {}

  /**
   * Someone else changed the same case at the same moment, so nothing of this use case was kept:
   * the second of two people changing one case at once is told to look again.
   */
  record ChangedMeanwhile()
      implements StaffChangeDenial,
          ReporterChangeDenial,
          EscalateCaseFailure,
          CaseChangeFailure,
          TakeCaseFailure,
          ContactSharingFailure {

    /** What the acting party is told, by name: {@link ProblemCode#CHANGED_MEANWHILE}. */
    public static final ProblemCode CODE = ProblemCode.CHANGED_MEANWHILE;

    /** What the acting party is told, in English words they can act on. */
    public static final String REASON = CODE.english(List.of());

    /**
     * What the acting party is told.
     *
     * @return {@link #REASON}
     */
    public String reason() {
      return REASON;
    }
  }

  /**
   * What was sent is unusable; every problem is listed, named by field.
   *
   * @param problems every problem found, at least one
   */
  record Invalid(List<FieldProblem> problems)
      implements ChangeStaffFailure,
          SetPasswordFailure,
          RecoveryCodesFailure,
          PasswordChangeFailure,
          NotificationChoiceFailure,
          TeamFailure,
          QuestionnaireFailure,
          StaffRequestFailure,
          NoteFailure,
          CaseActionFailure,
          EscalateCaseFailure,
          CaseChangeFailure,
          SubmissionFailure,
          SessionRequestFailure,
          ContactSharingFailure,
          ConfigurationFailure {

    /** Every problem found; at least one. */
    public Invalid {
      problems = List.copyOf(problems);
      if (problems.isEmpty()) {
        throw new IllegalArgumentException("an invalid outcome names at least one problem");
      }
    }

    /**
     * One problem with one field.
     *
     * @param field the field, as the use case names it
     * @param message what is wrong, in words a person can act on
     * @return the failure
     */
    public static Invalid of(String field, String message) {
      return new Invalid(List.of(new FieldProblem(field, message)));
    }

    /**
     * One problem with one field, named by its code.
     *
     * @param field the field, as the use case names it
     * @param code what is wrong
     * @param arguments the particulars the code's words name, in their order
     * @return the failure
     */
    public static Invalid of(String field, ProblemCode code, Object... arguments) {
      return new Invalid(List.of(FieldProblem.of(field, code, arguments)));
    }
  }

  /**
   * Allowed in general, but not in the present state, and why. Confide's use cases name why by a
   * code, which an adapter says in a person's language; the reason is the same in English.
   *
   * @param reason why, in English words a person can act on
   * @param code why, by name; empty for a refusal worded alone
   * @param arguments the particulars the code's words name, in their order; empty without a code
   */
  record Refused(String reason, Optional<ProblemCode> code, List<Object> arguments)
      implements RecoveryCodesFailure,
          PasswordLinkFailure,
          SetPasswordFailure,
          ChangeStaffFailure,
          QuestionnaireFailure,
          DeactivateStaffFailure,
          CaseActionFailure,
          CaseChangeFailure,
          TakeCaseFailure,
          SubmissionFailure,
          SessionRequestFailure,
          TwoFactorEnrolmentFailure,
          ProviderSignInFailure {

    /** Why; not null. */
    public Refused {
      Objects.requireNonNull(reason, "reason must not be null");
      Objects.requireNonNull(code, "code must be Optional, not null");
      arguments = List.copyOf(arguments);
    }

    /**
     * A refusal worded alone, with no code: an adapter shows it as written.
     *
     * @param reason why, in words a person can act on
     */
    public Refused(String reason) {
      this(reason, Optional.empty(), List.of());
    }

    /**
     * The refusal {@code code}, its reason the code's English.
     *
     * @param code why
     * @param arguments the particulars the code's words name, in their order
     * @return the refusal
     */
    public static Refused of(ProblemCode code, Object... arguments) {
      var listed = List.of(arguments);
      return new Refused(code.english(listed), Optional.of(code), listed);
    }
  }

  /**
   * Too many attempts; try again after {@code retryAfter}. A driving adapter that limits how often
   * credentials are tried answers it instead of running the use case ({@link SignInDenial}); a
   * sign-in use case answers it while the member's code sign-in is paused after too many wrong
   * codes.
   *
   * @param retryAfter how long to wait before trying again
   */
  record Throttled(Duration retryAfter) implements SignInDenial, ProviderSignInFailure {

    /** How long to wait; not null. */
    public Throttled {
      Objects.requireNonNull(retryAfter, "retry after must not be null");
    }
  }
}
