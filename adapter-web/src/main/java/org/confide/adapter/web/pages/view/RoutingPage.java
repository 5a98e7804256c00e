package org.confide.adapter.web.pages.view;

import java.util.List;
import org.confide.adapter.web.i18n.Shown;

/**
 * The page {@code staff/admin-routing.jte}: the routing rules as rows of one form (a blank row is
 * no rule), and the default team.
 *
 * @param frame the frame
 * @param notice the notice after a change, or null
 * @param errors every problem with what was sent, anchored to its field
 * @param answers every answer a rule may match, by question: a single- or multiple-choice
 *     question's options
 * @param teams every team
 * @param rows the rules, then blank rows
 * @param defaultTeam the default team's id, or blank for none
 */
public record RoutingPage(
    Frame frame,
    String notice,
    List<FormError> errors,
    List<Asked> answers,
    List<Pick> teams,
    List<Row> rows,
    String defaultTeam)
    implements Page {

  @Override
  public String template() {
    return "staff/admin-routing.jte";
  }

  /** The message of the error anchored to {@code field}, or null when there is none. */
  public String errorFor(String field) {
    return FormError.messageFor(errors, field);
  }

  /**
   * A question and its options, as a group of a select: the question as its label, marked with its
   * language when not the page's, so that no option mixes the question's language with its own.
   *
   * @param question the question as shown
   * @param options its options; each marked with its language where it differs from the question's,
   *     which it would otherwise inherit
   */
  public record Asked(Shown question, List<Pick> options) {}

  /**
   * One way to answer, or one team: what a select offers.
   *
   * @param value the value sent
   * @param label what staff read
   * @param lang the tag of the language the label is in when that is not the page's ({@code lang}),
   *     or null
   */
  public record Pick(String value, String label, String lang) {

    /** A pick whose label is in the page's language, or in none (a team's name). */
    public Pick(String value, String label) {
      this(value, label, null);
    }
  }

  /**
   * One rule as a row of the form, counted from 0.
   *
   * @param index the row's place, from 0
   * @param answer the answer it matches ({@code question/option}), or blank
   * @param team the team's id, or blank
   */
  public record Row(int index, String answer, String team) {

    /** The id of this row's {@code part} field: {@code answer-2}. */
    public String id(String part) {
      return part + "-" + index;
    }
  }
}
