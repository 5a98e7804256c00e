package org.confide.domain.thread;

import org.confide.domain.shared.FreeText;

/**
 * The text of an internal note, under the same rules as a message body but a type of its own, so
 * that a note can never be posted to the reporter by mistake.
 *
 * @param text the text, trimmed; at most {@value #MAX_LENGTH} characters (Unicode code points)
 */
public record NoteBody(String text) {

  /** The longest note accepted, in characters. */
  public static final int MAX_LENGTH = 5000;

  /**
   * A note body; trims the text.
   *
   * @throws IllegalArgumentException if the text is null or breaks a rule
   */
  public NoteBody {
    text = FreeText.require("note body", text, MAX_LENGTH);
  }

  /** Never the text: a note discusses the case. */
  @Override
  public String toString() {
    return "NoteBody[hidden]";
  }
}
