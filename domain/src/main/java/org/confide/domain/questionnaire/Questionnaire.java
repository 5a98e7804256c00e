package org.confide.domain.questionnaire;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A versioned, ordered list of short questions with unique ids. It checks raw answers ({@link
 * #interpret}) and puts checked answers back into words ({@link #labelled}).
 */
public final class Questionnaire {

  /** The most questions one questionnaire may hold. */
  public static final int MAX_QUESTIONS = 100;

  private final QuestionnaireVersion version;
  private final List<Question> questions;
  private final Map<QuestionId, Question> byId;

  private Questionnaire(QuestionnaireVersion version, List<Question> questions) {
    this.version = Objects.requireNonNull(version, "questionnaire version must not be null");
    this.questions =
        List.copyOf(Objects.requireNonNull(questions, "questionnaire questions must not be null"));
    if (this.questions.isEmpty() || this.questions.size() > MAX_QUESTIONS) {
      throw new IllegalArgumentException(
          "questionnaire questions must number 1 to " + MAX_QUESTIONS);
    }
    var index = new LinkedHashMap<QuestionId, Question>();
    for (var question : this.questions) {
      if (index.putIfAbsent(question.id(), question) != null) {
        throw new IllegalArgumentException(
            "questionnaire questions repeat the question id " + question.id());
      }
    }
    this.byId = Map.copyOf(index);
  }

  /** A questionnaire of {@code questions}, in the order given. */
  public static Questionnaire of(QuestionnaireVersion version, List<Question> questions) {
    return new Questionnaire(version, questions);
  }

  public QuestionnaireVersion version() {
    return version;
  }

  /** The questions, in the order they are asked. */
  public List<Question> questions() {
    return questions;
  }

  /** The question with {@code id}, if this questionnaire asks it. */
  public Optional<Question> question(QuestionId id) {
    return Optional.ofNullable(byId.get(id));
  }

  /** The label of {@code option} in {@code question}, if both exist. */
  public Optional<String> label(QuestionId question, OptionId option) {
    return question(question).flatMap(q -> q.option(option)).map(Option::label);
  }

  /**
   * Checks answers as they arrived, keyed by question id, against these questions. Collects every
   * problem rather than stopping at the first, so a reporter can fix them all at once.
   *
   * @param today the reporter's today, for refusing dates in the future
   */
  public Interpretation interpret(Map<String, RawAnswer> raw, LocalDate today) {
    return AnswerReader.interpret(this, raw, today);
  }

  /**
   * Puts {@code answers} back into words, in questionnaire order. An answer to a question this
   * questionnaire doesn't ask is left out.
   */
  public List<LabelledAnswer> labelled(Answers answers) {
    Objects.requireNonNull(answers, "answers must not be null");
    return questions.stream()
        .flatMap(question ->
            answers
                .get(question.id())
                .map(answer ->
                    new LabelledAnswer(question.id(), question.text(), words(question, answer)))
                .stream())
        .toList();
  }

  private static List<String> words(Question question, Answer answer) {
    return switch (answer) {
      case Answer.SingleChoice single -> List.of(label(question, single.option()));
      case Answer.MultipleChoice multiple ->
          multiple.options().stream().map(option -> label(question, option)).toList();
      case Answer.Date date -> List.of(date.date().toString());
      case Answer.Text text -> List.of(text.text());
    };
  }

  private static String label(Question question, OptionId option) {
    return question.option(option).map(Option::label).orElse(option.value());
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Questionnaire that
        && version.equals(that.version)
        && questions.equals(that.questions);
  }

  @Override
  public int hashCode() {
    return Objects.hash(version, questions);
  }

  @Override
  public String toString() {
    return "Questionnaire[version " + version + ", " + questions.size() + " questions]";
  }
}
