package org.confide.testing.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.confide.application.port.out.OrganisationPages;
import org.confide.application.port.out.Transactions;
import org.confide.domain.content.DefaultPages;
import org.confide.domain.content.OrganisationPage;
import org.confide.domain.content.PageKey;
import org.confide.domain.shared.Language;
import org.confide.testing.Concurrently;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The contract of every {@link OrganisationPages} adapter: nothing is saved at first (every key is
 * its default, which the application supplies); a saved page is found again whole (title, body with
 * its Markdown and every character, the moment it was saved) under its key and language alone;
 * saving a key again in a language replaces it there and leaves its other languages; a default is
 * never saved; a save undone with its transaction leaves nothing. Of concurrent saves of one key in
 * one language, one whole page wins.
 *
 * <p>{@link #pages()} must return the same adapter, with nothing saved, throughout one test.
 */
public abstract class OrganisationPagesContract {

  /** For a subclass that runs this contract against one adapter. */
  protected OrganisationPagesContract() {}

  /** {@return the adapter under test, with nothing saved at the start of each test} */
  protected abstract OrganisationPages pages();

  /** {@return the transactions {@link #pages()} takes part in} */
  protected abstract Transactions transactions();

  private static final Instant SAVED = Instant.parse("2026-11-26T10:15:30.123Z");

  private static final Language EN = Language.ENGLISH;
  private static final Language CY = Language.WELSH;

  private static OrganisationPage page(PageKey key, String title, String body) {
    return page(key, EN, title, body);
  }

  private static OrganisationPage page(PageKey key, Language language, String title, String body) {
    return new OrganisationPage(key, language, title, body, Optional.of(SAVED));
  }

  @Nested
  class Saving {

    @Test
    void nothing_is_saved_at_first() {
      for (var key : PageKey.values()) {
        assertThat(pages().find(key, EN)).isEmpty();
        assertThat(pages().find(key, CY)).isEmpty();
      }
      assertThat(pages().savedTitles()).isEmpty();
    }

    @Test
    void a_saved_page_is_found_whole_under_its_key_alone() {
      var body =
          "## Who we are\n\nThe University of Example, *Registry*, `<b>` & \"quotes\" — é 😀\n\n"
              + "- [Samaritans](tel:116123)\n\ttabbed\n"
              + "x".repeat(OrganisationPage.MAX_BODY - 200);
      var privacy = page(PageKey.PRIVACY, "Privacy notice – University of Example", body);

      pages().save(privacy);

      assertThat(pages().find(PageKey.PRIVACY, EN)).contains(privacy);
      assertThat(pages().find(PageKey.PRIVACY, CY)).isEmpty();
      assertThat(pages().find(PageKey.SUPPORT, EN)).isEmpty();
      assertThat(pages().savedTitles())
          .containsExactly(
              Map.entry(PageKey.PRIVACY, Map.of(EN, "Privacy notice – University of Example")));
    }

    @Test
    void saving_a_key_again_replaces_it() {
      pages().save(page(PageKey.SUPPORT, "Support", "First"));
      var second = page(PageKey.SUPPORT, "Support for you", "Second");

      pages().save(second);

      assertThat(pages().find(PageKey.SUPPORT, EN)).contains(second);
      assertThat(pages().savedTitles())
          .containsEntry(PageKey.SUPPORT, Map.of(EN, "Support for you"));
    }

    @Test
    void each_language_of_a_key_is_kept_apart_and_replaced_alone() {
      var english = page(PageKey.SUPPORT, EN, "Support", "Call Nightline.");
      var welsh = page(PageKey.SUPPORT, CY, "Cymorth", "Ffoniwch Nightline — â chroeso.");
      var ga = new Language("ga");
      pages().save(english);
      pages().save(welsh);
      pages().save(page(PageKey.SUPPORT, ga, "Tacaíocht", "Glaoigh."));
      var welshAgain = page(PageKey.SUPPORT, CY, "Cymorth i chi", "Ffoniwch ni.");

      pages().save(welshAgain);

      assertThat(pages().find(PageKey.SUPPORT, EN)).contains(english);
      assertThat(pages().find(PageKey.SUPPORT, CY)).contains(welshAgain);
      assertThat(pages().find(PageKey.SUPPORT, ga).orElseThrow().language()).isEqualTo(ga);
      assertThat(pages().find(PageKey.PRIVACY, CY)).isEmpty();
      assertThat(pages().savedTitles())
          .containsOnly(
              Map.entry(
                  PageKey.SUPPORT, Map.of(EN, "Support", CY, "Cymorth i chi", ga, "Tacaíocht")));
    }

    @Test
    void the_first_language_asked_that_a_key_is_saved_in_is_found() {
      var english = page(PageKey.SUPPORT, EN, "Support", "Call Nightline.");
      var welsh = page(PageKey.SUPPORT, CY, "Cymorth", "Ffoniwch Nightline.");
      var ga = new Language("ga");
      pages().save(english);
      pages().save(welsh);
      pages().save(page(PageKey.PRIVACY, ga, "Príobháideachas", "Léigh."));

      assertThat(pages().findFirst(PageKey.SUPPORT, List.of(CY, EN))).contains(welsh);
      assertThat(pages().findFirst(PageKey.SUPPORT, List.of(EN, CY))).contains(english);
      assertThat(pages().findFirst(PageKey.SUPPORT, List.of(ga, EN))).contains(english);
      assertThat(pages().findFirst(PageKey.SUPPORT, List.of(ga))).isEmpty();
      assertThat(pages().findFirst(PageKey.PRIVACY, List.of(CY, EN))).isEmpty();
      assertThat(pages().findFirst(PageKey.PRIVACY, List.of(CY, ga)).orElseThrow().language())
          .isEqualTo(ga);
      assertThat(pages().findFirst(PageKey.SUPPORT, List.of())).isEmpty();
    }

    @Test
    void every_key_is_kept_apart() {
      for (var key : PageKey.values()) {
        pages().save(page(key, "Title of " + key.slug(), "Body of " + key.slug()));
      }
      for (var key : PageKey.values()) {
        assertThat(pages().find(key, EN).orElseThrow().body()).isEqualTo("Body of " + key.slug());
      }
      assertThat(pages().savedTitles()).hasSize(PageKey.values().length);
    }

    @Test
    void a_default_is_never_saved() {
      assertThatThrownBy(() -> pages().save(DefaultPages.of(PageKey.SUPPORT)))
          .isInstanceOf(IllegalArgumentException.class);
      assertThat(pages().find(PageKey.SUPPORT, EN)).isEmpty();
    }

    @Test
    void a_save_undone_with_its_transaction_leaves_nothing() {
      try {
        transactions()
            .inTransaction(() -> {
              pages().save(page(PageKey.ACCESSIBILITY, "Accessibility", "Undone"));
              throw new IllegalStateException("undo");
            });
      } catch (IllegalStateException expected) {
        // The transaction was undone.
      }

      assertThat(pages().find(PageKey.ACCESSIBILITY, EN)).isEmpty();
    }
  }

  @Nested
  class Concurrency {

    @Test
    void of_concurrent_saves_of_one_key_in_one_language_one_whole_page_wins() {
      var saved =
          Concurrently.run(
              Concurrently.THREADS,
              5,
              (thread, step) -> {
                var mine =
                    page(PageKey.SUPPORT, CY, "Title " + thread, "Body " + thread + "/" + step);
                pages().save(mine);
                return mine;
              });

      assertThat(saved).contains(pages().find(PageKey.SUPPORT, CY).orElseThrow());
      assertThat(pages().find(PageKey.SUPPORT, EN)).isEmpty();
    }
  }
}
