package org.confide.adapter.web.pages;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.confide.adapter.web.pages.view.Field;
import org.confide.adapter.web.pages.view.Hidden;
import org.confide.adapter.web.pages.view.ReviewRow;
import org.confide.application.port.in.SubmitReportUseCase;
import org.confide.domain.questionnaire.Interpretation;
import org.confide.domain.questionnaire.Question;
import org.confide.domain.questionnaire.QuestionKind;
import org.confide.domain.questionnaire.Questionnaire;
import org.confide.domain.questionnaire.RawAnswer;
import org.confide.domain.report.Account;
import org.confide.domain.report.ContactDetails;
import org.confide.domain.shared.FieldProblem;
import org.confide.domain.shared.FreeText;

/**
 * The report form as a sequence of short steps: the questionnaire's questions a few at a time, the
 * reporter's own account, how to keep in touch, and a check before sending.
 *
 * <p>Nothing is kept on the server until the report is sent: each step's page carries the answers
 * of the other steps in hidden fields, so a half-told report leaves no trace here if the reporter
 * leaves, and any server of several can take the next step. The form's field names are the API's
 * field names ({@code answers.<question>}, {@code account}, {@code contact.email}...), so the use
 * case's problems point straight at the fields.
 */
final class ReportForm {

  /** The most questions shown on one step. */
  static final int QUESTIONS_PER_STEP = 3;

  static final String ANSWER = "answers.";
  static final String ACCOUNT = "account";
  static final String ANONYMITY = "anonymity";
  static final String MESSAGING = "messaging";
  static final String CONTACT_NAME = "contact.name";
  static final String CONTACT_EMAIL = "contact.email";
  static final String CONTACT_PHONE = "contact.phone";
  static final String SUPPORT = "support";
  static final String PREFERENCE = "support.adviserPreference";
  static final String VERSION = "version";
  static final String KEY = "key";

  private static final List<String> TOUCH_FIELDS =
      List.of(
          ANONYMITY, MESSAGING, CONTACT_NAME, CONTACT_EMAIL, CONTACT_PHONE, SUPPORT, PREFERENCE);

  private final Questionnaire questionnaire;
  private final List<List<Question>> questionSteps;
  private final Map<String, List<String>> values;

  /** The form of {@code questionnaire} holding {@code values} as posted (unknown names dropped). */
  ReportForm(Questionnaire questionnaire, Map<String, List<String>> posted) {
    this.questionnaire = questionnaire;
    var steps = new ArrayList<List<Question>>();
    var questions = questionnaire.questions();
    for (int i = 0; i < questions.size(); i += QUESTIONS_PER_STEP) {
      steps.add(questions.subList(i, Math.min(questions.size(), i + QUESTIONS_PER_STEP)));
    }
    this.questionSteps = List.copyOf(steps);
    var known = new LinkedHashMap<String, List<String>>();
    for (var name : names()) {
      var given = posted.get(name);
      if (given != null) {
        known.put(name, given.stream().filter(v -> !v.isBlank()).toList());
      }
    }
    known.put(VERSION, List.of(String.valueOf(questionnaire.version().value())));
    Optional.ofNullable(posted.get(KEY))
        .flatMap(list -> list.stream().findFirst())
        .filter(key -> key.length() >= 16 && key.length() <= 200)
        .ifPresent(key -> known.put(KEY, List.of(key)));
    this.values = known;
  }

  /** An empty form with a fresh idempotency key, so a repeated send makes one report. */
  static ReportForm start(Questionnaire questionnaire, String key) {
    return new ReportForm(questionnaire, Map.of(KEY, List.of(key)));
  }

  /** How many steps there are, counting the check before sending. */
  int steps() {
    return questionSteps.size() + 3;
  }

  int accountStep() {
    return questionSteps.size() + 1;
  }

  int touchStep() {
    return questionSteps.size() + 2;
  }

  int reviewStep() {
    return questionSteps.size() + 3;
  }

