package org.confide.adapter.web.pages;

import java.util.Locale;
import org.confide.adapter.web.i18n.Texts;
import org.confide.domain.questionnaire.Option;
import org.confide.domain.questionnaire.Question;
import org.confide.domain.questionnaire.QuestionKind;
import org.confide.domain.questionnaire.Questionnaire;
import org.confide.domain.questionnaire.QuestionnaireChange.DroppedSignal;
import org.confide.domain.questionnaire.SafeguardingSignal;

/** How the questionnaire pages put kinds of question and safeguarding signals into words. */
final class QuestionnaireWords {

  private QuestionnaireWords() {}

  static String kind(QuestionKind kind) {
    return switch (kind) {
      case SINGLE_CHOICE -> "Choose one";
      case MULTIPLE_CHOICE -> "Choose any";
      case DATE -> "A date";
      case TEXT -> "In their own words";
    };
  }

  static String signal(SafeguardingSignal signal) {
    return switch (signal) {
      case UNDER_18 -> "the person affected is under 18";
      case POSSIBLY_UNDER_18 -> "the person affected may be under 18";
      case IMMEDIATE_DANGER -> "someone is in danger now";
      case SERIOUS_HARM -> "someone may come to serious harm";
    };
  }

  /** A safeguarding signal in the words of {@code texts}: "someone is in danger now". */
  static String signal(SafeguardingSignal signal, Texts texts) {
    return texts.text("questionnaireChanges.signal." + signal.name().toLowerCase(Locale.ROOT));
  }

  /**
   * As {@link #dropped(Questionnaire, DroppedSignal)}, in the words of {@code texts}; the question
   * and the option as the current version asks them.
   */
  static String dropped(Questionnaire current, DroppedSignal dropped, Texts texts) {
    var asked = asked(current, dropped);
    return texts.text(
        "questionnaireChanges.dropped", asked[0], asked[1], signal(dropped.signal(), texts));
  }

  /** The question and the option of {@code dropped} as {@code current} words them. */
  private static String[] asked(Questionnaire current, DroppedSignal dropped) {
    var question = current.question(dropped.question());
    var text = question.map(Question::text).orElse(dropped.question().value());
    var label =
        question
            .flatMap(q -> q.option(dropped.option()))
            .map(Option::label)
            .orElse(dropped.option().value());
    return new String[] {text, label};
  }

  /**
   * A signal the current version raises and a draft or version would not, in words: the question
   * and the option as the current version asks them.
   */
  static String dropped(Questionnaire current, DroppedSignal dropped) {
    var asked = asked(current, dropped);
    return "\u201c"
        + asked[0]
        + "\u201d: choosing \u201c"
        + asked[1]
        + "\u201d would no longer tell a"
        + " safeguarding lead that "
        + signal(dropped.signal())
        + ".";
  }
}
