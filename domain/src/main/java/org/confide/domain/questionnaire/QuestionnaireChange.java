package org.confide.domain.questionnaire;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.confide.domain.shared.FieldProblem;
import org.confide.domain.shared.ProblemCode;

/**
 * What replacing the questionnaire in use with another would change that matters beyond the words:
 * the questions that trends, safeguarding and pattern alerts read by id, and the options whose
 * choice raises a safeguarding signal.
 *
 * @param from the questionnaire in use
 * @param to the questionnaire that would replace it
 */
public record QuestionnaireChange(Questionnaire from, Questionnaire to) {

  /**
   * The ids of the questions other parts of Confide read, so no new version may drop them: {@code
   * incident-type}, {@code where} and {@code reporter-role} (trends), {@code under-18} and {@code
   * immediate-danger} (safeguarding, and the emergency contacts shown at once), {@code
   * named-person} and {@code location-detail} (pattern alerts).
   */
  public static final Set<QuestionId> STABLE_IDS =
      Set.of(
          QuestionId.of("incident-type"),
          QuestionId.of("where"),
          QuestionId.of("reporter-role"),
          QuestionId.of("under-18"),
          QuestionId.of("immediate-danger"),
          QuestionId.of("named-person"),
          QuestionId.of("location-detail"));

  /**
   * Refuses a missing questionnaire.
   *
   * @throws NullPointerException if a questionnaire is null
   */
  public QuestionnaireChange {
    Objects.requireNonNull(from, "from must not be null");
    Objects.requireNonNull(to, "to must not be null");
  }

  /**
   * Whether {@code id} names a question other parts of Confide read.
   *
   * @param id a question id
   * @return true if it is one of {@link #STABLE_IDS}
   */
  public static boolean isStable(QuestionId id) {
    return STABLE_IDS.contains(id);
  }

  /**
   * The stable questions the questionnaire in use asks that the new one drops or asks as another
   * kind: a trend, an alert or a safeguarding check reading them would go quiet without a word.
   *
   * @return one problem per question, named {@code questions} for one dropped and {@code
   *     questions[i].kind} for one whose kind changed; none when every stable question is kept
   */
  public List<FieldProblem> stableQuestionProblems() {
    var problems = new ArrayList<FieldProblem>();
    for (var kept : from.questions()) {
      if (!isStable(kept.id())) {
        continue;
      }
      var index = indexOf(to, kept.id());
      if (index.isEmpty()) {
        problems.add(FieldProblem.of("questions", ProblemCode.MUST_KEEP, kept.id().value()));
      } else if (to.questions().get(index.get()).kind() != kept.kind()) {
        problems.add(
            FieldProblem.of(
                "questions[" + index.get() + "].kind",
                ProblemCode.MUST_STAY,
                kept.kind().name(),
                kept.id().value()));
      }
    }
    return problems;
  }

  /**
   * The options of the questionnaire in use that carry a safeguarding signal which the new one no
   * longer raises: the option is gone, or carries another signal or none. A safeguarding lead must
   * confirm such a change before it is put in use, because reports would stop reaching them.
   *
   * @return every signal dropped, in the order of the questionnaire in use; empty if none
   */
  public List<DroppedSignal> droppedSignals() {
    var dropped = new ArrayList<DroppedSignal>();
    for (var question : from.questions()) {
      for (var option : question.options()) {
        if (option.signal().isEmpty()) {
          continue;
        }
        var signal = option.signal().get();
        var still =
            to.question(question.id())
                .flatMap(q -> q.option(option.id()))
                .flatMap(Option::signal)
                .filter(signal::equals);
        if (still.isEmpty()) {
          dropped.add(new DroppedSignal(question.id(), option.id(), signal));
        }
      }
    }
    return dropped;
  }

  private static Optional<Integer> indexOf(Questionnaire questionnaire, QuestionId id) {
    var questions = questionnaire.questions();
    for (int i = 0; i < questions.size(); i++) {
      if (questions.get(i).id().equals(id)) {
        return Optional.of(i);
      }
    }
    return Optional.empty();
  }

  /**
   * A safeguarding signal an option raised in the questionnaire in use and no longer would.
   *
   * @param question the question's id
   * @param option the option's id
   * @param signal the signal it raised
   */
  public record DroppedSignal(QuestionId question, OptionId option, SafeguardingSignal signal) {
    /**
     * Refuses a missing component.
     *
     * @throws NullPointerException if a component is null
     */
    public DroppedSignal {
      Objects.requireNonNull(question, "question must not be null");
      Objects.requireNonNull(option, "option must not be null");
      Objects.requireNonNull(signal, "signal must not be null");
    }
  }
}
