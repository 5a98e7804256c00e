package org.confide.adapter.web.pages;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.confide.adapter.web.i18n.Texts;
import org.confide.adapter.web.pages.view.FormError;
import org.confide.application.port.in.Failure;
import org.confide.domain.shared.FieldProblem;

/**
 * The problems the use cases behind the case-work forms name, in the page's language. A use case
 * words a problem in English for the API; a page shows it from the bundles: the free-text rules
 * ({@code FreeText}: "The note must not be blank") by what was written and the rule broken, and the
 * fixed sentences by their message key. A problem not known here is shown as the use case worded
 * it.
 */
final class StaffProblems {

  // What FreeText says of a text, after its subject: "The reason must be at most 1000 characters".
  private static final Pattern FREE_TEXT =
      Pattern.compile(
          "The (message|note|reason|rationale) (must not be blank|must not contain control"
              + " characters|must be at most (\\d+) characters)");

  // The use cases' fixed sentences, by the message that says them in every language.
  private static final Map<String, String> FIXED =
      Map.of(
          Failure.ChangedMeanwhile.REASON,
          "case.problem.changedMeanwhile",
          "Choose an active adviser's email address",
          "case.problem.assigneeNotAnAddress",
          "Choose an adviser of this case's team",
          "case.problem.assigneeOtherTeam",
          "This adviser is excluded from this case (a conflict of interest): choose another",
          "case.problem.assigneeExcluded",
          "An outcome and tags are given only when closing a case",
          "case.problem.onlyWhenClosing",
          "Choose an adviser by their email address or staff id",
          "case.problem.adviser",
          "Name who it was referred to, on one line (for example the police force)",
          "escalation.problem.referredTo",
          "Enter the email address the reporter gave, such as sam@example.ac.uk",
          "subjectAccess.problem.email");

  private StaffProblems() {}

  /** {@code message}, a use case's problem or refusal, in the words of {@code texts}. */
  static String words(String message, Texts texts) {
    var free = FREE_TEXT.matcher(message);
    if (free.matches()) {
      var key = "problem." + free.group(1) + ".";
      if (free.group(3) != null) {
        return texts.text(key + "tooLong", Integer.parseInt(free.group(3)));
      }
      return texts.text(key + (free.group(2).contains("blank") ? "blank" : "control"));
    }
    return Optional.ofNullable(FIXED.get(message)).map(texts::text).orElse(message);
  }

  /** A use case's problem beside the field {@code anchor}, in the words of {@code texts}. */
  static FormError error(String anchor, FieldProblem problem, Texts texts) {
    return new FormError(anchor, words(problem.message(), texts));
  }
}