  boolean isQuestionStep(int step) {
    return step >= 1 && step <= questionSteps.size();
  }

  /** The heading of a question step: the questions themselves are the step's labels. */
  String heading(int step) {
    return step == 1 ? "What happened" : "A few more questions";
  }

  /** The words under the heading of question step {@code step}, or null for none. */
  String intro(int step) {
    return step == 1 ? "Answer what you can. Questions marked optional can be left out." : null;
  }

  /** The fields of question step {@code step}, with {@code errors} beside them. */
  List<Field> questionFields(int step, Map<String, String> errors) {
    var fields = fields();
    return questionSteps.get(step - 1).stream().map(q -> fields.question(q, errors)).toList();
  }

  /** The fields of the other steps, holding what was posted. */
  ReportFields fields() {
    return new ReportFields(name -> values.getOrDefault(name, List.of()));
  }

  /** Every value posted except those shown on {@code step}: they ride along in hidden fields. */
  List<Hidden> carried(int step) {
    var shown = shownOn(step);
    var hidden = new ArrayList<Hidden>();
    values.forEach((name, list) -> {
      if (!shown.contains(name)) {
        list.forEach(value -> hidden.add(new Hidden(name, value)));
      }
    });
    return hidden;
  }

  /** What is wrong with the answers of {@code step}, by field name; empty when they will do. */
  Map<String, String> problems(int step, LocalDate today) {
    var problems = new LinkedHashMap<String, String>();
    if (isQuestionStep(step)) {
      var onStep =
          questionSteps.get(step - 1).stream()
              .map(q -> ANSWER + q.id().value())
              .collect(Collectors.toSet());
      if (questionnaire.interpret(rawAnswers(), today) instanceof Interpretation.Invalid invalid) {
        invalid.problems().stream()
            .filter(p -> onStep.contains(p.field()))
            .forEach(p -> problems.putIfAbsent(p.field(), p.message()));
      }
    } else if (step == accountStep()) {
      account()
          .flatMap(text -> FreeText.problem(text, Account.MAX_LENGTH))
          .ifPresent(p -> problems.put(ACCOUNT, "Your account " + p));
    } else if (step == touchStep()) {
      touchProblems(problems);
    }
    return problems;
  }

  private void touchProblems(Map<String, String> problems) {
    var anonymity = first(ANONYMITY);
    if (!anonymity.equals("anonymous") && !anonymity.equals("named")) {
      problems.put(ANONYMITY, "Choose whether to tell us anonymously or with your details");
    } else if (anonymity.equals("anonymous")) {
      if (first(MESSAGING).isEmpty()) {
        problems.put(MESSAGING, "Choose whether you would like an access code");
      }
    } else if (ContactDetails.check(first(CONTACT_NAME), first(CONTACT_EMAIL), first(CONTACT_PHONE))
        instanceof ContactDetails.Check.Invalid invalid) {
      invalid.problems().forEach(p -> problems.putIfAbsent(p.field(), p.message()));
    }
  }

  /** The step on which {@code problem} can be put right. */
  int stepOf(FieldProblem problem) {
    var field = problem.field();
    for (int i = 0; i < questionSteps.size(); i++) {
      for (var question : questionSteps.get(i)) {
        if (field.equals(ANSWER + question.id().value())) {
          return i + 1;
        }
      }
    }
    if (field.equals(ACCOUNT)) {
      return accountStep();
    }
    if (field.equals("contact") || TOUCH_FIELDS.stream().anyMatch(field::startsWith)) {
      return touchStep();
    }
    return reviewStep();
  }

  /** Every answer in words, for the check before sending. */
  List<ReviewRow> review() {
    var rows = new ArrayList<ReviewRow>();
    for (int i = 0; i < questionSteps.size(); i++) {
      for (var question : questionSteps.get(i)) {
        rows.add(new ReviewRow(i + 1, question.text(), answerInWords(question)));
      }
    }
    rows.add(new ReviewRow(accountStep(), "In your own words", account().orElse("Not answered")));
    rows.add(new ReviewRow(touchStep(), "Keeping in touch", touchInWords()));
    return rows;
  }

