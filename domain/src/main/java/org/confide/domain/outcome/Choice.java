package org.confide.domain.outcome;

import java.util.Objects;

/**
 * One entry of an outcome or tag list.
 *
 * @param key its stable key
 * @param label the words staff read, as the administrator typed them
 * @param retired whether it was taken off the list while in use: no case closes with it any more,
 *     and the cases closed with it keep it
 */
public record Choice(ChoiceKey key, String label, boolean retired) {

  /**
   * Refuses a missing or blank component.
   *
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if the label is blank
   */
  public Choice {
    Objects.requireNonNull(key, "key must not be null");
    Objects.requireNonNull(label, "label must not be null");
    if (label.isBlank()) {
      throw new IllegalArgumentException("label must not be blank");
    }
  }
}
