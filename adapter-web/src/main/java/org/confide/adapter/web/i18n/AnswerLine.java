package org.confide.adapter.web.i18n;

import java.util.List;
import java.util.Objects;
import org.confide.domain.questionnaire.LabelledAnswer;
import org.confide.domain.shared.Language;

/**
 * One answer of a report in words: the question as asked, and the answer, each text marked with its
 * language where a questionnaire version lacks the page's (see {@link Shown}).
 *
 * @param question the question as asked
 * @param answer the answer's words: the label of each option chosen, or one text
 * @param separator what is put between two labels
 */
public record AnswerLine(Shown question, List<Shown> answer, String separator) {

  public AnswerLine {
    Objects.requireNonNull(question, "question must not be null");
    answer = List.copyOf(answer);
    Objects.requireNonNull(separator, "separator must not be null");
  }

  /**
   * {@code answer} as a page in {@code language} shows it: the question and the labels of the
   * options chosen in that language where the version has it, else as first written and marked with
   * their language; a date or a text as it is, in no language the page marks.
   *
   * @param answer an answer in words
   * @param language the page's language
   * @param separator what is put between two labels
   * @return the line
   */
  public static AnswerLine of(LabelledAnswer answer, Language language, String separator) {
    var shown = Shown.in(language);
    return new AnswerLine(
        shown.apply(answer.questionText()),
        answer.answer().stream()
            .map(words -> answer.chosen() ? shown.apply(words) : Shown.inPage(words.first()))
            .toList(),
        separator);
  }

  /**
   * A line of Confide's own question and an answer in the page's language or in none it can name
   * (what someone wrote).
   *
   * @param question the question, in the page's language
   * @param answer the answer
   * @return the line
   */
  public static AnswerLine inPage(String question, String answer) {
    return new AnswerLine(Shown.inPage(question), List.of(Shown.inPage(answer)), "");
  }

  /**
   * {@return the language every word of the answer is in when that is one other than the page's,
   * for the element holding the answer; null when the page's, or when its words are in more than
   * one (each is then marked on its own, {@link #marked(Shown)})}
   */
  public String lang() {
    var first = answer.isEmpty() ? null : answer.getFirst().lang();
    return answer.stream().allMatch(words -> Objects.equals(words.lang(), first)) ? first : null;
  }

  /**
   * {@return the language to mark {@code words}, one of the answer's, with on an element of its
   * own: its language when that is not the page's and the answer as a whole is not marked with it;
   * else null}
   */
  public String marked(Shown words) {
    return lang() == null ? words.lang() : null;
  }

  @Override
  public String toString() {
    return "AnswerLine[hidden]";
  }
}
