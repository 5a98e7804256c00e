package org.confide.domain.safeguarding;

import org.confide.domain.shared.FreeText;

/**
 * Why a safeguarding step was taken, in the words of the person who took it: trimmed, not blank, at
 * most 4,000 characters. Every step needs one, because a referral or a decision not to refer may
 * have to be justified later to the reporter, a regulator or a court.
 *
 * @param text the rationale: trimmed, not blank, at most {@value #MAX_LENGTH} characters, no
 *     control characters but line breaks and tabs
 */
public record Rationale(String text) {

  /** The longest rationale accepted, in characters. */
  public static final int MAX_LENGTH = 4000;

  /**
   * A rationale; trims the text.
   *
   * @throws IllegalArgumentException if the text is null or breaks a rule
   */
  public Rationale {
    text = FreeText.require("rationale", text, MAX_LENGTH);
  }

  /** Never the text: it discusses the case. */
  @Override
  public String toString() {
    return "Rationale[hidden]";
  }
}
