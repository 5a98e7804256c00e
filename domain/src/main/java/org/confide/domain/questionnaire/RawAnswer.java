package org.confide.domain.questionnaire;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * An answer as it arrived from a form or a JSON body, not yet checked: one value, or several. It
 * may hold anything a reporter typed, so it never prints its content.
 */
public sealed interface RawAnswer {

  /** The values given, in the order given. */
  List<String> values();

  /** One value, such as an option id, an ISO date or some text. */
  static RawAnswer of(String value) {
    return new Single(value);
  }

  /** Several values, such as the option ids of a multiple choice. */
  static RawAnswer of(String first, String... more) {
    var values = new ArrayList<String>();
    values.add(first);
    values.addAll(List.of(more));
    return new Many(values);
  }

  /** A single value. */
  record Single(String value) implements RawAnswer {
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

  /** A list of values. */
  record Many(List<String> values) implements RawAnswer {
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
