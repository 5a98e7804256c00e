package org.confide.adapter.web.pages.view;

import java.util.List;

/**
 * The page {@code staff/sessions.jte}: where the member is signed in, each session with a button
 * that ends it.
 *
 * @param frame the frame around the page
 * @param notice what was just done, or null
 * @param sessions the member's active sessions, oldest first
 */
public record SessionsPage(Frame frame, String notice, List<Row> sessions) implements Page {

  /**
   * One session, in words.
   *
   * @param id its id, in the address of the form that ends it
   * @param started when it began
   * @param lastUsed when it was last used
   * @param expires when it ends unless used again
   * @param current whether it is this browser's
   */
  public record Row(String id, String started, String lastUsed, String expires, boolean current) {}

  @Override
  public String template() {
    return "staff/sessions.jte";
  }
}
