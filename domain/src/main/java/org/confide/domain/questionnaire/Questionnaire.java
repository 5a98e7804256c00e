package org.confide.domain.questionnaire;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.confide.domain.shared.FieldProblem;
import org.confide.domain.shared.Language;
import org.confide.domain.shared.ProblemCode;

/**
 * A versioned, ordered list of short questions with unique ids. It checks raw answers ({@link
 * #interpret}) and puts checked answers back into words ({@link #labelled}).
 *
 * <p>Two questionnaires are equal when they have the same version and the same questions.
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

  /**
   * A questionnaire of {@code questions}, in the order given.
   *
   * @param version its version; a questionnaire never changes once reporters have been given it, so
   *     changed questions need a new version
   * @param questions the questions in the order asked: 1 to {@value #MAX_QUESTIONS}, no id twice
   * @return the questionnaire
   * @throws IllegalArgumentException if there are no questions or too many, or two share an id
   */
  public static Questionnaire of(QuestionnaireVersion version, List<Question> questions) {
    return new Questionnaire(version, questions);
  }

  /**
   * The version reports made on this questionnaire are kept with.
   *
   * @return its version
   */
  public QuestionnaireVersion version() {
    return version;
  }

  /**
   * The questions, in the order they are asked.
   *
   * @return an unmodifiable list of at least one question
   */
  public List<Question> questions() {
    return questions;
  }

  /**
   * The question with {@code id}, if this questionnaire asks it.
   *
   * @param id the id of a question
   * @return the question, or empty when this questionnaire does not ask it
   */
  public Optional<Question> question(QuestionId id) {
    return Optional.ofNullable(byId.get(id));
  }

  /**
   * The label of {@code option} in {@code question}, if both exist.
   *
   * @param question the id of a question
   * @param option the id of one of its options
   * @return the words shown for the option, or empty when there is no such question or option
   */
  public Optional<Words> label(QuestionId question, OptionId option) {
    return question(question).flatMap(q -> q.option(option)).map(Option::label);
  }

  /**
   * Checks answers as they arrived, keyed by question id, against these questions. Collects every
   * problem rather than stopping at the first, so a reporter can fix them all at once.
   *
   * <p>Values are trimmed and blank ones dropped; a question with no value left is unanswered,
   * which is a problem only when it is required. A choice must name offered option ids (a multiple
   * choice each at most once); a date must be written {@code yyyy-mm-dd}, from 1900-01-01 to {@code
   * today}; text must fit the question's maximum length (in Unicode code points) and hold no
   * control character but line breaks and tabs ({@code \r\n} is read as {@code \n}).
   *
   * @param raw the answers as they arrived, by question id; an id this questionnaire does not ask
   *     is a problem
   * @param today the reporter's today, for refusing dates in the future
   * @return the checked answers, or every problem found, worded for the reporter
   */
  public Interpretation interpret(Map<String, RawAnswer> raw, LocalDate today) {
    return AnswerReader.interpret(this, raw, today);
  }

  /**
   * Puts {@code answers} back into words, in questionnaire order. An answer to a question this
   * questionnaire doesn't ask is left out.
   *
   * @param answers answers checked against this questionnaire
   * @return one labelled answer per question answered, in questionnaire order; an option id this
   *     questionnaire does not know is shown as the id itself
   */
  public List<LabelledAnswer> labelled(Answers answers) {
    Objects.requireNonNull(answers, "answers must not be null");
    return questions.stream()
        .flatMap(question ->
            answers
                .get(question.id())
                .map(answer ->
                    new LabelledAnswer(
                        question.id(),
                        question.text(),
                        words(question, answer),
                        question.kind().isChoice()))
                .stream())
        .toList();
  }

  private static List<Words> words(Question question, Answer answer) {
    return switch (answer) {
      case Answer.SingleChoice single -> List.of(label(question, single.option()));
      case Answer.MultipleChoice multiple ->
          multiple.options().stream().map(option -> label(question, option)).toList();
      case Answer.Date date -> List.of(Words.of(date.date().toString()));
      case Answer.Month month -> List.of(Words.of(month.month().toString()));
      case Answer.MoreThanAYearAgo longAgo ->
          List.of(Words.of("More than a year before the report"));
      case Answer.Text text -> List.of(Words.of(text.text()));
    };
  }

  private static Words label(Question question, OptionId option) {
    return question.option(option).map(Option::label).orElse(Words.of(option.value()));
  }

  /**
   * Every text these questions lack in a language they must have, each named by its path in the
   * questionnaire's document ({@code questions[3].options[1].label.cy}) with the question, the text
   * and the language in words.
   *
   * @param required the languages every text must have (a plain text is {@link
   *     Words#PLAIN_LANGUAGE}'s); empty requires none
   * @return one problem per text and language lacking; empty when none lacks one
   */
  public List<FieldProblem> missingTexts(List<Language> required) {
    Objects.requireNonNull(required, "required must not be null");
    var problems = new ArrayList<FieldProblem>();
    if (required.isEmpty()) {
      return problems;
    }
    for (int i = 0; i < questions.size(); i++) {
      var question = questions.get(i);
      var path = "questions[" + i + "]";
      var id = question.id().value();
      missing(problems, path + ".text", question.text(), required, ProblemCode.MISSING_TEXT, id);
      int at = i;
      question
          .hint()
          .ifPresent(hint ->
              missing(
                  problems,
                  "questions[" + at + "].hint",
                  hint,
                  required,
                  ProblemCode.MISSING_HINT,
                  id));
      for (int o = 0; o < question.options().size(); o++) {
        var option = question.options().get(o);
        missing(
            problems,
            path + ".options[" + o + "].label",
            option.label(),
            required,
            ProblemCode.MISSING_LABEL,
            option.id().value(),
            id);
      }
    }
    return problems;
  }

  // The ids name what lacks the language; the language's tag is the code's last argument.
  private static void missing(
      List<FieldProblem> problems,
      String path,
      Words words,
      List<Language> required,
      ProblemCode code,
      String... ids) {
    for (var language : words.missing(required)) {
      var arguments = new ArrayList<Object>(List.of(ids));
      arguments.add(language.tag());
      problems.add(FieldProblem.of(path + "." + language.tag(), code, arguments.toArray()));
    }
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
