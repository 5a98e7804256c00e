package org.confide.adapter.web.pages.view;

import java.util.Objects;
import java.util.Optional;

/**
 * What every page's frame needs: whose side it is on (a reporter's pages carry the quick exit), the
 * form token every form posts back, the closure notice in force, and the staff member signed in.
 *
 * @param staffSide whether this is a staff page
 * @param csrf the token each form carries back, bound to this browser
 * @param closureNotice the notice of a closure in force, shown on every reporter page
 * @param staff the staff member signed in, for the navigation of staff pages
 * @param here the path of the page, to mark the current navigation link
 */
public record Frame(
    boolean staffSide,
    String csrf,
    Optional<String> closureNotice,
    Optional<StaffNav> staff,
    String here) {

  public Frame {
    Objects.requireNonNull(csrf, "csrf must not be null");
    Objects.requireNonNull(closureNotice, "closure notice must be Optional, not null");
    Objects.requireNonNull(staff, "staff must be Optional, not null");
    Objects.requireNonNull(here, "here must not be null");
  }

  /** {@code "page"} when {@code path} is this page, for {@code aria-current}; otherwise null. */
  public String current(String path) {
    return here.equals(path) || here.startsWith(path + "/") ? "page" : null;
  }
}
