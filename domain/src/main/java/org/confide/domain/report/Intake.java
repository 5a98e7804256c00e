package org.confide.domain.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.confide.domain.questionnaire.Answers;
import org.confide.domain.questionnaire.Interpretation;
import org.confide.domain.questionnaire.Questionnaire;
import org.confide.domain.questionnaire.RawAnswer;
import org.confide.domain.safeguarding.RiskLevel;
import org.confide.domain.shared.FieldProblem;
import org.confide.domain.shared.FreeText;
import org.confide.domain.shared.ProblemCode;
import org.confide.domain.shared.ProblemSubject;
import org.confide.domain.shared.ReportReference;

/**
 * The intake checks of a new report, in one place: what a reporter sent, checked against the
 * questionnaire they were shown, becomes either the makings of a report or every problem found, so
 * the reporter can put all of them right at once.
 */
public final class Intake {

  private Intake() {}

  /**
   * What a reporter sent, as typed, before any check. Unlike the rest of the domain, the three
   * contact fields are plain strings that may be null.
   *
   * @param answers raw answers by question id
   * @param account their own account in free text, if they gave one; a blank one counts as none
   * @param anonymous whether they chose not to give contact details; when true, contact details
   *     with anything in them are refused, as a support request is
   * @param contactGiven whether contact details were sent at all
   * @param contactName their name, when they gave contact details; may be null
   * @param contactEmail their email address, when they gave one; may be null or blank
   * @param contactPhone their phone number, when they gave one; may be null or blank
   * @param messaging whether they want two-way anonymous messaging (and so an access code); only
   *     for anonymous reports
   * @param supportWanted whether they ask an adviser for support; only for named reports
   * @param adviserPreference any preference about the adviser, with support; a blank one counts as
   *     none
   */
  public record Draft(
      Map<String, RawAnswer> answers,
      Optional<String> account,
      boolean anonymous,
      boolean contactGiven,
      String contactName,
      String contactEmail,
      String contactPhone,
      boolean messaging,
      boolean supportWanted,
      Optional<String> adviserPreference) {
    /**
     * A draft; keeps an unmodifiable copy of the answers. Nothing else is checked until {@link
     * Intake#check}.
     *
     * @throws NullPointerException if the answers, the account or the adviser preference is null
     */
    public Draft {
      answers = Map.copyOf(Objects.requireNonNull(answers, "answers must not be null"));
      Objects.requireNonNull(account, "account must be Optional, not null");
      Objects.requireNonNull(adviserPreference, "adviser preference must be Optional, not null");
    }

    @Override
    public String toString() {
      return "Draft[" + answers.size() + " answers]";
    }
  }

  /** What the checks found. */
  public sealed interface Result {
    /**
     * Everything was usable: here is what the report is made of.
     *
     * @param checked the checked draft
     */
    record Accepted(Checked checked) implements Result {
      /**
       * An accepted draft.
       *
       * @throws NullPointerException if {@code checked} is null
       */
      public Accepted {
        Objects.requireNonNull(checked, "checked must not be null");
      }
    }

    /**
     * What was wrong, every problem named by the part of the draft it concerns.
     *
     * @param problems every problem found: those of the answers first (see {@link
     *     Questionnaire#interpret}), then {@code account}, {@code contact} and {@code contact.*},
     *     {@code support} and {@code support.adviserPreference}, {@code messaging}
     */
    record Refused(List<FieldProblem> problems) implements Result {
      /**
       * A refusal; keeps an unmodifiable copy of the problems.
       *
       * @throws IllegalArgumentException if there is no problem
       */
      public Refused {
        problems = List.copyOf(problems);
        if (problems.isEmpty()) {
          throw new IllegalArgumentException("a refusal names at least one problem");
        }
      }
    }
  }

  /**
   * A checked draft: the answers read against their questionnaire, and the reporter's choices in a
   * combination a report may have (messaging only when anonymous, support only when named).
   *
   * <p>{@link Intake#check} is the way to make one. The constructor checks only that nothing is
   * null, not the combination: one built by hand in a combination a report may not have makes a
   * submission that {@link Report#submit} refuses.
   *
   * @param questionnaire the questionnaire the answers were checked against
   * @param answers the checked answers
   * @param account the reporter's own account, if they gave one
   * @param anonymity whether we know who reported, and if so how to reach them
   * @param twoWayMessaging whether the anonymous reporter wants a thread, and so an access code
   * @param supportRequest the named reporter's request for an adviser's support, if they made one
   */
  public record Checked(
      Questionnaire questionnaire,
      Answers answers,
      Optional<Account> account,
      Anonymity anonymity,
      boolean twoWayMessaging,
      Optional<SupportRequest> supportRequest) {
    /**
     * A checked draft.
     *
     * @throws NullPointerException if a component is null
     */
    public Checked {
      Objects.requireNonNull(questionnaire, "questionnaire must not be null");
      Objects.requireNonNull(answers, "answers must not be null");
      Objects.requireNonNull(account, "account must be Optional, not null");
      Objects.requireNonNull(anonymity, "anonymity must not be null");
      Objects.requireNonNull(supportRequest, "support request must be Optional, not null");
    }

    /**
     * The submission of a report under {@code reference}, received at {@code receivedAt}.
     *
     * @param reference the reference drawn for the new report
     * @param receivedAt when the report arrived
     * @param risk the level the safeguarding policy gave it
     * @return what {@link Report#submit} makes the report from
     */
    public Submission submission(ReportReference reference, Instant receivedAt, RiskLevel risk) {
      return new Submission(
          reference,
          questionnaire.version(),
          answers,
          account,
          receivedAt,
          anonymity,
          twoWayMessaging,
          supportRequest,
          risk);
    }

    @Override
    public String toString() {
      return "Checked[" + questionnaire.version() + "]";
    }
  }

