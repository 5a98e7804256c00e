package org.confide.domain.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Locale;
import org.confide.domain.shared.Checked;
import org.confide.domain.shared.FieldProblem;
import org.confide.domain.shared.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class OrganisationPageTest {

  private static final Instant AT = Instant.parse("2026-11-02T10:00:00.123456789Z");
  private static final Language EN = Language.ENGLISH;

  @Test
  void a_page_as_typed_is_kept_with_plain_line_endings_and_the_moment_to_the_millisecond() {
    var checked =
        OrganisationPage.check(PageKey.SUPPORT, EN, "  Support  ", "\r\nLine one\r\nTwo\r\n", AT);

    var page = ((Checked.Valid<OrganisationPage>) checked).value();
    assertThat(page.title()).isEqualTo("Support");
    assertThat(page.body()).isEqualTo("Line one\nTwo");
    assertThat(page.edited()).contains(Instant.parse("2026-11-02T10:00:00.123Z"));
    assertThat(page.isDefault()).isFalse();
    assertThat(page.toString()).doesNotContain("Line one");
  }

  @Test
  void every_problem_is_named() {
    assertThat(OrganisationPage.check(PageKey.SUPPORT, EN, null, null, AT).problems())
        .extracting(FieldProblem::field)
        .containsExactly("title", "body");
    assertThat(
            OrganisationPage.check(PageKey.SUPPORT, EN, "t".repeat(121), "b".repeat(20_001), AT)
                .problems())
        .extracting(FieldProblem::field)
        .containsExactly("title", "body");
    assertThat(OrganisationPage.check(PageKey.SUPPORT, EN, "a\nb", "a\u0007b", AT).problems())
        .extracting(FieldProblem::field)
        .containsExactly("title", "body");
    assertThat(
            OrganisationPage.check(PageKey.PRIVACY, EN, "Privacy", "[fill in: the controller]", AT)
                .problems())
        .extracting(FieldProblem::field)
        .containsExactly("body");
  }

  @Test
  void the_bounds_themselves_are_taken() {
    assertThat(
            OrganisationPage.check(PageKey.SUPPORT, EN, "t".repeat(120), "b".repeat(20_000), AT)
                .problems())
        .isEmpty();
    assertThat(OrganisationPage.check(PageKey.SUPPORT, EN, "T", "Tabs\tand\nlines", AT).problems())
        .isEmpty();
  }

  @ParameterizedTest
  @EnumSource(PageKey.class)
  void every_default_but_the_privacy_notice_is_shown_and_has_no_blank(PageKey key) {
    var page = DefaultPages.of(key);

    assertThat(page.key()).isEqualTo(key);
    assertThat(page.language()).isEqualTo(DefaultPages.WRITTEN_IN);
    assertThat(page.isDefault()).isTrue();
    var blank = page.body().toUpperCase(Locale.ROOT).contains(OrganisationPage.BLANK);
    if (key == PageKey.PRIVACY) {
      assertThat(blank).isTrue();
      assertThat(page.shownToReporters()).isFalse();
    } else {
      assertThat(blank).isFalse();
      assertThat(page.shownToReporters()).isTrue();
      // What a default says could be saved as it stands.
      assertThat(OrganisationPage.check(key, EN, page.title(), page.body(), AT).problems())
          .isEmpty();
    }
  }

  @Test
  void the_privacy_notice_once_saved_is_shown() {
    var saved =
        ((Checked.Valid<OrganisationPage>)
                OrganisationPage.check(
                    PageKey.PRIVACY, EN, "Privacy", "We are the controller.", AT))
            .value();

    assertThat(saved.shownToReporters()).isTrue();
  }

  @Test
  void a_slug_reads_back_to_its_key_and_nothing_else_does() {
    for (var key : PageKey.values()) {
      assertThat(PageKey.read(key.slug())).contains(key);
    }
    assertThat(PageKey.read("PRIVACY")).isEmpty();
    assertThat(PageKey.read("../privacy")).isEmpty();
    assertThat(PageKey.read(null)).isEmpty();
  }

  @Test
  void the_defaults_are_read_from_their_markdown_files_each_with_its_headings() {
    // The bodies are files (pages_en/<slug>.md beside DefaultPages), read whole and stripped.
    assertThat(DefaultPages.file(PageKey.WHAT_HAPPENS_NEXT)).isEqualTo("what-happens-next.md");
    assertThat(DefaultPages.of(PageKey.WHAT_HAPPENS_NEXT).body())
        .startsWith("You decide how much to tell us")
        .contains("\n\n## Straight away\n\n")
        .endsWith("Telling us does not commit you to anything further.");
    assertThat(DefaultPages.of(PageKey.SUPPORT).body()).contains("[116 123](tel:116123)");
  }

  @Test
  void a_default_in_another_language_is_a_default_in_that_language() {
    var welsh = DefaultPages.in(PageKey.SUPPORT, Language.WELSH, "Cymorth", "\nCorff\n");

    assertThat(welsh.language()).isEqualTo(Language.WELSH);
    assertThat(welsh.body()).isEqualTo("Corff");
    assertThat(welsh.isDefault()).isTrue();
    assertThat(welsh.toString()).isEqualTo("OrganisationPage[support, cy, default]");
  }
}
