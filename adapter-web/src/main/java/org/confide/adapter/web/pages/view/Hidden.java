package org.confide.adapter.web.pages.view;

/**
 * An answer from another step of the report form, carried in a hidden field so that nothing a
 * reporter has typed is kept on the server before they send it.
 */
public record Hidden(String name, String value) {
  @Override
  public String toString() {
    return "Hidden[" + name + "]";
  }
}
