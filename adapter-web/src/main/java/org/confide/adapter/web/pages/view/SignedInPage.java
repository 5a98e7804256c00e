package org.confide.adapter.web.pages.view;

/**
 * The page {@code staff/signed-in.jte}, shown once on the way back from the organisation's identity
 * provider: it moves on to the staff pages at once. The browser came here from another site, so it
 * would not send this site's strict session cookie on a redirect; a navigation from this page is
 * this site's own, and does.
 */
public record SignedInPage(Frame frame) implements Page {

  @Override
  public String template() {
    return "staff/signed-in.jte";
  }
}
