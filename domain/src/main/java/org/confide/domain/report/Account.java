package org.confide.domain.report;

import org.confide.domain.shared.FreeText;

/** The reporter's own account of what happened, in their words; never printed. */
public record Account(String text) {

  /** The longest account we accept, in characters. */
  public static final int MAX_LENGTH = 20_000;

  public Account {
    text = FreeText.require("account", text, MAX_LENGTH);
  }

  @Override
  public String toString() {
    return "Account[" + text.codePointCount(0, text.length()) + " characters]";
  }
}