  /** The command that sends this report. */
  SubmitReportUseCase.Command command() {
    boolean anonymous = !first(ANONYMITY).equals("named");
    var command =
        anonymous
            ? SubmitReportUseCase.Command.anonymous(questionnaire.version(), rawAnswers())
                .messaging(first(MESSAGING).equals("yes"))
            : SubmitReportUseCase.Command.named(
                questionnaire.version(),
                rawAnswers(),
                new SubmitReportUseCase.ContactInput(
                    first(CONTACT_NAME), first(CONTACT_EMAIL), first(CONTACT_PHONE)));
    if (!anonymous && first(SUPPORT).equals("yes")) {
      command.withSupport(Optional.of(first(PREFERENCE)).filter(p -> !p.isBlank()));
    }
    account().ifPresent(command::account);
    Optional.of(first(KEY)).filter(k -> !k.isEmpty()).ifPresent(command::idempotencyKey);
    return command.build();
  }

  private Map<String, RawAnswer> rawAnswers() {
    var raw = new LinkedHashMap<String, RawAnswer>();
    for (var question : questionnaire.questions()) {
      var given = values.getOrDefault(ANSWER + question.id().value(), List.of());
      if (given.isEmpty()) {
        continue;
      }
      raw.put(
          question.id().value(),
          question.kind() == QuestionKind.MULTIPLE_CHOICE
              ? new RawAnswer.Many(given)
              : new RawAnswer.Single(given.getFirst()));
    }
    return raw;
  }

  private Optional<String> account() {
    return Optional.of(first(ACCOUNT)).filter(text -> !text.isBlank());
  }

  private String answerInWords(Question question) {
    var given = values.getOrDefault(ANSWER + question.id().value(), List.of());
    if (given.isEmpty()) {
      return "Not answered";
    }
    if (!question.kind().isChoice()) {
      return given.getFirst();
    }
    return given.stream()
        .map(id ->
            question.options().stream()
                .filter(o -> o.id().value().equals(id))
                .map(o -> o.label())
                .findFirst()
                .orElse(id))
        .collect(Collectors.joining(", "));
  }

  private String touchInWords() {
    return switch (first(ANONYMITY)) {
      case "named" -> {
        var parts =
            java.util.stream.Stream.of(
                    first(CONTACT_NAME), first(CONTACT_EMAIL), first(CONTACT_PHONE))
                .filter(p -> !p.isBlank())
                .collect(Collectors.joining(", "));
        yield "With my contact details: "
            + parts
            + (first(SUPPORT).equals("yes") ? ". I would like an adviser's support." : ".");
      }
      case "anonymous" ->
          first(MESSAGING).equals("yes")
              ? "Anonymously, with an access code to exchange messages"
              : "Anonymously, without hearing back";
      default -> "Not chosen yet";
    };
  }

  private Set<String> shownOn(int step) {
    if (isQuestionStep(step)) {
      return questionSteps.get(step - 1).stream()
          .map(q -> ANSWER + q.id().value())
          .collect(Collectors.toSet());
    }
    if (step == accountStep()) {
      return Set.of(ACCOUNT);
    }
    if (step == touchStep()) {
      return Set.copyOf(TOUCH_FIELDS);
    }
    return Set.of();
  }

  private List<String> names() {
    var names = new ArrayList<String>();
    questionnaire.questions().forEach(q -> names.add(ANSWER + q.id().value()));
    names.add(ACCOUNT);
    names.addAll(TOUCH_FIELDS);
    return names;
  }

  private String first(String name) {
    return values.getOrDefault(name, List.of()).stream().findFirst().orElse("");
  }

  @Override
  public String toString() {
    return "ReportForm[hidden]";
  }
}
