package org.confide.domain.questionnaire;

import java.util.Objects;
import java.util.Optional;

/** One option of a choice question: a stable id, the words shown, and any safeguarding signal. */
public record Option(OptionId id, String label, Optional<SafeguardingSignal> signal) {

  /** The longest label, in characters. */
  public static final int MAX_LABEL = 200;

  public Option {
    Objects.requireNonNull(id, "option id must not be null");
    Objects.requireNonNull(label, "option label must not be null");
    Objects.requireNonNull(signal, "option signal must not be null");
    label = label.strip();
    if (label.isEmpty() || label.length() > MAX_LABEL) {
      throw new IllegalArgumentException(
          "option label must be 1 to " + MAX_LABEL + " characters, was " + label.length());
    }
  }

  /** An option that signals nothing. */
  public static Option of(String id, String label) {
    return new Option(OptionId.of(id), label, Optional.empty());
  }

  /** An option whose choice raises {@code signal}. */
  public static Option of(String id, String label, SafeguardingSignal signal) {
    return new Option(OptionId.of(id), label, Optional.of(signal));
  }
}
