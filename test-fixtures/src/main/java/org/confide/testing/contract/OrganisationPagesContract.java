package org.confide.testing.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Optional;
import org.confide.application.port.out.OrganisationPages;
import org.confide.application.port.out.Transactions;
import org.confide.domain.content.DefaultPages;
import org.confide.domain.content.OrganisationPage;
import org.confide.domain.content.PageKey;
import org.confide.testing.Concurrently;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The contract of every {@link OrganisationPages} adapter: nothing is saved at first (every key is
 * its default, which the application supplies); a saved page is found again whole (title, body with
 * its Markdown and every character, the moment it was saved) under its key alone; saving a key
 * again replaces it; a default is never saved; a save undone with its transaction leaves nothing.
 * Of concurrent saves of one key, one whole page wins.
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

  private static OrganisationPage page(PageKey key, String title, String body) {
    return new OrganisationPage(key, title, body, Optional.of(SAVED));
  }

  @Nested
  class Saving {

    @Test
    void nothing_is_saved_at_first() {
      for (var key : PageKey.values()) {
        assertThat(pages().find(key)).isEmpty();
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

      assertThat(pages().find(PageKey.PRIVACY)).contains(privacy);
      assertThat(pages().find(PageKey.SUPPORT)).isEmpty();
      assertThat(pages().savedTitles())
          .containsExactly(
              java.util.Map.entry(PageKey.PRIVACY, "Privacy notice – University of Example"));
    }

    @Test
    void saving_a_key_again_replaces_it() {
      pages().save(page(PageKey.SUPPORT, "Support", "First"));
      var second = page(PageKey.SUPPORT, "Support for you", "Second");

      pages().save(second);

      assertThat(pages().find(PageKey.SUPPORT)).contains(second);
      assertThat(pages().savedTitles()).containsEntry(PageKey.SUPPORT, "Support for you");
    }

    @Test
    void every_key_is_kept_apart() {
      for (var key : PageKey.values()) {
        pages().save(page(key, "Title of " + key.slug(), "Body of " + key.slug()));
      }
      for (var key : PageKey.values()) {
        assertThat(pages().find(key).orElseThrow().body()).isEqualTo("Body of " + key.slug());
      }
      assertThat(pages().savedTitles()).hasSize(PageKey.values().length);
    }

    @Test
    void a_default_is_never_saved() {
      assertThatThrownBy(() -> pages().save(DefaultPages.of(PageKey.SUPPORT)))
          .isInstanceOf(IllegalArgumentException.class);
      assertThat(pages().find(PageKey.SUPPORT)).isEmpty();
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

      assertThat(pages().find(PageKey.ACCESSIBILITY)).isEmpty();
    }
  }

  @Nested
  class Concurrency {

    @Test
    void of_concurrent_saves_of_one_key_one_whole_page_wins() {
      var saved =
          Concurrently.run(
              Concurrently.THREADS,
              5,
              (thread, step) -> {
                var mine = page(PageKey.SUPPORT, "Title " + thread, "Body " + thread + "/" + step);
                pages().save(mine);
                return mine;
              });

      assertThat(saved).contains(pages().find(PageKey.SUPPORT).orElseThrow());
    }
  }
}
