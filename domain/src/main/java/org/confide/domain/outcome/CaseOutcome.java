package org.confide.domain.outcome;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.confide.domain.shared.Checked;
import org.confide.domain.shared.FieldProblem;
import org.confide.domain.shared.ProblemCode;

/**
 * How a closed case ended: the outcome chosen from the administrator's list (none only when the
 * list offered none) and the tags, none or several.
 *
 * @param outcome the outcome's key, if one was chosen
 * @param tags the tags' keys, in the order chosen
 */
public record CaseOutcome(Optional<ChoiceKey> outcome, Set<ChoiceKey> tags) {

  /**
   * Refuses a missing component; the tags are copied in order, so the record never changes.
   *
   * @throws NullPointerException if a component is null
   */
  public CaseOutcome {
    Objects.requireNonNull(outcome, "outcome must be Optional, not null");
    tags = java.util.Collections.unmodifiableSet(new LinkedHashSet<>(tags));
  }

  /**
   * The outcome and tags staff chose when closing a case, or every problem with them: no outcome
   * while the list offers some, or an outcome or tag that the lists do not offer (a retired one
   * included), named {@code outcome} and {@code tags[i]}.
   *
   * @param outcomes the outcome list in force
   * @param tags the tag list in force
   * @param outcome the outcome's key as sent, if any
   * @param chosenTags the tags' keys as sent
   * @return the case's outcome, or the problems
   */
  public static Checked<CaseOutcome> check(
      Choices outcomes, Choices tags, Optional<String> outcome, List<String> chosenTags) {
    var problems = new ArrayList<FieldProblem>();
    var chosen = outcome.map(String::strip).filter(text -> !text.isEmpty());
    Optional<ChoiceKey> key = Optional.empty();
    if (chosen.isEmpty()) {
      if (!outcomes.offered().isEmpty()) {
        problems.add(FieldProblem.of("outcome", ProblemCode.OUTCOME_CHOOSE, list(outcomes)));
      }
    } else {
      key = offered(outcomes, chosen.get());
      if (key.isEmpty()) {
        problems.add(FieldProblem.of("outcome", ProblemCode.OUTCOME_NOT_ONE, list(outcomes)));
      }
    }
    var tagKeys = new LinkedHashSet<ChoiceKey>();
    for (int i = 0; i < chosenTags.size(); i++) {
      var text = Objects.requireNonNullElse(chosenTags.get(i), "").strip();
      var tag = offered(tags, text);
      if (tag.isEmpty()) {
        problems.add(
            tags.offered().isEmpty()
                ? FieldProblem.of("tags[" + i + "]", ProblemCode.TAGS_NONE)
                : FieldProblem.of("tags[" + i + "]", ProblemCode.TAG_NOT_ONE, list(tags)));
      } else {
        tagKeys.add(tag.get());
      }
    }
    var value = key;
    return Checked.unless(problems, () -> new CaseOutcome(value, tagKeys));
  }

  private static Optional<ChoiceKey> offered(Choices choices, String text) {
    return ChoiceKey.read(text).flatMap(choices::find).filter(c -> !c.retired()).map(Choice::key);
  }

  private static String list(Choices choices) {
    return String.join(", ", choices.offered().stream().map(c -> c.key().value()).toList());
  }
}
