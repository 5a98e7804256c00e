package org.confide.adapter.web.pages.view;

import java.util.List;

/**
 * The page {@code staff/questionnaire-changes.jte}: for a safeguarding lead, the questionnaire
 * versions that would stop options raising a safeguarding signal, each with a button to confirm it.
 *
 * @param frame the frame
 * @param notice the notice after a confirmation, or null
 * @param versions the versions waiting, lowest first
 */
public record QuestionnaireChangesPage(Frame frame, String notice, List<Waiting> versions)
    implements Page {

  @Override
  public String template() {
    return "staff/questionnaire-changes.jte";
  }

  /**
   * One version waiting.
   *
   * @param number its number
   * @param dropped the signals it would no longer raise, in words, as safe HTML
   */
  public record Waiting(int number, List<String> dropped) {}
}
