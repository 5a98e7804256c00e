package org.confide.application.port.in;

import java.util.List;
import java.util.Objects;
import org.confide.domain.content.PageKey;

/** Anyone lists the organisation's pages that reporters are shown, for the links of every page. */
public interface ListOrganisationPagesUseCase {

  /**
   * The pages reporters are shown, in order: not the passages of the report form, and not the
   * privacy notice until the organisation has saved its own.
   *
   * @return each page's key and title in force
   */
  List<PageLink> list();

  /**
   * A page as it is linked.
   *
   * @param key the page
   * @param title its title in force
   */
  record PageLink(PageKey key, String title) {
    /**
     * Refuses a missing part.
     *
     * @throws NullPointerException if a part is null
     */
    public PageLink {
      Objects.requireNonNull(key, "key must not be null");
      Objects.requireNonNull(title, "title must not be null");
    }
  }
}
