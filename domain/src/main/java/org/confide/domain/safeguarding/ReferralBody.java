package org.confide.domain.safeguarding;

import org.confide.domain.shared.FreeText;

/**
 * The organisation a case was referred to, such as a police force or a social services department:
 * one line, not blank, at most 200 characters.
 *
 * @param name the body's name, such as {@code Thames Valley Police}: trimmed, one line, not blank,
 *     at most {@value #MAX_LENGTH} characters
 */
public record ReferralBody(String name) {

  /** The longest name accepted, in characters. */
  public static final int MAX_LENGTH = 200;

  /**
   * A body; trims the name.
   *
   * @throws IllegalArgumentException if the name is null, blank, too long, or holds a line break, a
   *     tab or another control character
   */
  public ReferralBody {
    name = FreeText.require("referral body", name, MAX_LENGTH);
    if (name.indexOf('\n') >= 0 || name.indexOf('\r') >= 0 || name.indexOf('\t') >= 0) {
      throw new IllegalArgumentException("referral body must be a single line");
    }
  }
}
