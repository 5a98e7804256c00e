package org.confide.adapter.web.pages.view;

import java.util.List;
import org.confide.adapter.web.i18n.Shown;

/**
 * The page {@code staff/admin-questionnaire.jte}: the administrator's draft of the next version,
 * question by question, the versions kept, and the buttons that make the draft current.
 *
 * @param frame the frame
 * @param notice the notice after a change, or null
 * @param errors every problem with what was sent
 * @param basedOn the version the draft was copied from
 * @param questions the draft's questions, in the order asked
 * @param changed whether the draft differs from the current version
 * @param droppedSignals the safeguarding signals of the current version the draft would no longer
 *     raise, in words, as safe HTML
 * @param versions the versions kept, lowest first
 */
public record QuestionnairePage(
    Frame frame,
    String notice,
    List<FormError> errors,
    int basedOn,
    List<QuestionLine> questions,
    boolean changed,
    List<String> droppedSignals,
    List<VersionLine> versions)
    implements Page {

  @Override
  public String template() {
    return "staff/admin-questionnaire.jte";
  }

  /**
   * One question of the draft, as listed.
   *
   * @param index its place, from 0
   * @param text the question as asked
   * @param kind its kind, in words
   * @param required whether a report must answer it
   * @param options its options' labels, in order; none for a date or text question
   */
  public record QuestionLine(
      int index, Shown text, String kind, boolean required, List<Shown> options) {}

  /**
   * One version kept, as listed.
   *
   * @param number its number
   * @param created when it was added, in words, or null for the built-in one
   * @param current whether reporters answer it now
   * @param awaitingLead whether it waits for a safeguarding lead's confirmation
   * @param canBeMadeCurrent whether an administrator may make it current now
   */
  public record VersionLine(
      int number,
      String created,
      boolean current,
      boolean awaitingLead,
      boolean canBeMadeCurrent) {}
}
