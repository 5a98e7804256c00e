package org.confide.domain.report;

import java.util.Objects;
import java.util.Optional;
import org.confide.domain.shared.FreeText;

/**
 * A named reporter's request for support from an adviser, with an optional preference for an
 * adviser they identify with (for example "a woman", "someone who is LGBTQ+"). The preference is
 * personal, so it is never printed.
 *
 * @param adviserPreference the preference in the reporter's words, if any: trimmed, at most {@value
 *     #MAX_PREFERENCE_LENGTH} characters, no control characters but line breaks and tabs; a blank
 *     one is kept as none
 */
public record SupportRequest(Optional<String> adviserPreference) {

  /** The longest preference we accept, in characters. */
  public static final int MAX_PREFERENCE_LENGTH = 500;

  /**
   * A request; trims the preference, and treats a blank one as none.
   *
   * @throws IllegalArgumentException if the preference is too long or holds a control character
   */
  public SupportRequest {
    Objects.requireNonNull(adviserPreference, "adviser preference must be Optional, not null");
    adviserPreference =
        adviserPreference
            .filter(text -> !text.isBlank())
            .map(
                text -> FreeText.require("support.adviserPreference", text, MAX_PREFERENCE_LENGTH));
  }

  /**
   * Support wanted, no preference stated.
   *
   * @return a request with no preference
   */
  public static SupportRequest withoutPreference() {
    return new SupportRequest(Optional.empty());
  }

  @Override
  public String toString() {
    return "SupportRequest[" + (adviserPreference.isPresent() ? "with" : "no") + " preference]";
  }
}
