package org.confide.domain.questionnaire;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.confide.domain.shared.FieldProblem;
import org.confide.domain.shared.ProblemCode;

/** Checks raw answers against a questionnaire; the rules behind {@link Questionnaire#interpret}. */
final class AnswerReader {

  static final LocalDate EARLIEST_DATE = LocalDate.of(1900, 1, 1);

  private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final Pattern ISO_MONTH = Pattern.compile("\\d{4}-\\d{2}");

  private AnswerReader() {}

  /** What one answer came to: the answer, or a problem to tell the reporter. */
  private sealed interface Outcome {}

  private record Accepted(Answer answer) implements Outcome {}

  private record Refused(ProblemCode code, Object... arguments) implements Outcome {}

  static Interpretation interpret(
      Questionnaire questionnaire, Map<String, RawAnswer> raw, LocalDate today) {
    Objects.requireNonNull(raw, "raw answers must not be null");
    Objects.requireNonNull(today, "today must not be null");
    var problems = new ArrayList<FieldProblem>();
    raw.forEach((key, value) -> {
      Objects.requireNonNull(key, "a raw answer's question id must not be null");
      Objects.requireNonNull(value, "the raw answer to " + key + " must not be null");
      if (!QuestionId.isWellFormed(key)) {
        // Don't echo a key that isn't even an id: it is arbitrary input, and may be huge.
        problems.add(FieldProblem.of("answers", ProblemCode.UNKNOWN_QUESTION_ID));
      } else if (questionnaire.question(QuestionId.of(key)).isEmpty()) {
        problems.add(FieldProblem.of("answers." + key, ProblemCode.UNKNOWN_QUESTION, key));
      }
    });
    var answers = new LinkedHashMap<QuestionId, Answer>();
    for (var question : questionnaire.questions()) {
      var field = "answers." + question.id();
      var values = given(raw.get(question.id().value()));
      if (values.isEmpty()) {
        if (question.required()) {
          problems.add(FieldProblem.of(field, ProblemCode.UNANSWERED, question.text()));
        }
        continue;
      }
      switch (read(question, values, today)) {
        case Accepted accepted -> answers.put(question.id(), accepted.answer());
        case Refused refused ->
            problems.add(FieldProblem.of(field, refused.code(), refused.arguments()));
      }
    }
    return problems.isEmpty()
        ? new Interpretation.Valid(new Answers(answers))
        : new Interpretation.Invalid(problems);
  }

  /** The values of an answer as given, each stripped, blank ones dropped; none when not given. */
  private static List<String> given(RawAnswer answer) {
    if (answer == null) {
      return List.of();
    }
    var values = new ArrayList<String>(answer.values().size());
    for (var value : answer.values()) {
      var stripped = value.strip();
      if (!stripped.isEmpty()) {
        values.add(stripped);
      }
    }
    return values;
  }

  private static Outcome read(Question question, List<String> values, LocalDate today) {
    return switch (question.kind()) {
      case SINGLE_CHOICE -> single(question, values);
      case MULTIPLE_CHOICE -> multiple(question, values);
      case DATE ->
          values.size() > 1 ? new Refused(ProblemCode.DATE_ONE) : date(values.get(0), today);
      case TEXT ->
          values.size() > 1 ? new Refused(ProblemCode.ONE_ANSWER) : text(question, values.get(0));
    };
  }

  private static Outcome single(Question question, List<String> values) {
    if (values.size() > 1) {
      return new Refused(ProblemCode.CHOICE_ONLY_ONE);
    }
    return option(question, values.get(0))
        .<Outcome>map(option -> new Accepted(new Answer.SingleChoice(option)))
        .orElse(new Refused(ProblemCode.CHOICE_ONE));
  }

  private static Outcome multiple(Question question, List<String> values) {
    var chosen = new HashSet<OptionId>();
    for (var value : values) {
      var option = option(question, value);
      if (option.isEmpty()) {
        return new Refused(ProblemCode.CHOICE_GIVEN);
      }
      if (!chosen.add(option.get())) {
        return new Refused(ProblemCode.CHOICE_ONCE);
      }
    }
    // In the questionnaire's order, whatever the order given.
    var inOrder = new ArrayList<OptionId>(chosen.size());
    for (var option : question.options()) {
      if (chosen.contains(option.id())) {
        inOrder.add(option.id());
      }
    }
    return new Accepted(new Answer.MultipleChoice(inOrder));
  }

  private static Optional<OptionId> option(Question question, String value) {
    return OptionId.isWellFormed(value)
        ? question.option(OptionId.of(value)).map(Option::id)
        : Optional.empty();
  }

  private static Outcome date(String value, LocalDate today) {
    if (value.equals(Answer.MoreThanAYearAgo.VALUE)) {
      return new Accepted(new Answer.MoreThanAYearAgo());
    }
    if (ISO_MONTH.matcher(value).matches()) {
      return month(value, today);
    }
    var parsed = isoDate(value);
    if (parsed.isEmpty()) {
      return new Refused(ProblemCode.DATE_FORM);
    }
    var date = parsed.get();
    if (date.isAfter(today)) {
      return new Refused(ProblemCode.DATE_FUTURE);
    }
    if (date.isBefore(EARLIEST_DATE)) {
      return new Refused(ProblemCode.DATE_BEFORE_1900);
    }
    return new Accepted(new Answer.Date(date));
  }

  // A month and year, for a rough date: the same bounds as a day, by the month.
  private static Outcome month(String value, LocalDate today) {
    YearMonth month;
    try {
      month = YearMonth.parse(value);
    } catch (DateTimeException e) {
      return new Refused(ProblemCode.DATE_MONTH);
    }
    if (month.isAfter(YearMonth.from(today))) {
      return new Refused(ProblemCode.DATE_FUTURE);
    }
    if (month.isBefore(YearMonth.from(EARLIEST_DATE))) {
      return new Refused(ProblemCode.DATE_BEFORE_1900);
    }
    return new Accepted(new Answer.Month(month));
  }

  private static Optional<LocalDate> isoDate(String value) {
    if (!ISO_DATE.matcher(value).matches()) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(value));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  private static Outcome text(Question question, String value) {
    int maxLength = question.maxLength().orElse(Question.DEFAULT_MAX_LENGTH);
    // Browsers send a textarea's line breaks as CRLF; keep the line breaks, lose the carriage
    // returns, so that the control-character rule below doesn't refuse ordinary typing.
    var text = value.replace("\r\n", "\n").replace('\r', '\n');
    if (text.codePoints().anyMatch(AnswerReader::isUnacceptable)) {
      return new Refused(ProblemCode.HIDDEN);
    }
    int length = text.codePointCount(0, text.length());
    if (length > maxLength) {
      return new Refused(ProblemCode.ANSWER_TOO_LONG, question.text(), maxLength, length);
    }
    return new Accepted(new Answer.Text(text));
  }

  // Control characters (NUL among them) and unpaired surrogates can break storage, logs and the
  // pages staff read; newline and tab are how people lay out what they write.
  private static boolean isUnacceptable(int codePoint) {
    return (Character.isISOControl(codePoint) && codePoint != '\n' && codePoint != '\t')
        || Character.getType(codePoint) == Character.SURROGATE;
  }
}
