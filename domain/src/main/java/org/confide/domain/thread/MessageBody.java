package org.confide.domain.thread;

import org.confide.domain.shared.FreeText;

/**
 * The text of a message: trimmed, not blank, at most 5,000 characters, no control characters but
 * line breaks and tabs.
 *
 * @param text the text, trimmed; at most {@value #MAX_LENGTH} characters (Unicode code points)
 */
public record MessageBody(String text) {

  /** The longest body accepted, in characters. */
  public static final int MAX_LENGTH = 5000;

  /**
   * A message body; trims the text.
   *
   * @throws IllegalArgumentException if the text is null or breaks a rule
   */
  public MessageBody {
    text = FreeText.require("message body", text, MAX_LENGTH);
  }

  /** Never the text: it may say who the reporter is or what happened to them. */
  @Override
  public String toString() {
    return "MessageBody[hidden]";
  }
}
