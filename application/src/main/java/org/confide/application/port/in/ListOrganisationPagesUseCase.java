package org.confide.application.port.in;

import java.util.List;
import java.util.Objects;
import org.confide.domain.content.PageKey;
import org.confide.domain.shared.Language;

/** Anyone lists the organisation's pages that reporters are shown, for the links of every page. */
public interface ListOrganisationPagesUseCase {

  /**
   * The pages reporters are shown, in order: not the passages of the report form, and not the
   * privacy notice until the organisation has saved its own (in one of {@code languages}).
   *
   * @param languages the languages to look in, in order of preference, as {@link
   *     ReadOrganisationPageUseCase#read} takes them; at least one
   * @return each page's key and title in force
   * @throws IllegalArgumentException if {@code languages} is empty
   */
  default List<PageLink> list(List<Language> languages) {
    return list(languages, List.of());
  }

  /**
   * The pages reporters are shown as {@link #list(List)} finds them, except that a page not shown
   * unedited (the privacy notice) and saved in none of {@code languages} is listed in the first of
   * {@code otherwise} it is saved in, as {@link ReadOrganisationPageUseCase} reads it.
   *
   * @param languages the languages to look in first, in order of preference; at least one
   * @param otherwise the languages to look in last, for a page not shown unedited, in order
   * @return each page's key and title in force
   * @throws IllegalArgumentException if {@code languages} is empty
   */
  List<PageLink> list(List<Language> languages, List<Language> otherwise);

  /**
   * A page as it is linked.
   *
   * @param key the page
   * @param title its title in force: the organisation's, or the default's
   * @param language the language {@code title} is written in
   * @param edited whether the title is the organisation's own; false for the default's, which a
   *     driving adapter may show in the reader's language
   */
  record PageLink(PageKey key, String title, Language language, boolean edited) {
    /**
     * Refuses a missing part.
     *
     * @throws NullPointerException if a part is null
     */
    public PageLink {
      Objects.requireNonNull(key, "key must not be null");
      Objects.requireNonNull(title, "title must not be null");
      Objects.requireNonNull(language, "language must not be null");
    }
  }
}
