package org.confide.adapter.web.pages.view;

import java.util.List;
import java.util.Optional;
import org.confide.adapter.web.i18n.Shown;

/**
 * One question of a form as it is shown: its field name and id, the question and hint, what kind of
 * input it takes, the options (for choices), the value entered so far (for text and dates), and the
 * problem with it, if any.
 *
 * @param name the form field's name
 * @param id the id of its first input, which the error summary links to
 * @param question the question, marked with its language where a questionnaire version lacks the
 *     page's
 * @param hint the words under the question, if any, marked the same way
 * @param kind {@code single}, {@code multiple}, {@code date}, {@code text}, {@code line}, {@code
 *     email}, {@code tel} or {@code password}
 * @param choices for a choice, its options; for a date, the one box to tick for "more than a year
 *     ago"
 * @param parts for a date, its day, month and year boxes; empty for any other kind
 */
public record Field(
    String name,
    String id,
    Shown question,
    Optional<Shown> hint,
    String kind,
    boolean required,
    List<Choice> choices,
    String value,
    int maxLength,
    Optional<String> error,
    List<DatePart> parts) {

  public Field {
    choices = List.copyOf(choices);
    parts = List.copyOf(parts);
  }

  /**
   * The ids of the hint, the error message and, for a box with a limit, the limit said beside it,
   * for {@code aria-describedby}; may be null.
   */
  public String describedBy() {
    var ids = new StringBuilder();
    hint.ifPresent(h -> ids.append(id).append("-hint"));
    error.ifPresent(e -> ids.append(ids.isEmpty() ? "" : " ").append(id).append("-error"));
    if (hasLimit()) {
      ids.append(ids.isEmpty() ? "" : " ").append(id).append("-limit");
    }
    if (kind.equals("date")) {
      ids.append(ids.isEmpty() ? "" : " ").append(id).append("-format");
    }
    return ids.isEmpty() ? null : ids.toString();
  }

  /** Whether the field is a box with a limit said beside it: a text, a line, an email or a tel. */
  public boolean hasLimit() {
    return switch (kind) {
      case "text", "line", "email", "tel" -> maxLength > 0;
      default -> false;
    };
  }

  /** The id of the {@code n}th input of a choice; the first is {@link #id()}. */
  public String choiceId(int n) {
    return n == 0 ? id : id + "-" + n;
  }

  @Override
  public String toString() {
    return "Field[" + name + "]";
  }
}
