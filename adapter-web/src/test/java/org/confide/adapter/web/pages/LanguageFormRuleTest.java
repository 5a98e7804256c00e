package org.confide.adapter.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The rule of issue 24 for every page to come, read from the templates themselves: a page that
 * shows a form's errors and posts a form may be the answer to that form, with no address of its own
 * to link to in another language, so it must give the layout the form whose buttons switch its
 * language ({@code languageForm}), and that form must be on the page. A page whose forms only ask
 * with GET (the filters of the case list, the dashboard, trends and the audit trail) keeps its
 * address, and its links.
 */
class LanguageFormRuleTest {

  private static final Path TEMPLATES = Path.of("src/main/jte");

  // A form id the layout is given as it is written: languageForm = "x" or f.switchBy("x").
  private static final Pattern NAMED =
      Pattern.compile("languageForm = (?:\"([a-z-]+)\"|[a-z]+\\.switchBy\\(\"([a-z-]+)\"\\))");

  @Test
  void every_page_showing_errors_of_a_posted_form_passes_the_form_that_switches_its_language()
      throws IOException {
    var pages = templates();
    assertThat(pages).as("the page templates").hasSizeGreaterThan(40);
    var missing = new ArrayList<String>();
    var checked = 0;
    for (var template : pages) {
      var text = Files.readString(template);
      if (answersAPostedForm(text)) {
        checked++;
        if (!passesItsSwitch(text)) {
          missing.add(TEMPLATES.relativize(template).toString());
        }
      }
    }
    assertThat(missing).as("pages showing a posted form's errors without languageForm").isEmpty();
    // Every staff and reporter form page counted: the rule reads what it means to.
    assertThat(checked).isGreaterThanOrEqualTo(30);
  }

  @Test
  void the_form_each_page_names_for_its_switch_is_on_that_page() throws IOException {
    var named = 0;
    for (var template : templates()) {
      var text = Files.readString(template);
      var found = NAMED.matcher(text);
      while (found.find()) {
        var id = found.group(1) != null ? found.group(1) : found.group(2);
        named++;
        assertThat(text)
            .as("%s names the form %s for its switch", TEMPLATES.relativize(template), id)
            .contains("<form method=\"post\"")
            .containsPattern("<form method=\"post\"[^>]* id=\"" + Pattern.quote(id) + "\"");
      }
    }
    assertThat(named).isGreaterThanOrEqualTo(20);
  }

  @Test
  void the_rule_tells_a_page_that_forgets_its_switch_from_one_that_keeps_it_or_has_an_address() {
    var forgetful =
        """
        @template.layout(frame = f, title = f.t("x"), content = @`
          @template.part.errors(frame = f, errors = page.errors())
          <form method="post" action="/staff/x" id="x" novalidate>
        `)
        """;
    var keeping =
        forgetful.replace("content = @`", "languageForm = f.switchBy(\"x\"), content = @`");
    var filter = forgetful.replace("method=\"post\"", "method=\"get\"");

    assertThat(answersAPostedForm(forgetful) && !passesItsSwitch(forgetful)).isTrue();
    assertThat(answersAPostedForm(keeping) && passesItsSwitch(keeping)).isTrue();
    assertThat(answersAPostedForm(filter)).isFalse();
  }

  /**
   * Whether a template can be the answer to a form it posts: it shows the errors of what was sent
   * and holds a form sent with POST.
   */
  private static boolean answersAPostedForm(String template) {
    return (template.contains("errors()") || template.contains("errorFor("))
        && template.contains("method=\"post\"");
  }

  /** Whether a template gives the layout the form whose buttons switch its language. */
  private static boolean passesItsSwitch(String template) {
    return template.contains("languageForm = ");
  }

  /** Every page template: the layout and the parts, which pages include, are not pages. */
  private static List<Path> templates() throws IOException {
    try (Stream<Path> all = Files.walk(TEMPLATES)) {
      return all.filter(path -> path.toString().endsWith(".jte"))
          .filter(path -> !TEMPLATES.relativize(path).startsWith("part"))
          .filter(path -> !path.getFileName().toString().equals("layout.jte"))
          .sorted()
          .toList();
    }
  }
}
