package org.confide.adapter.web.pages;

import java.util.Locale;
import org.confide.adapter.web.i18n.Shown;
import org.confide.adapter.web.i18n.Texts;
import org.confide.adapter.web.pages.view.Frame;
import org.confide.domain.questionnaire.QuestionKind;
import org.confide.domain.questionnaire.Questionnaire;
import org.confide.domain.questionnaire.QuestionnaireChange.DroppedSignal;
import org.confide.domain.questionnaire.SafeguardingSignal;

/**
 * How the questionnaire pages put kinds of question and safeguarding signals into words, in the
 * page's language.
 */
final class QuestionnaireWords {

  private QuestionnaireWords() {}

  static String kind(QuestionKind kind, Frame f) {
    return f.t(
        switch (kind) {
          case SINGLE_CHOICE -> "questionnaire.kind.singleChoice";
          case MULTIPLE_CHOICE -> "questionnaire.kind.multipleChoice";
          case DATE -> "questionnaire.kind.date";
          case TEXT -> "questionnaire.kind.text";
        });
  }

  static String signal(SafeguardingSignal signal, Frame f) {
    return f.t(
        switch (signal) {
          case UNDER_18 -> "questionnaire.signal.under18";
          case POSSIBLY_UNDER_18 -> "questionnaire.signal.possiblyUnder18";
          case IMMEDIATE_DANGER -> "questionnaire.signal.immediateDanger";
          case SERIOUS_HARM -> "questionnaire.signal.seriousHarm";
        });
  }

  /** A safeguarding signal in the words of {@code texts}: "someone is in danger now". */
  static String signal(SafeguardingSignal signal, Texts texts) {
    return texts.text("questionnaireChanges.signal." + signal.name().toLowerCase(Locale.ROOT));
  }

  /**
   * A signal the current version raises and a draft or version would not, in the words of {@code
   * texts}, as safe HTML: the question and the option as the current version asks them, in that
   * language where it has it, else as written, marked with the language they are in ({@code <span
   * lang="en">}).
   */
  static String dropped(Questionnaire current, DroppedSignal dropped, Texts texts) {
    var said = Shown.in(texts.language());
    var question = current.question(dropped.question());
    var text =
        question.map(q -> said.apply(q.text())).orElse(Shown.inPage(dropped.question().value()));
    var label =
        question
            .flatMap(q -> q.option(dropped.option()))
            .map(option -> said.apply(option.label()))
            .orElse(Shown.inPage(dropped.option().value()));
    return texts.marked(
        "questionnaireChanges.dropped", text, label, signal(dropped.signal(), texts));
  }
}
