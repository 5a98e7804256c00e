package org.confide.domain.thread;

/** Which side of the conversation wrote a message; staff appear to the reporter as a team. */
public enum AuthorSide {
  /** The reporter, who is never identified in a thread. */
  REPORTER,
  /** The case team, shown to the reporter as one. */
  STAFF;

  /**
   * The side that reads what this side writes.
   *
   * @return {@link #STAFF} for the reporter, {@link #REPORTER} for staff
   */
  public AuthorSide other() {
    return this == REPORTER ? STAFF : REPORTER;
  }
}
