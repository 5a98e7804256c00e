package org.confide.adapter.web.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;
import org.confide.domain.content.DefaultPages;
import org.confide.domain.content.OrganisationPage;
import org.confide.domain.content.PageKey;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The default pages Confide ships in each language say the same as the English, in the same shape:
 * the same headings, list items, paragraphs and links (a phone number or address is the same in
 * every language), the privacy notice's blanks kept, and each shown in its language with its title
 * from the bundle.
 */
class DefaultPagesInEveryLanguageTest {

  private static final Pattern HEADING = Pattern.compile("(?m)^## ");
  private static final Pattern ITEM = Pattern.compile("(?m)^- ");
  private static final Pattern LINK = Pattern.compile("\\]\\(([^)]*)\\)");

  private record Shape(
      long headings, long items, long paragraphs, List<String> links, long blanks) {
    static Shape of(String markdown) {
      return new Shape(
          HEADING.matcher(markdown).results().count(),
          ITEM.matcher(markdown).results().count(),
          markdown.strip().split("\n\n").length,
          LINK.matcher(markdown).results().map(m -> m.group(1)).toList(),
          Pattern.compile(Pattern.quote(OrganisationPage.BLANK))
              .matcher(markdown)
              .results()
              .count());
    }
  }

  @ParameterizedTest
  @EnumSource(PageKey.class)
  void every_shipped_language_has_each_default_page_in_the_shape_of_the_english(PageKey key) {
    var english = DefaultPages.of(key);
    for (var texts : Languages.shipped().all()) {
      var page = texts.defaultPage(key);

      assertThat(page.language()).isEqualTo(texts.language());
      assertThat(page.isDefault()).isTrue();
      assertThat(page.title()).isEqualTo(texts.text("pages.default." + key.slug() + ".title"));
      assertThat(Shape.of(page.body()))
          .as(texts.language() + " " + key.slug())
          .isEqualTo(Shape.of(english.body()));
      if (!texts.language().equals(DefaultPages.WRITTEN_IN)) {
        assertThat(page.body()).as(key.slug()).isNotEqualTo(english.body());
      }
    }
  }
}
