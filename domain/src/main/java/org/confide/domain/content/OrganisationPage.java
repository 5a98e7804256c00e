package org.confide.domain.content;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.confide.domain.shared.Checked;
import org.confide.domain.shared.FieldProblem;
import org.confide.domain.shared.Language;
import org.confide.domain.shared.ProblemCode;

/**
 * One piece of the organisation's content in one language: a title and a body in Markdown
 * (CommonMark), the default until an administrator edits it. An organisation keeps each page in
 * each language it writes it in.
 *
 * @param key which content this is
 * @param language the language its words are in
 * @param title the title, one line of at most {@value #MAX_TITLE} characters
 * @param body the body in Markdown, at most {@value #MAX_BODY} characters
 * @param edited when an administrator last saved it; empty while it is the default
 */
public record OrganisationPage(
    PageKey key, Language language, String title, String body, Optional<Instant> edited) {

  /** The longest title, in characters. */
  public static final int MAX_TITLE = 120;

  /** The longest body, in characters of Markdown. */
  public static final int MAX_BODY = 20_000;

  /**
   * How a default marks a blank the organisation must fill in: {@code [FILL IN: ...]}. A page still
   * holding one is never saved, so reporters never read a blank.
   */
  public static final String BLANK = "[FILL IN";

  /**
   * Checks the invariants.
   *
   * @throws NullPointerException if a part is null
   * @throws IllegalArgumentException if the title or body breaks a bound
   */
  public OrganisationPage {
    Objects.requireNonNull(key, "key must not be null");
    Objects.requireNonNull(language, "language must not be null");
    Objects.requireNonNull(title, "title must not be null");
    Objects.requireNonNull(body, "body must not be null");
    Objects.requireNonNull(edited, "edited must be Optional, not null");
    if (title.isBlank()
        || title.length() > MAX_TITLE
        || body.isBlank()
        || body.length() > MAX_BODY) {
      throw new IllegalArgumentException("a page needs a title and a body within their bounds");
    }
  }

  /**
   * A page as an administrator typed it, or every problem with it, each named {@code title} or
   * {@code body}. The title is stripped; the body's line endings become {@code \n} and it is
   * stripped. Refused: a blank or over-long title or body, a title of more than one line, control
   * characters other than tab and new line, and a blank still marked {@value #BLANK}.
   *
   * @param key which content
   * @param language the language it is written in
   * @param title the title as typed; null is a missing title
   * @param body the body as typed, in Markdown; null is a missing body
   * @param at the moment it is saved, kept to the millisecond
   * @return the page, or the problems
   */
  public static Checked<OrganisationPage> check(
      PageKey key, Language language, String title, String body, Instant at) {
    Objects.requireNonNull(key, "key must not be null");
    Objects.requireNonNull(language, "language must not be null");
    Objects.requireNonNull(at, "at must not be null");
    var problems = new ArrayList<FieldProblem>();
    var cleanTitle = title == null ? "" : title.strip();
    if (cleanTitle.isEmpty()) {
      problems.add(FieldProblem.of("title", ProblemCode.PAGE_TITLE));
    } else if (cleanTitle.length() > MAX_TITLE) {
      problems.add(FieldProblem.of("title", ProblemCode.PAGE_TITLE_TOO_LONG, MAX_TITLE));
    } else if (cleanTitle.chars().anyMatch(c -> Character.isISOControl(c))) {
      problems.add(FieldProblem.of("title", ProblemCode.PAGE_TITLE_LINE));
    } else if (marked(cleanTitle)) {
      problems.add(FieldProblem.of("title", ProblemCode.PAGE_TITLE_FILL_IN));
    }
    var cleanBody = body == null ? "" : body.replace("\r\n", "\n").replace('\r', '\n').strip();
    if (cleanBody.isEmpty()) {
      problems.add(FieldProblem.of("body", ProblemCode.PAGE_BODY));
    } else if (cleanBody.length() > MAX_BODY) {
      problems.add(
          FieldProblem.of("body", ProblemCode.PAGE_BODY_TOO_LONG, MAX_BODY, cleanBody.length()));
    } else if (cleanBody
        .chars()
        .anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\t')) {
      problems.add(FieldProblem.of("body", ProblemCode.PAGE_BODY_CONTROL));
    } else if (marked(cleanBody)) {
      problems.add(FieldProblem.of("body", ProblemCode.PAGE_BODY_FILL_IN));
    }
    return Checked.unless(
        problems,
        // To the millisecond, as every store keeps it.
        () ->
            new OrganisationPage(
                key,
                language,
                cleanTitle,
                cleanBody,
                Optional.of(at.truncatedTo(ChronoUnit.MILLIS))));
  }

  private static boolean marked(String text) {
    return text.toUpperCase(Locale.ROOT).contains(BLANK);
  }

  /** {@return whether it is the default, never edited} */
  public boolean isDefault() {
    return edited.isEmpty();
  }

  /**
   * {@return whether reporters are shown it: a passage always; a page once edited, or from the
   * start when its default needs no blank filled}
   */
  public boolean shownToReporters() {
    return key.shownUnedited() || edited.isPresent();
  }

  @Override
  public String toString() {
    // The content is the organisation's and public once shown, but long: never printed whole.
    return "OrganisationPage["
        + key.slug()
        + ", "
        + language
        + (isDefault() ? ", default" : ", edited")
        + "]";
  }
}
