package org.confide.adapter.persistence;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.confide.application.port.out.OrganisationPages;
import org.confide.domain.content.OrganisationPage;
import org.confide.domain.content.PageKey;
import org.confide.domain.shared.Language;
import org.jdbi.v3.core.Handle;

/**
 * {@link OrganisationPages} in the {@code organisation_page_texts} table, one row per key and
 * language saved. A row whose slug this version of Confide does not know (from a later one) is
 * ignored.
 */
public final class JdbiOrganisationPages implements OrganisationPages {

  private final JdbiTransactions transactions;

  public JdbiOrganisationPages(JdbiTransactions transactions) {
    this.transactions = Objects.requireNonNull(transactions, "transactions must not be null");
  }

  @Override
  public Optional<OrganisationPage> find(PageKey key, Language language) {
    Objects.requireNonNull(language, "language must not be null");
    return findFirst(key, List.of(language));
  }

  /** One query for every language asked, then the first of them saved. */
  @Override
  public Optional<OrganisationPage> findFirst(PageKey key, List<Language> languages) {
    Objects.requireNonNull(key, "key must not be null");
    Objects.requireNonNull(languages, "languages must not be null");
    if (languages.isEmpty()) {
      return Optional.empty();
    }
    var tags = languages.stream().map(Language::tag).toList();
    var saved = new HashMap<Language, OrganisationPage>();
    transactions.withHandle(handle -> {
      handle
          .createQuery(
              """
              select language, title, body, edited_at from organisation_page_texts
              where slug = :slug and language in (<languages>)
              """)
          .bind("slug", key.slug())
          .bindList("languages", tags)
          .map((rs, ctx) -> {
            var title = rs.getString("title");
            var body = rs.getString("body");
            var editedAt = rs.getObject("edited_at", OffsetDateTime.class).toInstant();
            // A language this service no longer knows is passed over.
            return Language.parse(rs.getString("language"))
                .map(language ->
                    new OrganisationPage(key, language, title, body, Optional.of(editedAt)));
          })
          .forEach(page -> page.ifPresent(p -> saved.put(p.language(), p)));
      return null;
    });
    return languages.stream().map(saved::get).filter(Objects::nonNull).findFirst();
  }

  @Override
  public Map<PageKey, Map<Language, String>> savedTitles() {
    return transactions.withHandle(handle -> {
      var titles = new EnumMap<PageKey, Map<Language, String>>(PageKey.class);
      handle
          .createQuery(
              "select slug, language, title from organisation_page_texts order by language")
          .map((rs, ctx) ->
              new String[] {rs.getString("slug"), rs.getString("language"), rs.getString("title")})
          .forEach(row ->
              PageKey.read(row[0])
                  .ifPresent(key ->
                      Language.parse(row[1])
                          .ifPresent(language ->
                              titles
                                  .computeIfAbsent(key, k -> new LinkedHashMap<>())
                                  .put(language, row[2]))));
      return titles;
    });
  }

  @Override
  public void save(OrganisationPage page) {
    Objects.requireNonNull(page, "page must not be null");
    if (page.isDefault()) {
      throw new IllegalArgumentException("only an edited page is saved");
    }
    // Update, else insert, else update again: H2 has no "on conflict do update", and of two saves
    // of a new key at once the loser's insert finds the winner's row and replaces it.
    transactions.inTransactionWithHandle(handle -> {
      if (replace(handle, page) == 0 && insert(handle, page) == 0) {
        replace(handle, page);
      }
      return null;
    });
  }

  private static int replace(Handle handle, OrganisationPage page) {
    return handle
        .createUpdate(
            """
            update organisation_page_texts set title = :title, body = :body, edited_at = :edited
            where slug = :slug and language = :language
            """)
        .bind("slug", page.key().slug())
        .bind("language", page.language().tag())
        .bind("title", page.title())
        .bind("body", page.body())
        .bind("edited", page.edited().orElseThrow().atOffset(ZoneOffset.UTC))
        .execute();
  }

  private static int insert(Handle handle, OrganisationPage page) {
    return handle
        .createUpdate(
            """
            insert into organisation_page_texts (slug, language, title, body, edited_at)
            values (:slug, :language, :title, :body, :edited)
            on conflict do nothing
            """)
        .bind("slug", page.key().slug())
        .bind("language", page.language().tag())
        .bind("title", page.title())
        .bind("body", page.body())
        .bind("edited", page.edited().orElseThrow().atOffset(ZoneOffset.UTC))
        .execute();
  }
}
