package org.confide.domain.thread;

/** Which side of the conversation wrote a message; staff appear to the reporter as a team. */
public enum AuthorSide {
  REPORTER,
  STAFF;

  /** The side that reads what this side writes. */
  public AuthorSide other() {
    return this == REPORTER ? STAFF : REPORTER;
  }
}
