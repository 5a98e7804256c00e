package org.confide.domain.access;

import java.util.Objects;

/** What came of reading an access code from what a person typed. */
public sealed interface AccessCodeParse {

  /**
   * The text was a well-formed access code (not necessarily one that exists).
   *
   * @param code the code read
   */
  record Parsed(AccessCode code) implements AccessCodeParse {
    /**
     * A well-formed code.
     *
     * @throws NullPointerException if {@code code} is null
     */
    public Parsed {
      Objects.requireNonNull(code, "code must not be null");
    }
  }

  /**
   * The text cannot be an access code; {@code reason} is fit to show the person and never repeats
   * what they typed.
   *
   * @param reason why, in a sentence such as "An access code has 16 letters and numbers"
   */
  record Malformed(String reason) implements AccessCodeParse {
    /**
     * Text that cannot be a code.
     *
     * @throws NullPointerException if {@code reason} is null
     */
    public Malformed {
      Objects.requireNonNull(reason, "reason must not be null");
    }
  }
}