  /**
   * Checks {@code draft} against {@code questionnaire}, with dates judged as of {@code today}.
   *
   * @param questionnaire the questionnaire the reporter was shown
   * @param draft what they sent
   * @param today the reporter's today, for refusing dates in the future
   * @return the checked draft, or every problem found, worded for the reporter
   */
  public static Result check(Questionnaire questionnaire, Draft draft, LocalDate today) {
    Objects.requireNonNull(questionnaire, "questionnaire must not be null");
    Objects.requireNonNull(draft, "draft must not be null");
    var problems = new ArrayList<FieldProblem>();
    var answers =
        switch (questionnaire.interpret(draft.answers(), today)) {
          case Interpretation.Valid valid -> Optional.of(valid.answers());
          case Interpretation.Invalid invalid -> {
            problems.addAll(invalid.problems());
            yield Optional.<Answers>empty();
          }
        };
    var account = account(draft, problems);
    var anonymity = anonymity(draft, problems);
    var support = support(draft, problems);
    if (draft.messaging() && !draft.anonymous()) {
      problems.add(FieldProblem.of("messaging", ProblemCode.MESSAGING_NAMED));
    }
    if (!problems.isEmpty()) {
      return new Result.Refused(problems);
    }
    return new Result.Accepted(
        new Checked(
            questionnaire, answers.orElseThrow(), account, anonymity, draft.messaging(), support));
  }

  private static Optional<Account> account(Draft draft, List<FieldProblem> problems) {
    var text = draft.account().map(String::strip).filter(t -> !t.isEmpty());
    if (text.isEmpty()) {
      return Optional.empty();
    }
    var problem =
        FreeText.problem("account", ProblemSubject.ACCOUNT, text.get(), Account.MAX_LENGTH);
    problem.ifPresent(problems::add);
    return problem.isPresent() ? Optional.empty() : Optional.of(new Account(text.get()));
  }

  private static Anonymity anonymity(Draft draft, List<FieldProblem> problems) {
    if (draft.anonymous()) {
      // Dropping them quietly would leave a reporter believing an adviser can reach them.
      if (draft.contactGiven()
          && anyText(draft.contactName(), draft.contactEmail(), draft.contactPhone())) {
        problems.add(FieldProblem.of("contact", ProblemCode.CONTACT_ANONYMOUS));
      }
      return Anonymity.anonymous();
    }
    if (!draft.contactGiven()) {
      problems.add(FieldProblem.of("contact", ProblemCode.CONTACT_MISSING));
      return Anonymity.anonymous();
    }
    return switch (ContactDetails.check(
        draft.contactName(), draft.contactEmail(), draft.contactPhone())) {
      case ContactDetails.Check.Valid valid -> Anonymity.named(valid.contact());
      case ContactDetails.Check.Invalid invalid -> {
        problems.addAll(invalid.problems());
        yield Anonymity.anonymous();
      }
    };
  }

  private static boolean anyText(String... parts) {
    for (var part : parts) {
      if (part != null && !part.isBlank()) {
        return true;
      }
    }
    return false;
  }

  private static Optional<SupportRequest> support(Draft draft, List<FieldProblem> problems) {
    if (!draft.supportWanted()) {
      return Optional.empty();
    }
    if (draft.anonymous()) {
      problems.add(FieldProblem.of("support", ProblemCode.SUPPORT_ANONYMOUS));
      return Optional.empty();
    }
    var preference = draft.adviserPreference().map(String::strip);
    var problem =
        preference
            .filter(p -> !p.isEmpty())
            .flatMap(p ->
                FreeText.counted(
                    "support.adviserPreference",
                    ProblemSubject.YOUR_PREFERENCE,
                    p,
                    SupportRequest.MAX_PREFERENCE_LENGTH));
    if (problem.isPresent()) {
      problems.add(problem.get());
      return Optional.empty();
    }
    return Optional.of(new SupportRequest(preference));
  }
}
