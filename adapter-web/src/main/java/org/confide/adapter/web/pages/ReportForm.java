package org.confide.adapter.web.pages;

import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.confide.adapter.web.i18n.AnswerLine;
import org.confide.adapter.web.i18n.ProblemWords;
import org.confide.adapter.web.i18n.Shown;
import org.confide.adapter.web.i18n.Texts;
import org.confide.adapter.web.pages.view.Field;
import org.confide.adapter.web.pages.view.Hidden;
import org.confide.adapter.web.pages.view.ReviewRow;
import org.confide.application.port.in.SubmitReportUseCase;
import org.confide.domain.questionnaire.Interpretation;
import org.confide.domain.questionnaire.Question;
import org.confide.domain.questionnaire.QuestionKind;
import org.confide.domain.questionnaire.Questionnaire;
import org.confide.domain.questionnaire.RawAnswer;
import org.confide.domain.questionnaire.Words;
import org.confide.domain.report.Account;
import org.confide.domain.report.ContactDetails;
import org.confide.domain.shared.FieldProblem;
import org.confide.domain.shared.FreeText;
import org.confide.domain.shared.Language;
import org.confide.domain.shared.ProblemSubject;

/**
 * The report form as a sequence of short steps: the questionnaire's questions a few at a time, the
 * reporter's own account, how to keep in touch, and a check before sending.
 *
 * <p>Nothing is kept on the server until the report is sent: each step's page carries the answers
 * of the other steps in hidden fields, so a half-told report leaves no trace here if the reporter
 * leaves, and any server of several can take the next step. The form's field names are the API's
 * field names ({@code answers.<question>}, {@code account}, {@code contact.email}...), so the use
 * case's problems point straight at the fields. Its words are those of the page's language.
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

  private static final SecureRandom KEYS = new SecureRandom();

  private static final List<String> TOUCH_FIELDS =
      List.of(
          ANONYMITY, MESSAGING, CONTACT_NAME, CONTACT_EMAIL, CONTACT_PHONE, SUPPORT, PREFERENCE);

  private final Questionnaire questionnaire;
  private final List<List<Question>> questionSteps;
  private final Map<String, List<String>> values;
  private final Texts texts;

  /**
   * The form of {@code questionnaire} holding {@code values} as posted (unknown names dropped), in
   * the words of {@code texts}.
   */
  ReportForm(Questionnaire questionnaire, Map<String, List<String>> posted, Texts texts) {
    this.questionnaire = questionnaire;
    this.texts = texts;
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
        // A browser sends a line break as CRLF; a limit counts it as one character, as the
        // count beside the box does.
        known.put(
            name,
            given.stream().filter(v -> !v.isBlank()).map(v -> v.replace("\r\n", "\n")).toList());
      }
    }
    known.put(VERSION, List.of(String.valueOf(questionnaire.version().value())));
    Optional.ofNullable(posted.get(KEY))
        .flatMap(list -> list.stream().findFirst())
        .filter(key -> key.length() >= 16 && key.length() <= 200)
        .ifPresent(key -> known.put(KEY, List.of(key)));
    this.values = known;
  }

  /**
   * A fresh idempotency key for a new form: 18 random bytes, URL-safe.
   *
   * @return the key
   */
  static String newKey() {
    var bytes = new byte[18];
    KEYS.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  /** An empty form with a fresh idempotency key, so a repeated send makes one report. */
  static ReportForm start(Questionnaire questionnaire, String key, Texts texts) {
    return new ReportForm(questionnaire, Map.of(KEY, List.of(key)), texts);
  }

  /** How many steps there are, counting the check before sending. */
  int steps() {
    return questionSteps.size() + 4;
  }

  int accountStep() {
    return questionSteps.size() + 1;
  }

  /** The step choosing to tell us anonymously or with contact details: a step of its own. */
  int choiceStep() {
    return questionSteps.size() + 2;
  }

  /** The step asking only what the choice before it needs: a code, or contact details. */
  int touchStep() {
    return questionSteps.size() + 3;
  }

  int reviewStep() {
    return questionSteps.size() + 4;
  }

  /** Whether the reporter chose to tell us anonymously (true) or with their details (false). */
  boolean anonymous() {
    return !first(ANONYMITY).equals("named");
  }

  /**
   * Whether contact details are held that will not be sent, because the reporter chose to stay
   * anonymous after typing them: the pages say so rather than drop them silently.
   */
  boolean detailsNotSent() {
    return first(ANONYMITY).equals("anonymous")
        && java.util.stream.Stream.of(CONTACT_NAME, CONTACT_EMAIL, CONTACT_PHONE, PREFERENCE)
            .anyMatch(name -> !first(name).isBlank());
  }

  boolean isQuestionStep(int step) {
    return step >= 1 && step <= questionSteps.size();
  }

  /**
   * What step {@code step} is about, as its heading names it after "Step 3 of 9: ". A question
   * step's own questions are its labels, so after the first ("what happened") it is named by the
   * questions it holds, which tells how far the reporter has come.
   */
  String heading(int step) {
    if (step == 1) {
      return texts.text("report.step.whatHappened");
    }
    if (isQuestionStep(step)) {
      int before = 0;
      for (int i = 0; i < step - 1; i++) {
        before += questionSteps.get(i).size();
      }
      int count = questionSteps.get(step - 1).size();
      int all = questionnaire.questions().size();
      return count == 1
          ? texts.text("report.step.question", before + 1, all)
          : texts.text("report.step.questions", before + 1, before + count, all);
    }
    if (step == accountStep()) {
      return texts.text("report.step.account");
    }
    if (step == choiceStep()) {
      return texts.text("report.step.choice");
    }
    return texts.text(step == touchStep() ? "report.step.touch" : "report.step.review");
  }

  /** The words under the heading of question step {@code step}, or null for none. */
  String intro(int step) {
    return step == 1 ? texts.text("report.intro") : null;
  }

  /**
   * The fields of question step {@code step}, with {@code errors} beside them, their words in
   * {@code language}.
   */
  List<Field> questionFields(int step, Map<String, String> errors, Language language) {
    var fields = fields();
    return questionSteps.get(step - 1).stream()
        .map(q -> fields.question(q, errors, language))
        .toList();
  }

  /** The fields of the other steps, holding what was posted. */
  ReportFields fields() {
    return new ReportFields(name -> values.getOrDefault(name, List.of()), texts);
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
      questionSteps.get(step - 1).stream()
          .filter(q -> q.kind() == QuestionKind.DATE)
          .map(q -> new DateParts(ANSWER + q.id().value()))
          .forEach(date ->
              date.problem(this::first, texts).ifPresent(p -> problems.put(date.name(), p)));
      if (questionnaire.interpret(rawAnswers(), today) instanceof Interpretation.Invalid invalid) {
        invalid.problems().stream()
            .filter(p -> onStep.contains(p.field()))
            .forEach(p -> problems.putIfAbsent(p.field(), ProblemWords.marked(p, texts)));
      }
    } else if (step == accountStep()) {
      account()
          .flatMap(text ->
              FreeText.counted(ACCOUNT, ProblemSubject.ACCOUNT, text.strip(), Account.MAX_LENGTH))
          .ifPresent(p -> problems.put(ACCOUNT, ProblemWords.of(p, texts)));
    } else if (step == choiceStep()) {
      choiceProblems(problems);
    } else if (step == touchStep()) {
      choiceProblems(problems);
      if (problems.isEmpty()) {
        touchProblems(problems);
      }
    }
    return problems;
  }

  private void choiceProblems(Map<String, String> problems) {
    var anonymity = first(ANONYMITY);
    if (!anonymity.equals("anonymous") && !anonymity.equals("named")) {
      problems.put(ANONYMITY, texts.text("report.anonymity.problem"));
    }
  }

  private void touchProblems(Map<String, String> problems) {
    if (anonymous()) {
      if (first(MESSAGING).isEmpty()) {
        problems.put(MESSAGING, texts.text("report.messaging.problem"));
      }
    } else if (ContactDetails.check(first(CONTACT_NAME), first(CONTACT_EMAIL), first(CONTACT_PHONE))
        instanceof ContactDetails.Check.Invalid invalid) {
      invalid.problems().forEach(p -> problems.putIfAbsent(p.field(), ProblemWords.of(p, texts)));
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
    if (field.equals(ANONYMITY)) {
      return choiceStep();
    }
    if (field.equals("contact") || TOUCH_FIELDS.stream().anyMatch(field::startsWith)) {
      return touchStep();
    }
    return reviewStep();
  }

  /**
   * Every answer in words, the questionnaire's in {@code language}, each text marked with the
   * language it is in where the version lacks that one, for the check before sending.
   */
  List<ReviewRow> review(Language language) {
    var shown = Shown.in(language);
    var rows = new ArrayList<ReviewRow>();
    for (int i = 0; i < questionSteps.size(); i++) {
      for (var question : questionSteps.get(i)) {
        rows.add(
            new ReviewRow(
                i + 1,
                new AnswerLine(
                    shown.apply(question.text()),
                    answerInWords(question, shown),
                    texts.text("report.review.separator"))));
      }
    }
    rows.add(
        new ReviewRow(
            accountStep(),
            AnswerLine.inPage(
                texts.text("report.review.account"),
                account().orElse(texts.text("report.review.notAnswered")))));
    rows.add(
        new ReviewRow(
            choiceStep(),
            AnswerLine.inPage(texts.text("report.review.choice"), fields().choiceInWords())));
    rows.add(
        new ReviewRow(
            touchStep(),
            AnswerLine.inPage(
                texts.text("report.review.touch"), fields().touchInWords(detailsNotSent()))));
    return rows;
  }

  /** The command that sends this report. */
  SubmitReportUseCase.Command command() {
    boolean anonymous = anonymous();
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
    key().ifPresent(command::idempotencyKey);
    return command.build();
  }

  /** The form's idempotency key, when it carries one of a good length. */
  Optional<String> key() {
    return Optional.of(first(KEY)).filter(k -> !k.isEmpty());
  }

  Map<String, RawAnswer> rawAnswers() {
    var raw = new LinkedHashMap<String, RawAnswer>();
    for (var question : questionnaire.questions()) {
      var name = ANSWER + question.id().value();
      if (question.kind() == QuestionKind.DATE) {
        new DateParts(name)
            .answer(this::first)
            .ifPresent(date -> raw.put(question.id().value(), new RawAnswer.Single(date)));
        continue;
      }
      var given = values.getOrDefault(name, List.of());
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

  Optional<String> account() {
    return Optional.of(first(ACCOUNT)).filter(text -> !text.isBlank());
  }

  /**
   * The answer to {@code question} in words: a date or a text as it is, each label {@code shown}.
   */
  private List<Shown> answerInWords(Question question, Function<Words, Shown> shown) {
    if (question.kind() == QuestionKind.DATE) {
      return List.of(
          Shown.inPage(
              new DateParts(ANSWER + question.id().value())
                  .answer(this::first)
                  .map(answer -> DateParts.inWords(answer, texts))
                  .orElse(texts.text("report.review.notAnswered"))));
    }
    var given = values.getOrDefault(ANSWER + question.id().value(), List.of());
    if (given.isEmpty()) {
      return List.of(Shown.inPage(texts.text("report.review.notAnswered")));
    }
    if (!question.kind().isChoice()) {
      return List.of(Shown.inPage(given.getFirst()));
    }
    return given.stream()
        .map(id ->
            question.options().stream()
                .filter(o -> o.id().value().equals(id))
                .map(o -> shown.apply(o.label()))
                .findFirst()
                .orElse(Shown.inPage(id)))
        .toList();
  }

  private Set<String> shownOn(int step) {
    if (isQuestionStep(step)) {
      return questionSteps.get(step - 1).stream()
          .flatMap(q -> namesOf(q).stream())
          .collect(Collectors.toSet());
    }
    if (step == accountStep()) {
      return Set.of(ACCOUNT);
    }
    if (step == choiceStep()) {
      return Set.of(ANONYMITY);
    }
    if (step == touchStep()) {
      // Only the questions of the choice made are on the page; the others' answers ride along,
      // so that changing the choice back finds them as they were.
      return anonymous()
          ? Set.of(MESSAGING)
          : Set.of(CONTACT_NAME, CONTACT_EMAIL, CONTACT_PHONE, SUPPORT, PREFERENCE);
    }
    return Set.of();
  }

  private List<String> names() {
    var names = new ArrayList<String>();
    questionnaire.questions().forEach(q -> names.addAll(namesOf(q)));
    names.add(ACCOUNT);
    names.addAll(TOUCH_FIELDS);
    return names;
  }

  /** The field names of {@code question}: one, or a date's boxes and its plain name. */
  private static List<String> namesOf(Question question) {
    var name = ANSWER + question.id().value();
    return question.kind() == QuestionKind.DATE ? new DateParts(name).names() : List.of(name);
  }

  private String first(String name) {
    return values.getOrDefault(name, List.of()).stream().findFirst().orElse("");
  }

  @Override
  public String toString() {
    return "ReportForm[hidden]";
  }
}
