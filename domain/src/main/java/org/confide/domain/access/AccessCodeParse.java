package org.confide.domain.access;

import java.util.Objects;

/** What came of reading an access code from what a person typed. */
public sealed interface AccessCodeParse {

  /** The text was a well-formed access code (not necessarily one that exists). */
  record Parsed(AccessCode code) implements AccessCodeParse {
    public Parsed {
      Objects.requireNonNull(code, "code must not be null");
    }
  }

  /**
   * The text cannot be an access code; {@code reason} is fit to show the person and never repeats
   * what they typed.
   */
  record Malformed(String reason) implements AccessCodeParse {
    public Malformed {
      Objects.requireNonNull(reason, "reason must not be null");
    }
  }
}
