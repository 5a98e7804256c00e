package org.confide.domain.shared;

/**
 * What a problem with a piece of text is about, when one rule ({@link ProblemCode#BLANK}, {@link
 * ProblemCode#TOO_LONG}...) is told of several texts: the first argument of those problems. An
 * adapter says it from its own words ({@code problem.subject.<key>}); {@link #english()} is the
 * English the domain's own {@link FieldProblem#message()} uses.
 */
public enum ProblemSubject {
  /** A reporter's account of what happened. */
  ACCOUNT("account", "Your account"),
  /** A reporter's own message. */
  YOUR_MESSAGE("message", "Your message"),
  /** A reporter's name. */
  YOUR_NAME("name", "Your name"),
  /** A reporter's email address. */
  YOUR_EMAIL("email", "Your email address"),
  /** A reporter's phone number. */
  YOUR_PHONE("phone", "Your phone number"),
  /** A reporter's preference of adviser. */
  YOUR_PREFERENCE("preference", "Your preference"),
  /** A staff member's message to a reporter. */
  MESSAGE("staffMessage", "The message"),
  /** An internal note, or an emergency contact's note. */
  NOTE("note", "The note"),
  /** The reason given for a change. */
  REASON("reason", "The reason"),
  /** A safeguarding lead's rationale. */
  RATIONALE("rationale", "The rationale"),
  /** A name (of an account, a contact, an organisation). */
  NAME("theName", "The name"),
  /** A closure's notice to reporters. */
  NOTICE("notice", "The notice"),
  /** An entry of an outcome list or a tag list. */
  ENTRY("entry", "The entry");

  private final String key;
  private final String english;

  ProblemSubject(String key, String english) {
    this.key = key;
    this.english = english;
  }

  /**
   * The stable name an adapter finds its words by.
   *
   * @return for example {@code note}
   */
  public String key() {
    return key;
  }

  /**
   * The subject in English, as a sentence starts with it.
   *
   * @return for example "The note"
   */
  public String english() {
    return english;
  }
}
