package org.confide.application.port.in;

import java.util.List;
import java.util.Optional;
import org.confide.domain.content.OrganisationPage;
import org.confide.domain.content.PageKey;
import org.confide.domain.shared.Language;

/** Anyone reads one of the organisation's pages or passages, as reporters are shown it. */
public interface ReadOrganisationPageUseCase {

  /**
   * The content in force under {@code key} for a reader of {@code languages}' first: the
   * organisation's own, in the first of {@code languages} it has saved it in, else the default
   * (written in {@link org.confide.domain.content.DefaultPages#WRITTEN_IN}, for the driving adapter
   * to show in the reader's language). A driving adapter passes the reader's language, then the
   * first language offered, so that the organisation's own words are never hidden behind a generic
   * default for want of a translation.
   *
   * @param key which content
   * @param languages the languages to look in, in order of preference; at least one
   * @return the content, its {@link OrganisationPage#language()} the language its words are in, or
   *     empty when reporters are not shown it (the privacy notice until the organisation has saved
   *     its own in one of {@code languages})
   * @throws IllegalArgumentException if {@code languages} is empty
   */
  default Optional<OrganisationPage> read(PageKey key, List<Language> languages) {
    return read(key, languages, List.of());
  }

  /**
   * The content in force under {@code key} as {@link #read(PageKey, List)} finds it, except that a
   * page reporters are not shown unedited (the privacy notice) and not saved in any of {@code
   * languages} is the organisation's own in the first of {@code otherwise} it is saved in, before
   * it is hidden: a reader had better read the notice in another language than none. A page shown
   * unedited is its default instead, in the reader's language.
   *
   * @param key which content
   * @param languages the languages to look in first, in order of preference; at least one
   * @param otherwise the languages to look in last, for a page not shown unedited, in order
   * @return the content, or empty when reporters are not shown it
   * @throws IllegalArgumentException if {@code languages} is empty
   */
  Optional<OrganisationPage> read(PageKey key, List<Language> languages, List<Language> otherwise);
}
