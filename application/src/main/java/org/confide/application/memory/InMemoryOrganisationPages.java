package org.confide.application.memory;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.confide.application.port.out.OrganisationPages;
import org.confide.domain.content.OrganisationPage;
import org.confide.domain.content.PageKey;
import org.confide.domain.shared.Language;

/**
 * {@link OrganisationPages} in memory: nothing saved, so every page is its default, until edited.
 */
public final class InMemoryOrganisationPages implements OrganisationPages {

  /** A page's place: its key and the language it is written in. */
  private record Place(PageKey key, Language language) {}

  private final InMemoryStore<Place, OrganisationPage> pages;

  /**
   * An empty store that takes part in {@code transactions}: give every store of one application the
   * same instance, so that a use case's writes to all of them commit or roll back together.
   *
   * @param transactions the transactions shared by the application's in-memory stores
   */
  public InMemoryOrganisationPages(InMemoryTransactions transactions) {
    this.pages = new InMemoryStore<>(transactions);
  }

  @Override
  public Optional<OrganisationPage> find(PageKey key, Language language) {
    return pages.get(
        new Place(
            Objects.requireNonNull(key, "key must not be null"),
            Objects.requireNonNull(language, "language must not be null")));
  }

  @Override
  public Map<PageKey, Map<Language, String>> savedTitles() {
    return pages.read(saved -> {
      var titles = new EnumMap<PageKey, Map<Language, String>>(PageKey.class);
      for (var page : saved.values()) {
        titles
            .computeIfAbsent(page.key(), key -> new LinkedHashMap<>())
            .put(page.language(), page.title());
      }
      return titles;
    });
  }

  @Override
  public void save(OrganisationPage page) {
    Objects.requireNonNull(page, "page must not be null");
    if (page.isDefault()) {
      throw new IllegalArgumentException("only an edited page is saved");
    }
    pages.put(new Place(page.key(), page.language()), page);
  }
}
