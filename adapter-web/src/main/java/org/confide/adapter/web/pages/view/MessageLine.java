package org.confide.adapter.web.pages.view;

/**
 * One message of a thread as a page shows it.
 *
 * @param fromReporter whether the reporter wrote it
 * @param author who wrote it: "You", "Case adviser", or to staff the adviser's name
 * @param sentAt when, in words
 */
public record MessageLine(boolean fromReporter, String author, String sentAt, String body) {
  @Override
  public String toString() {
    return "MessageLine[hidden]";
  }
}
