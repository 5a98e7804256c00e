package org.confide.domain.questionnaire;

import java.util.Objects;
import java.util.Optional;

/**
 * One option of a choice question: a stable id, the words shown, and any safeguarding signal.
 *
 * @param id the option's id, unique within its question and stable across versions
 * @param label the words shown to the reporter, in each language written: each 1 to {@value
 *     #MAX_LABEL} characters, stored trimmed
 * @param signal what choosing it tells the safeguarding policy, if anything
 */
public record Option(OptionId id, Words label, Optional<SafeguardingSignal> signal) {

  /** The longest label, in characters. */
  public static final int MAX_LABEL = 200;

  /**
   * An option.
   *
   * @throws IllegalArgumentException if the label is blank or too long
   */
  public Option {
    Objects.requireNonNull(id, "option id must not be null");
    Objects.requireNonNull(label, "option label must not be null");
    Objects.requireNonNull(signal, "option signal must not be null");
    if (!Question.fits(label, MAX_LABEL)) {
      throw new IllegalArgumentException(
          "option label of " + id + " must be 1 to " + MAX_LABEL + " characters");
    }
  }

  /**
   * An option that signals nothing.
   *
   * @param id the option's id, such as {@code on-campus}
   * @param label the words shown
   * @return the option
   * @throws IllegalArgumentException if the id is not well formed or the label breaks a rule
   */
  public static Option of(String id, String label) {
    return new Option(OptionId.of(id), Words.of(label), Optional.empty());
  }

  /**
   * An option whose choice raises {@code signal}.
   *
   * @param id the option's id, such as {@code yes}
   * @param label the words shown
   * @param signal what choosing it tells the safeguarding policy
   * @return the option
   * @throws IllegalArgumentException if the id is not well formed or the label breaks a rule
   */
  public static Option of(String id, String label, SafeguardingSignal signal) {
    return new Option(OptionId.of(id), Words.of(label), Optional.of(signal));
  }
}
