package org.confide.adapter.web.i18n;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;
import org.confide.domain.questionnaire.Words;
import org.confide.domain.shared.Language;
import org.confide.domain.shared.OwnText;
import org.junit.jupiter.api.Test;

/**
 * The one shown-text type: the organisation's own words and the questionnaire's, as a page in a
 * language shows them, and a sentence holding one ({@link Texts#marked}) escaped whole, the text in
 * another language wrapped in {@code <span lang>}.
 */
class ShownTest {

  private static final Languages LANGUAGES = Languages.shipped();
  private static final Texts WELSH = LANGUAGES.of(Language.WELSH).orElseThrow();

  @Test
  void own_words_are_marked_only_when_not_written_in_the_pages_language() {
    var both = new LinkedHashMap<Language, String>();
    both.put(Language.ENGLISH, "Support given");
    both.put(Language.WELSH, "Cymorth");

    assertThat(Shown.own(OwnText.of(both), Language.WELSH, Language.ENGLISH))
        .isEqualTo(new Shown("Cymorth", null));
    assertThat(Shown.own(OwnText.of("No action"), Language.WELSH, Language.ENGLISH))
        .isEqualTo(new Shown("No action", "en"));
    assertThat(Shown.own(OwnText.of("No action"), Language.ENGLISH, Language.ENGLISH))
        .isEqualTo(new Shown("No action", null));
    assertThat(
            Shown.own(
                OwnText.of(Map.of(Language.WELSH, "Dim")), Language.ENGLISH, Language.ENGLISH))
        .isEqualTo(new Shown("Dim", "cy"));
  }

  @Test
  void a_questionnaire_text_is_marked_with_the_language_it_is_written_in() {
    assertThat(Shown.in(Language.WELSH).apply(Words.of("Where?")))
        .isEqualTo(new Shown("Where?", "en"));
    assertThat(Shown.in(Language.ENGLISH).apply(Words.of("Where?")))
        .isEqualTo(new Shown("Where?", null));
  }

  @Test
  void a_sentence_is_escaped_whole_and_the_text_in_another_language_wrapped_in_a_span() {
    var name = new Shown("<script>alert(1)</script> & Co", "en");

    assertThat(WELSH.marked("layout.caseWork", name))
        .isEqualTo(
            "<span lang=\"en\">&lt;script&gt;alert(1)&lt;/script&gt; &amp; Co</span> – gwaith achos");
    assertThat(WELSH.marked("layout.caseWork", Shown.inPage("A <b>")))
        .isEqualTo("A &lt;b&gt; – gwaith achos");
    assertThat(WELSH.marked("layout.caseWork", "A <b>")).isEqualTo("A &lt;b&gt; – gwaith achos");
    assertThatThrownBy(() -> WELSH.marked("saved.due.html", name))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void a_message_carrying_a_text_in_another_language_is_escaped_and_the_text_marked() {
    var carried = "Answer \u201c" + new Shown("Where <b>?", "en").carried() + "\u201d & go";

    assertThat(Shown.html(carried))
        .isEqualTo("Answer \u201c<span lang=\"en\">Where &lt;b&gt;?</span>\u201d &amp; go");
    assertThat(new Shown("Ble?", null).carried()).isEqualTo("Ble?");
    assertThat(Shown.html("Plain <i>")).isEqualTo("Plain &lt;i&gt;");
    // A mark naming no language's tag is no mark: nothing but escaped text comes of it.
    assertThat(Shown.html("\uE002\"><script>\uE003x\uE004"))
        .doesNotContain("<script>", "<span")
        .contains("&lt;script&gt;");
    assertThat(Shown.html(null)).isNull();
  }
}
