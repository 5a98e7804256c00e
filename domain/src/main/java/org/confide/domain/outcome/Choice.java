package org.confide.domain.outcome;

import java.util.Objects;
import org.confide.domain.shared.OwnText;

/**
 * One entry of an outcome or tag list.
 *
 * @param key its stable key
 * @param label the words staff read, as the administrator typed them, in each language written
 * @param retired whether it was taken off the list while in use: no case closes with it any more,
 *     and the cases closed with it keep it
 */
public record Choice(ChoiceKey key, OwnText label, boolean retired) {

  /**
   * Refuses a missing component ({@link OwnText} is never blank).
   *
   * @throws NullPointerException if a component is null
   */
  public Choice {
    Objects.requireNonNull(key, "key must not be null");
    Objects.requireNonNull(label, "label must not be null");
  }

  /**
   * An entry whose label is a plain text, the organisation's first language's.
   *
   * @param key its stable key
   * @param label the words staff read
   * @param retired whether it was taken off the list while in use
   * @throws IllegalArgumentException if the label is blank
   */
  public Choice(ChoiceKey key, String label, boolean retired) {
    this(key, OwnText.of(label), retired);
  }
}
