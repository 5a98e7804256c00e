package org.confide.adapter.web.pages.view;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What every page's frame needs: whose side it is on (a reporter's pages carry the quick exit), the
 * form token every form posts back, the organisation's name, the closure reporters are told of, the
 * staff member signed in, and on the administrators' pages what remains to set up.
 *
 * @param staffSide whether this is a staff page
 * @param csrf the token each form carries back, bound to this browser
 * @param closure the closure in force or coming soon, shown on every reporter page
 * @param staff the staff member signed in, for the navigation of staff pages
 * @param here the path of the page, to mark the current navigation link
 * @param organisationName the organisation's name, shown on every page once set
 * @param setUp what remains to set up, shown on the administrators' pages; empty elsewhere and once
 *     everything is done
 */
public record Frame(
    boolean staffSide,
    String csrf,
    Optional<ClosureNotice> closure,
    Optional<StaffNav> staff,
    String here,
    Optional<String> organisationName,
    List<SetUpLine> setUp) {

  public Frame {
    Objects.requireNonNull(csrf, "csrf must not be null");
    Objects.requireNonNull(closure, "closure must be Optional, not null");
    Objects.requireNonNull(staff, "staff must be Optional, not null");
    Objects.requireNonNull(here, "here must not be null");
    Objects.requireNonNull(organisationName, "organisation name must be Optional, not null");
    setUp = List.copyOf(setUp);
  }

  /** {@code "page"} when {@code path} is this page, for {@code aria-current}; otherwise null. */
  public String current(String path) {
    return here.equals(path) || here.startsWith(path + "/") ? "page" : null;
  }

  /** The name the site goes by: the organisation's, once set, else Confide's. */
  public String siteName() {
    return organisationName.orElse("Confide");
  }

  /**
   * A closure as reporters are told of it.
   *
   * @param firstDay the first day closed, in words
   * @param lastDay the last day closed, in words
   * @param notice the organisation's notice
   * @param inForce whether it has begun
   */
  public record ClosureNotice(String firstDay, String lastDay, String notice, boolean inForce) {}

  /**
   * One item of the set-up checklist.
   *
   * @param name what to set up
   * @param done whether it is done
   * @param explanation what doing it means, or why it cannot be done yet
   * @param href the page where it is done, or null when there is none
   */
  public record SetUpLine(String name, boolean done, String explanation, String href) {}
}
