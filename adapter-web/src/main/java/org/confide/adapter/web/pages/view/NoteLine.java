package org.confide.adapter.web.pages.view;

/** An internal note as the case page shows it; never shown to a reporter. */
public record NoteLine(String author, String writtenAt, String body) {
  @Override
  public String toString() {
    return "NoteLine[hidden]";
  }
}
