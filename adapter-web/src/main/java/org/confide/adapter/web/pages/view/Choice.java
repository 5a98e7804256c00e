package org.confide.adapter.web.pages.view;

import org.confide.adapter.web.i18n.Shown;

/**
 * One option of a choice question, and whether it is chosen now.
 *
 * @param value the value sent when it is chosen
 * @param label its label
 * @param checked whether it is chosen now
 * @param lang the tag of the language its label is in when that is not the page's ({@code lang}),
 *     or null: a questionnaire version may lack the page's language
 */
public record Choice(String value, String label, boolean checked, String lang) {

  /** An option whose label is in the page's language. */
  public Choice(String value, String label, boolean checked) {
    this(value, label, checked, null);
  }

  /**
   * An option labelled by {@code label}, as the page shows it.
   *
   * @param value the value sent when it is chosen
   * @param label its label as shown
   * @param checked whether it is chosen now
   * @return the option
   */
  public static Choice of(String value, Shown label, boolean checked) {
    return new Choice(value, label.text(), checked, label.lang());
  }
}
