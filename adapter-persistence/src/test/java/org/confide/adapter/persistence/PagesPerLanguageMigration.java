package org.confide.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import org.confide.domain.content.PageKey;
import org.confide.domain.shared.Language;
import org.junit.jupiter.api.Test;

/**
 * Migration 36 on a database left by migration 35, with pages already saved in one language: each
 * is kept whole as the first language's (the one the server offers first, Welsh here), and the
 * organisation can then save the same page in another language beside it.
 */
abstract class PagesPerLanguageMigration extends OnAFreshDatabase {

  private static final OffsetDateTime SAVED =
      OffsetDateTime.of(2026, 11, 2, 10, 15, 30, 123_000_000, ZoneOffset.UTC);

  @Test
  void the_pages_saved_before_it_are_kept_as_the_first_languages() {
    flyway()
        .locations("classpath:db/migration")
        .javaMigrations(new ReportsOwnTheirRows(), new FewerIndexesOnANewReport())
        .target("35")
        .load()
        .migrate();
    jdbi()
        .useHandle(handle -> {
          for (var slug : new String[] {"privacy", "support"}) {
            handle
                .createUpdate(
                    "insert into organisation_pages (slug, title, body, edited_at)"
                        + " values (:slug, :title, :body, :at)")
                .bind("slug", slug)
                .bind("title", "Teitl " + slug)
                .bind("body", "Corff " + slug + "\n\n## Pennawd\n\n- â ŵ ŷ")
                .bind("at", SAVED)
                .execute();
          }
        });

    try (var database = open(Language.WELSH)) {
      var pages = new JdbiOrganisationPages(database.transactions());

      var privacy = pages.find(PageKey.PRIVACY, Language.WELSH).orElseThrow();
      assertThat(privacy.title()).isEqualTo("Teitl privacy");
      assertThat(privacy.body()).isEqualTo("Corff privacy\n\n## Pennawd\n\n- â ŵ ŷ");
      assertThat(privacy.edited()).contains(SAVED.toInstant());
      assertThat(pages.find(PageKey.PRIVACY, Language.ENGLISH)).isEmpty();
      assertThat(pages.savedTitles())
          .containsOnly(
              Map.entry(PageKey.PRIVACY, Map.of(Language.WELSH, "Teitl privacy")),
              Map.entry(PageKey.SUPPORT, Map.of(Language.WELSH, "Teitl support")));
    }
  }
}
