package org.confide.domain.pattern;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.confide.domain.questionnaire.Answer;
import org.confide.domain.report.Report;

/**
 * A person or place a report names, in normal form. It is personal: it never leaves the application
 * except as a keyed digest, and it never prints.
 *
 * @param kind whether it names a person or a place
 * @param normalForm the name in the form {@link Normalisation} gives it, such as {@code john smith}
 */
public record Mention(PatternKind kind, String normalForm) {

  /**
   * A mention.
   *
   * @throws NullPointerException if the kind or the normal form is null
   */
  public Mention {
    Objects.requireNonNull(kind, "kind must not be null");
    Objects.requireNonNull(normalForm, "normal form must not be null");
  }

  /**
   * The people and places {@code report} names, each once: read from the text answers to the
   * questions of {@link PatternKind}, one mention per line or per part between semicolons. Answers
   * that name no one, such as "don't know", give none.
   *
   * @param report the report
   * @return its mentions, people before places; empty when it names none
   */
  public static List<Mention> of(Report report) {
    var mentions = new ArrayList<Mention>();
    for (var kind : PatternKind.values()) {
      report
          .answers()
          .get(kind.question())
          .filter(Answer.Text.class::isInstance)
          .map(answer -> ((Answer.Text) answer).text())
          .ifPresent(text ->
              Normalisation.all(kind, text).forEach(form -> mentions.add(new Mention(kind, form))));
    }
    return List.copyOf(mentions);
  }

  @Override
  public String toString() {
    return "Mention[" + kind + ", hidden]";
  }
}
