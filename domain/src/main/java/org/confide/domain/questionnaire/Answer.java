package org.confide.domain.questionnaire;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One answer, already checked against its question. The shapes follow the question kinds; a text
 * answer never prints itself, because it may name a person or a place.
 */
public sealed interface Answer {

  /** The option chosen for a single-choice question. */
  record SingleChoice(OptionId option) implements Answer {
    public SingleChoice {
      Objects.requireNonNull(option, "option must not be null");
    }
  }

  /** The options chosen for a multiple-choice question, in questionnaire order, no repeats. */
  record MultipleChoice(List<OptionId> options) implements Answer {
    public MultipleChoice {
      Objects.requireNonNull(options, "options must not be null");
      options = List.copyOf(options);
      if (options.isEmpty()) {
        throw new IllegalArgumentException("options must name at least one option");
      }
      if (options.stream().distinct().count() != options.size()) {
        throw new IllegalArgumentException("options must not repeat an option");
      }
    }
  }

  /** A date, such as when something happened. */
  record Date(LocalDate date) implements Answer {
    public Date {
      Objects.requireNonNull(date, "date must not be null");
    }
  }

  /** Free text; never blank. */
  record Text(String text) implements Answer {
    public Text {
      Objects.requireNonNull(text, "text must not be null");
      if (text.isBlank()) {
        throw new IllegalArgumentException("text must not be blank");
      }
    }

    @Override
    public String toString() {
      return "Text[" + text.length() + " characters]";
    }
  }
}
