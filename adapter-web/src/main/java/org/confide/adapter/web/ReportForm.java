package org.confide.adapter.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.confide.adapter.web.page.Choice;
import org.confide.adapter.web.page.Field;
import org.confide.adapter.web.page.FormError;
import org.confide.adapter.web.page.Hidden;
import org.confide.adapter.web.page.ReviewRow;
import org.confide.application.port.in.SubmitReportUseCase;
import org.confide.domain.questionnaire.Interpretation;
import org.confide.domain.questionnaire.Question;
import org.confide.domain.questionnaire.QuestionKind;
import org.confide.domain.questionnaire.Questionnaire;
import org.confide.domain.questionnaire.RawAnswer;
import org.confide.domain.report.Account;
import org.confide.domain.report.ContactDetails;
import org.confide.domain.report.SupportRequest;
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

  /** The fields of question step {@code step}, with {@code errors} beside them. */
  List<Field> questionFields(int step, Map<String, String> errors) {
    return questionSteps.get(step - 1).stream().map(q -> field(q, errors)).toList();
  }

  /** The field of the reporter's own account. */
  Field accountField(Map<String, String> errors) {
    return new Field(
        ACCOUNT,
        anchor(ACCOUNT),
        "In your own words, what happened?",
        Optional.of(
            "Tell us as much or as little as you want. Please do not include anyone's"
                + " contact details."),
        "text",
        false,
        List.of(),
        first(ACCOUNT),
        Account.MAX_LENGTH,
        Optional.ofNullable(errors.get(ACCOUNT)));
  }

  Field anonymityField(Map<String, String> errors) {
    return choice(
        ANONYMITY,
        "How would you like to tell us?",
        Optional.empty(),
        true,
        List.of(
            new Choice("anonymous", "Anonymously: I will not give my name", false),
            new Choice("named", "With my contact details, so an adviser can contact me", false)),
        errors);
  }

  Field messagingField(Map<String, String> errors) {
    return choice(
        MESSAGING,
        "If anonymous: would you like an access code to exchange messages with an adviser?",
        Optional.empty(),
        false,
        List.of(
            new Choice("yes", "Yes, give me an access code", false),
            new Choice("no", "No, I do not need to hear back", false)),
        errors);
  }

  List<Field> contactFields(Map<String, String> errors) {
    return List.of(
        line(CONTACT_NAME, "Your name", Optional.empty(), "line", 200, errors),
        line(
            CONTACT_EMAIL,
            "Email address",
            Optional.of("Give an email address or a phone number, or both."),
            "email",
            254,
            errors),
        line(CONTACT_PHONE, "Phone number", Optional.empty(), "tel", 40, errors));
  }

  Field supportField(Map<String, String> errors) {
    return choice(
        SUPPORT,
        "If you give your details: would you like an adviser to offer you support?",
        Optional.empty(),
        false,
        List.of(new Choice("yes", "Yes, please", false), new Choice("no", "Not now", false)),
        errors);
  }

  Field preferenceField(Map<String, String> errors) {
    return line(
        PREFERENCE,
        "Anything we should know about who supports you?",
        Optional.of("For example, that you would prefer to speak to a woman."),
        "line",
        SupportRequest.MAX_PREFERENCE_LENGTH,
        errors);
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
    var contact =
        anonymous
            ? Optional.<SubmitReportUseCase.ContactInput>empty()
            : Optional.of(
                new SubmitReportUseCase.ContactInput(
                    first(CONTACT_NAME), first(CONTACT_EMAIL), first(CONTACT_PHONE)));
    var support =
        anonymous || !first(SUPPORT).equals("yes")
            ? Optional.<SubmitReportUseCase.SupportInput>empty()
            : Optional.of(
                new SubmitReportUseCase.SupportInput(
                    true, Optional.of(first(PREFERENCE)).filter(p -> !p.isBlank())));
    return new SubmitReportUseCase.Command(
        questionnaire.version().value(),
        rawAnswers(),
        account(),
        anonymous,
        contact,
        anonymous && first(MESSAGING).equals("yes"),
        support,
        Optional.of(first(KEY)).filter(k -> !k.isEmpty()));
  }

  /** The form's element id for a field name: the summary links to it. */
  static String anchor(String name) {
    return name.replace('.', '-');
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

  private Field field(Question question, Map<String, String> errors) {
    var name = ANSWER + question.id().value();
    var given = values.getOrDefault(name, List.of());
    var kind =
        switch (question.kind()) {
          case SINGLE_CHOICE -> "single";
          case MULTIPLE_CHOICE -> "multiple";
          case DATE -> "date";
          case TEXT -> "text";
        };
    var choices =
        question.options().stream()
            .map(o -> new Choice(o.id().value(), o.label(), given.contains(o.id().value())))
            .toList();
    return new Field(
        name,
        anchor(name),
        question.text(),
        question.hint(),
        kind,
        question.required(),
        choices,
        question.kind().isChoice() || given.isEmpty() ? "" : given.getFirst(),
        question.maxLength().orElse(0),
        Optional.ofNullable(errors.get(name)));
  }

  private Field choice(
      String name,
      String text,
      Optional<String> hint,
      boolean required,
      List<Choice> options,
      Map<String, String> errors) {
    var chosen = first(name);
    var choices =
        options.stream()
            .map(c -> new Choice(c.value(), c.label(), c.value().equals(chosen)))
            .toList();
    return new Field(
        name,
        anchor(name),
        text,
        hint,
        "single",
        required,
        choices,
        "",
        0,
        Optional.ofNullable(errors.get(name)));
  }

  private Field line(
      String name,
      String text,
      Optional<String> hint,
      String kind,
      int maxLength,
      Map<String, String> errors) {
    return new Field(
        name,
        anchor(name),
        text,
        hint,
        kind,
        false,
        List.of(),
        first(name),
        maxLength,
        Optional.ofNullable(errors.get(name)));
  }

  /** {@code problems} as the error summary lists them, in the order of the page. */
  static List<FormError> summary(Map<String, String> problems) {
    return problems.entrySet().stream()
        .map(e -> new FormError(anchor(e.getKey()), e.getValue()))
        .toList();
  }

  @Override
  public String toString() {
    return "ReportForm[hidden]";
  }
}
