package org.confide.application.port.out;

import java.util.Map;
import java.util.Optional;
import org.confide.domain.content.OrganisationPage;
import org.confide.domain.content.PageKey;

/**
 * Where the organisation's edited pages and passages are kept. Only edited content is kept: a key
 * with nothing saved is its {@link org.confide.domain.content.DefaultPages default}, which the
 * application supplies.
 */
public interface OrganisationPages {

  /**
   * The content saved under {@code key}.
   *
   * @param key which content
   * @return the content last saved, or empty while it is the default
   */
  Optional<OrganisationPage> find(PageKey key);

  /** {@return the title of every key with content saved, for the links of every page} */
  Map<PageKey, String> savedTitles();

  /**
   * Saves {@code page} under its key, replacing what was saved before.
   *
   * @param page an edited page
   * @throws IllegalArgumentException if {@code page} is a default, never edited
   */
  void save(OrganisationPage page);
}
