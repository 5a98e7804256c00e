package org.confide.application.port.out;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.confide.domain.content.OrganisationPage;
import org.confide.domain.content.PageKey;
import org.confide.domain.shared.Language;

/**
 * Where the organisation's edited pages and passages are kept, each in every language it was saved
 * in. Only edited content is kept: a key with nothing saved in a language is the {@link
 * org.confide.domain.content.DefaultPages default} there, which the application supplies.
 */
public interface OrganisationPages {

  /**
   * The content saved under {@code key} in {@code language}.
   *
   * @param key which content
   * @param language the language it was saved in
   * @return the content last saved in that language, or empty while there is none
   */
  Optional<OrganisationPage> find(PageKey key, Language language);

  /**
   * The content saved under {@code key} in the first of {@code languages} it was saved in: what a
   * reader is shown, in the order of the languages they read. A store answers it from one look;
   * this default looks in each language in turn.
   *
   * @param key which content
   * @param languages the languages to look in, in order
   * @return the content last saved in the first of them it was saved in, or empty while there is
   *     none in any
   */
  default Optional<OrganisationPage> findFirst(PageKey key, List<Language> languages) {
    for (var language : languages) {
      var saved = find(key, language);
      if (saved.isPresent()) {
        return saved;
      }
    }
    return Optional.empty();
  }

  /**
   * {@return the title of every key with content saved, by key and then by the language it was
   * saved in, for the links of every page and the administrator's list}
   */
  Map<PageKey, Map<Language, String>> savedTitles();

  /**
   * Saves {@code page} under its key and language, replacing what was saved there before; what is
   * saved in another language stays.
   *
   * @param page an edited page
   * @throws IllegalArgumentException if {@code page} is a default, never edited
   */
  void save(OrganisationPage page);
}
