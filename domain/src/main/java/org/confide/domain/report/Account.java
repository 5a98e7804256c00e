package org.confide.domain.report;

import org.confide.domain.shared.FreeText;

/**
 * The reporter's own account of what happened, in their words; never printed.
 *
 * @param text the account: trimmed, not blank, at most {@value #MAX_LENGTH} characters (Unicode
 *     code points), no control characters but line breaks and tabs
 */
public record Account(String text) {

  /** The longest account we accept, in characters. */
  public static final int MAX_LENGTH = 20_000;

  /**
   * An account; trims the text. For what a reporter typed, {@link Intake#check} tells the problem
   * instead of throwing.
   *
   * @throws IllegalArgumentException if the text is null or breaks a rule
   */
  public Account {
    text = FreeText.require("account", text, MAX_LENGTH);
  }

  @Override
  public String toString() {
    return "Account[" + text.codePointCount(0, text.length()) + " characters]";
  }
}
