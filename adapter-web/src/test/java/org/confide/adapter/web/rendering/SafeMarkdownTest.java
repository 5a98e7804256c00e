package org.confide.adapter.web.rendering;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The organisation's Markdown never reaches a page as anything but CommonMark's own elements: no
 * raw HTML, no script, no event attribute, no link but to {@code https:}, {@code http:}, {@code
 * mailto:}, {@code tel:} or this site, however it is written.
 */
class SafeMarkdownTest {

  private static final Pattern TAG =
      Pattern.compile("<([a-z0-9]+)((?:\\s+[a-z-]+=\"[^\"<>]*\")*)\\s*/?>|</([a-z0-9]+)>");
  private static final Pattern ATTRIBUTE = Pattern.compile("([a-z-]+)=\"([^\"]*)\"");

  /**
   * Whatever an author writes, the HTML holds only CommonMark's own elements, with no attribute but
   * a safe link's, and every other {@code <} is text.
   */
  private static void harmless(String html) {
    var tags = TAG.matcher(html);
    var rest = new StringBuilder();
    int last = 0;
    while (tags.find()) {
      rest.append(html, last, tags.start());
      last = tags.end();
      var name = tags.group(1) != null ? tags.group(1) : tags.group(3);
      assertThat(name)
          .as("an element in " + html)
          .isIn(
              "p",
              "a",
              "h2",
              "h3",
              "h4",
              "h5",
              "h6",
              "ul",
              "ol",
              "li",
              "em",
              "strong",
              "code",
              "pre",
              "blockquote",
              "hr",
              "br");
      if (tags.group(2) != null) {
        var attributes = ATTRIBUTE.matcher(tags.group(2));
        while (attributes.find()) {
          assertThat(attributes.group(1))
              .as("an attribute in " + html)
              .isIn("href", "rel", "title", "start");
          if (attributes.group(1).equals("href")) {
            assertThat(attributes.group(2))
                .as("a link in " + html)
                .matches("(https?://|mailto:|tel:|/(?![/\\\\])|#)[^\\\\]*");
          }
        }
      }
    }
    rest.append(html.substring(last));
    assertThat(rest.toString())
        .as("markup outside CommonMark's elements in " + html)
        .doesNotContain("<", ">");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "<script>alert(1)</script>",
        "Hello <script src=\"https://evil.example/x.js\"></script>",
        "<SCRIPT>alert(1)</SCRIPT>",
        "<img src=x onerror=alert(1)>",
        "<a href=\"https://example.ac.uk\" onclick=\"alert(1)\">click</a>",
        "<div style=\"background:url(javascript:alert(1))\">x</div>",
        "<iframe src=\"https://evil.example\"></iframe>",
        "<svg onload=alert(1)>",
        "<!-- comment --><p onmouseover=\"alert(1)\">x</p>",
        "[click](javascript:alert(1))",
        "[click](JavaScript:alert(1))",
        "[click]( javascript:alert(1) )",
        "[click](<java script:alert(1)>)",
        "[click](&#106;avascript:alert(1))",
        "[click](&#x6A;avascript&#x3A;alert(1))",
        "[click](java&#9;script:alert(1))",
        "[click](java&#10;script:alert(1))",
        "[click](&Tab;javascript:alert(1))",
        "[click](javascript&colon;alert(1))",
        "[click](jav\\&#x61;script:alert(1))",
        "[click](vbscript:msgbox(1))",
        "[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
        "[click](DATA:text/html,<script>alert(1)</script>)",
        "[click](&#100;ata:text/html,x)",
        "<javascript:alert(1)>",
        "<data:text/html,x>",
        "[click][ref]\n\n[ref]: javascript:alert(1)",
        "[click](//evil.example/path)",
        "[click](\\\\evil.example)",
        "[click](/\\evil.example)",
        "![x](https://evil.example/track.png)",
        "![x](javascript:alert(1))",
        "&lt;script&gt;alert(1)&lt;/script&gt;",
        "&#60;script&#62;alert(1)&#60;/script&#62;",
        "&lt;img src=x onerror=alert(1)&gt;",
        "`<script>alert(1)</script>`",
        "    <script>alert(1)</script>",
        "```\n<script>alert(1)</script>\n```",
        "[x](https://example.ac.uk \"title\\\" onmouseover=\\\"alert(1)\")",
        "[x](https://example.ac.uk\"onmouseover=\"alert(1))",
        "<https://example.ac.uk\"onmouseover=\"alert(1)>",
        "**<b onmouseover=alert(1)>bold</b>**",
      })
  void nothing_an_author_writes_reaches_the_page_as_script(String markdown) {
    harmless(SafeMarkdown.html(markdown));
  }

  @Test
  void raw_html_is_shown_as_the_text_it_is() {
    assertThat(SafeMarkdown.html("Hello <script>alert(1)</script>"))
        .isEqualTo("<p>Hello &lt;script&gt;alert(1)&lt;/script&gt;</p>\n");
    assertThat(SafeMarkdown.html("<div onclick=\"x()\">hi</div>"))
        .contains("&lt;div onclick=&quot;x()&quot;&gt;hi&lt;/div&gt;")
        .doesNotContain("<div");
  }

  @Test
  void entities_that_decode_to_markup_stay_text() {
    assertThat(SafeMarkdown.html("&lt;script&gt;alert(1)&lt;/script&gt;"))
        .isEqualTo("<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>\n");
  }

  @Test
  void a_refused_link_keeps_its_words_and_loses_its_address() {
    assertThat(SafeMarkdown.html("[call us](javascript:alert(1)) now"))
        .isEqualTo("<p>call us now</p>\n");
    assertThat(SafeMarkdown.html("[leaflet](data:text/plain,hello)")).isEqualTo("<p>leaflet</p>\n");
  }

  @Test
  void safe_links_survive_and_leave_with_no_referrer() {
    assertThat(SafeMarkdown.html("[Samaritans](https://www.samaritans.org)"))
        .isEqualTo(
            "<p><a href=\"https://www.samaritans.org\" rel=\"noreferrer noopener\">Samaritans</a></p>\n");
    assertThat(SafeMarkdown.html("[116 123](tel:116123)")).contains("href=\"tel:116123\"");
    assertThat(SafeMarkdown.html("[write](mailto:dpo@example.ac.uk)"))
        .contains("href=\"mailto:dpo@example.ac.uk\"");
    assertThat(SafeMarkdown.html("[old site](http://example.ac.uk)"))
        .contains("href=\"http://example.ac.uk\"");
    assertThat(SafeMarkdown.html("[support](/pages/support)")).contains("href=\"/pages/support\"");
    assertThat(SafeMarkdown.html("<https://example.ac.uk>"))
        .contains("href=\"https://example.ac.uk\" rel=\"noreferrer noopener\"");
  }

  @Test
  void an_image_is_shown_as_its_description_and_loads_nothing() {
    assertThat(SafeMarkdown.html("![Campus map](https://example.ac.uk/map.png)"))
        .isEqualTo("<p>Campus map</p>\n");
  }

  @Test
  void headings_start_below_the_pages_title() {
    assertThat(SafeMarkdown.html("# Who we are\n\n## What we keep"))
        .isEqualTo("<h2>Who we are</h2>\n<h2>What we keep</h2>\n");
  }

  @Test
  void the_markdown_an_organisation_writes_is_rendered() {
    assertThat(SafeMarkdown.html("Some **bold** and *emphasis*.\n\n- one\n- two"))
        .isEqualTo(
            "<p>Some <strong>bold</strong> and <em>emphasis</em>.</p>\n<ul>\n<li>one</li>\n<li>two</li>\n</ul>\n");
  }
}
