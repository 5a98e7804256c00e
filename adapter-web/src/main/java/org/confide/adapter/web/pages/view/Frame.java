package org.confide.adapter.web.pages.view;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.confide.domain.content.PageKey;

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
 * @param pages the organisation's pages reporters are shown, linked from every reporter page's
 *     footer; empty on staff pages
 * @param passages the organisation's passages of the report form, read only by the pages that show
 *     them; none on staff pages
 */
public record Frame(
    boolean staffSide,
    String csrf,
    Optional<ClosureNotice> closure,
    Optional<StaffNav> staff,
    String here,
    Optional<String> organisationName,
    List<SetUpLine> setUp,
    List<PageLink> pages,
    Passages passages) {

  public Frame {
    Objects.requireNonNull(csrf, "csrf must not be null");
    Objects.requireNonNull(closure, "closure must be Optional, not null");
    Objects.requireNonNull(staff, "staff must be Optional, not null");
    Objects.requireNonNull(here, "here must not be null");
    Objects.requireNonNull(organisationName, "organisation name must be Optional, not null");
    setUp = List.copyOf(setUp);
    pages = List.copyOf(pages);
    Objects.requireNonNull(passages, "passages must not be null");
  }

  /** {@return what an anonymous report can and cannot lead to, for the anonymous-or-named step} */
  public Optional<Passage> anonymityChoice() {
    return passages.of(PageKey.ANONYMITY_CHOICE);
  }

  /** {@return that the details of an incident can identify, beside the account and messages} */
  public Optional<Passage> identifyingDetails() {
    return passages.of(PageKey.IDENTIFYING_DETAILS);
  }

  /**
   * One of the organisation's pages, as linked.
   *
   * @param title its title
   * @param href its address, {@code /pages/{slug}}
   */
  public record PageLink(String title, String href) {}

  /**
   * One of the organisation's passages, ready to show.
   *
   * @param title its title
   * @param html its body as safe HTML (see {@code SafeMarkdown})
   */
  public record Passage(String title, String html) {}

  /** The organisation's passages, read when a page shows one. */
  @FunctionalInterface
  public interface Passages {
    /**
     * The passage of {@code key}.
     *
     * @param key a passage's key
     * @return the passage in force, or empty when it cannot be read
     */
    Optional<Passage> of(PageKey key);

    /** {@return no passages, for staff pages} */
    static Passages none() {
      return key -> Optional.empty();
    }
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
   * @param noticeHtml the organisation's notice, in Markdown rendered as safe HTML
   * @param inForce whether it has begun
   */
  public record ClosureNotice(
      String firstDay, String lastDay, String noticeHtml, boolean inForce) {}

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
