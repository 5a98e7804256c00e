package org.confide.application.memory;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.confide.application.port.out.OrganisationPages;
import org.confide.domain.content.OrganisationPage;
import org.confide.domain.content.PageKey;

/**
 * {@link OrganisationPages} in memory: nothing saved, so every page is its default, until edited.
 */
public final class InMemoryOrganisationPages implements OrganisationPages {

  private final InMemoryStore<PageKey, OrganisationPage> pages;

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
  public Optional<OrganisationPage> find(PageKey key) {
    return pages.get(Objects.requireNonNull(key, "key must not be null"));
  }

  @Override
  public Map<PageKey, String> savedTitles() {
    var titles = new EnumMap<PageKey, String>(PageKey.class);
    for (var key : PageKey.values()) {
      pages.get(key).ifPresent(page -> titles.put(key, page.title()));
    }
    return titles;
  }

  @Override
  public void save(OrganisationPage page) {
    Objects.requireNonNull(page, "page must not be null");
    if (page.isDefault()) {
      throw new IllegalArgumentException("only an edited page is saved");
    }
    pages.put(page.key(), page);
  }
}
