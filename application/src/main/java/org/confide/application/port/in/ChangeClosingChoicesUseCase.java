package org.confide.application.port.in;

import java.util.List;
import java.util.Objects;
import org.confide.domain.outcome.ChoiceList;
import org.confide.domain.outcome.Choices;
import org.confide.domain.shared.OwnText;

/** An administrator changes the list of outcomes, or of tags, that cases are closed with. */
public interface ChangeClosingChoicesUseCase {

  /**
   * Makes {@code command.labels()} the entries offered, in that order. An entry left out that a
   * closed case uses is retired, not removed, so the case keeps it; one nobody uses is removed. A
   * blank, overlong or repeated label, or too many, is {@link Failure.Invalid} naming each by its
   * place ({@code outcomes[2]}, {@code outcomes[2].cy}). Audited by counts, never by the labels.
   *
   * @param session the acting administrator's session, from {@link LogInStaffUseCase}
   * @param command which list, and its labels
   * @return the list as saved, or why not (one of {@link StaffRequestFailure})
   */
  Outcome<Choices, StaffRequestFailure> change(SessionToken session, Command command);

  /**
   * Which list, and its labels.
   *
   * @param list outcomes or tags
   * @param labels the labels as typed, each plain (the organisation's first language's) or in each
   *     language, in the order to offer them
   */
  record Command(ChoiceList list, List<OwnText.Typed> labels) {
    /**
     * Refuses a missing component; copies the labels.
     *
     * @throws NullPointerException if a component is null
     */
    public Command {
      Objects.requireNonNull(list, "list must not be null");
      labels = List.copyOf(labels);
    }

    /**
     * A command whose labels are plain texts, the organisation's first language's.
     *
     * @param list outcomes or tags
     * @param labels the labels as typed
     * @return the command
     */
    public static Command plain(ChoiceList list, List<String> labels) {
      return new Command(list, labels.stream().map(label -> OwnText.Typed.plain(label)).toList());
    }
  }
}
