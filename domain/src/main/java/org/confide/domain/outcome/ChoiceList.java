package org.confide.domain.outcome;

/** The two lists an administrator keeps for closing cases. */
public enum ChoiceList {
  /** How a case ended; one is chosen when a case closes, while the list has any. */
  OUTCOMES("outcomes"),
  /** Free labels for a closed case, none or several; the list is empty until one is added. */
  TAGS("tags");

  private final String field;

  ChoiceList(String field) {
    this.field = field;
  }

  /** {@return the list's name in the API and in problems, such as {@code outcomes}} */
  public String field() {
    return field;
  }
}
