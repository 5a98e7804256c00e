package org.confide.domain.content;

import java.util.Arrays;
import java.util.Optional;

/**
 * The organisation's content, one key each: a fixed set, in the order reporters see the pages. A
 * {@linkplain #page() page} is read at {@code /pages/{slug}} and linked from every reporter page's
 * footer; a passage is shown inside the report form and has no page of its own.
 */
public enum PageKey {
  /** What happens after a report, anonymous or named. */
  WHAT_HAPPENS_NEXT("what-happens-next", true, true),
  /** Support services, and how to support a friend. */
  SUPPORT("support", true, true),
  /** What the site leaves on a device, and how to clear it. */
  COVERING_YOUR_TRACKS("covering-your-tracks", true, true),
  /**
   * The privacy notice: its default has blanks for the organisation, so it is shown once edited.
   */
  PRIVACY("privacy", true, false),
  /** The accessibility statement. */
  ACCESSIBILITY("accessibility", true, true),
  /** At the anonymous-or-named step: what an anonymous report can and cannot lead to. */
  ANONYMITY_CHOICE("anonymity-choice", false, true),
  /** Beside the account and every message box: the details of an incident can identify. */
  IDENTIFYING_DETAILS("identifying-details", false, true);

  private final String slug;
  private final boolean page;
  private final boolean shownUnedited;

  PageKey(String slug, boolean page, boolean shownUnedited) {
    this.slug = slug;
    this.page = page;
    this.shownUnedited = shownUnedited;
  }

  /** {@return the key as written in addresses and the API, such as {@code what-happens-next}} */
  public String slug() {
    return slug;
  }

  /** {@return true for a page of its own; false for a passage shown inside the report form} */
  public boolean page() {
    return page;
  }

  /**
   * {@return whether reporters are shown the default before anyone edits it: false only for the
   * privacy notice, whose default has blanks only the organisation can fill}
   */
  public boolean shownUnedited() {
    return shownUnedited;
  }

  /**
   * The key written {@code slug}.
   *
   * @param slug text from outside, such as a path segment
   * @return the key, or empty when no content has that slug
   */
  public static Optional<PageKey> read(String slug) {
    return Arrays.stream(values()).filter(key -> key.slug.equals(slug)).findFirst();
  }
}
