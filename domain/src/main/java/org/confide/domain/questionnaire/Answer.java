package org.confide.domain.questionnaire;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;

/**
 * One answer, already checked against its question. The shapes follow the question kinds; a text
 * answer never prints itself, because it may name a person or a place.
 */
public sealed interface Answer {

  /**
   * Whether this answer chose {@code option}: the single choice is it, or the multiple choice holds
   * it; an answer of another kind chose no option.
   *
   * @param option an option's id
   * @return true if it was chosen
   */
  default boolean chose(OptionId option) {
    return switch (this) {
      case SingleChoice single -> single.option().equals(option);
      case MultipleChoice multiple -> multiple.options().contains(option);
      case Date date -> false;
      case Month month -> false;
      case MoreThanAYearAgo longAgo -> false;
      case Text text -> false;
    };
  }

  /**
   * The option chosen for a single-choice question.
   *
   * @param option the id of the option chosen
   */
  record SingleChoice(OptionId option) implements Answer {
    /**
     * One option chosen.
     *
     * @throws NullPointerException if {@code option} is null
     */
    public SingleChoice {
      Objects.requireNonNull(option, "option must not be null");
    }
  }

  /**
   * The options chosen for a multiple-choice question, in questionnaire order, no repeats.
   *
   * @param options the ids of the options chosen: at least one, none twice
   */
  record MultipleChoice(List<OptionId> options) implements Answer {
    /**
     * The options chosen; keeps an unmodifiable copy.
     *
     * @throws IllegalArgumentException if there is no option or one is repeated
     */
    public MultipleChoice {
      Objects.requireNonNull(options, "options must not be null");
      options = List.copyOf(options);
      if (options.isEmpty()) {
        throw new IllegalArgumentException("options must name at least one option");
      }
      if (options.size() > 1 && new HashSet<>(options).size() != options.size()) {
        throw new IllegalArgumentException("options must not repeat an option");
      }
    }
  }

  /**
   * A date, such as when something happened.
   *
   * @param date the day given; when read from raw answers, from 1900-01-01 to the reporter's today
   */
  record Date(LocalDate date) implements Answer {
    /**
     * A date answer.
     *
     * @throws NullPointerException if {@code date} is null
     */
    public Date {
      Objects.requireNonNull(date, "date must not be null");
    }
  }

  /**
   * A month and year, for someone who remembers when something happened but not the day: the
   * question's hint may say "a rough date is fine", and this is how rough it may be.
   *
   * @param month the month given; when read from raw answers, from January 1900 to the reporter's
   *     current month
   */
  record Month(YearMonth month) implements Answer {
    /**
     * A month answer.
     *
     * @throws NullPointerException if {@code month} is null
     */
    public Month {
      Objects.requireNonNull(month, "month must not be null");
    }
  }

  /**
   * For a date question, that it happened more than a year before the reporter answered: for
   * someone who cannot place it closer than that. Given as {@value #VALUE}.
   */
  record MoreThanAYearAgo() implements Answer {
    /** The raw answer that stands for this one, in place of a date. */
    public static final String VALUE = "more-than-a-year-ago";
  }

  /**
   * Free text; never blank.
   *
   * @param text what the reporter wrote, with line breaks as {@code \n}; it may name a person or a
   *     place
   */
  record Text(String text) implements Answer {
    /**
     * A text answer; the text is kept as given.
     *
     * @throws IllegalArgumentException if the text is blank
     */
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
