package org.confide.adapter.web.i18n;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.confide.domain.questionnaire.DefaultQuestionnaire;
import org.confide.domain.questionnaire.Option;
import org.confide.domain.questionnaire.Question;
import org.confide.domain.shared.Language;

/**
 * The checks of a language's texts of the default questionnaire ({@code
 * questionnaire_<tag>.properties}) and the translations they make: a file holds a text for every
 * key of {@link DefaultQuestionnaire#texts()} and nothing else, each within its length.
 */
final class QuestionnaireTexts {

  private QuestionnaireTexts() {}

  /** What is wrong with {@code texts}' questionnaire texts; empty when nothing is. */
  static List<String> problems(Texts texts) {
    var shipped = DefaultQuestionnaire.texts();
    var given = texts.questionnaire();
    var problems =
        Languages.keyProblems(
            shipped.keySet(),
            given.keySet(),
            texts.language() + "'s questionnaire texts lack ",
            texts.language()
                + "'s questionnaire texts name what the default questionnaire has not: ");
    for (var key : new TreeSet<>(given.keySet())) {
      var text = given.get(key).strip();
      int max = longest(key);
      if (text.isEmpty() || text.length() > max) {
        problems.add(
            texts.language()
                + " questionnaire text "
                + key
                + " must be 1 to "
                + max
                + " characters");
      }
    }
    return problems;
  }

  private static int longest(String key) {
    if (key.contains(".option.")) {
      return Option.MAX_LABEL;
    }
    return key.endsWith(".hint") ? Question.MAX_HINT : Question.MAX_TEXT;
  }

  /** {@return the questionnaire texts of every language that has them, by language} */
  static Map<Language, Map<String, String>> translations(List<Texts> offered) {
    var translations = new LinkedHashMap<Language, Map<String, String>>();
    for (var texts : offered) {
      if (!texts.questionnaire().isEmpty()) {
        translations.put(texts.language(), texts.questionnaire());
      }
    }
    return translations;
  }
}
