package org.confide.domain.questionnaire;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * An answer as it arrived from a form or a JSON body, not yet checked: one value, or several. It
 * may hold anything a reporter typed, so it never prints its content.
 */
public sealed interface RawAnswer {

  /**
   * The values given, in the order given.
   *
   * @return the values as they arrived, untrimmed, blanks included
   */
  List<String> values();

  /**
   * One value, such as an option id, an ISO date or some text.
   *
   * @param value the value as it arrived
   * @return a {@link Single}
   */
  static RawAnswer of(String value) {
    return new Single(value);
  }

  /**
   * Several values, such as the option ids of a multiple choice.
   *
   * @param first the first value
   * @param more the other values, in order
   * @return a {@link Many} holding them all
   */
  static RawAnswer of(String first, String... more) {
    var values = new ArrayList<String>();
    values.add(first);
    values.addAll(List.of(more));
    return new Many(values);
  }

  /**
   * A single value.
   *
   * @param value the value as it arrived, untrimmed
   */
  record Single(String value) implements RawAnswer {
    /**
     * A single value.
     *
     * @throws NullPointerException if {@code value} is null
     */
    public Single {
      Objects.requireNonNull(value, "answer value must not be null");
    }

    @Override
    public List<String> values() {
      return List.of(value);
    }

    @Override
    public String toString() {
      return "Single[" + value.length() + " characters]";
    }
  }

  /**
   * A list of values.
   *
   * @param values the values as they arrived, in order; possibly none
   */
  record Many(List<String> values) implements RawAnswer {
    /**
     * A list of values; keeps an unmodifiable copy.
     *
     * @throws NullPointerException if the list or a value in it is null
     */
    public Many {
      Objects.requireNonNull(values, "answer values must not be null");
      values = List.copyOf(values);
    }

    @Override
    public String toString() {
      return "Many[" + values.size() + " values]";
    }
  }
}
