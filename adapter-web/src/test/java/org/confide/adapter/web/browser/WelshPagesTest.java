package org.confide.adapter.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The pages in Welsh in a real browser: chosen with a link and no script, kept by the page's links,
 * named in {@code <html lang>} (and the link to English in {@code lang="en"}), laid out on a phone
 * and passing axe-core as the English ones do.
 */
@NeedsChromium
class WelshPagesTest extends ReporterBrowsers {

  @Test
  void a_reporter_switches_to_welsh_and_back_with_javascript_off() {
    var b = noScript;
    b.open(server.url("/"));
    assertThat(b.heading()).isEqualTo("Tell us what happened");

    b.press("a.language-switch[lang='cy']");
    assertThat(b.heading()).isEqualTo("Beth ddigwyddodd?");
    assertThat(b.find("html").getAttribute("lang")).isEqualTo("cy");
    assertThat(b.text(".emergency"))
        .contains("Nid gwasanaeth brys yw hwn")
        .contains("999")
        .contains("Gwasanaethau brys")
        .contains("Y Samariaid")
        .doesNotContain("Emergency services");
    assertThat(b.find("a.button").getAttribute("href")).endsWith("/report?lang=cy");
    assertThat(b.driver.manage().getCookies()).noneMatch(cookie -> cookie.getValue().equals("cy"));

    b.press("a.language-switch[lang='en']");
    assertThat(b.heading()).isEqualTo("Tell us what happened");
    assertThat(b.find("html").getAttribute("lang")).isEqualTo("en");
  }

  @Test
  void the_welsh_home_page_fits_a_phone_and_passes_axe() {
    var b = withScript;
    b.open(server.url("/?lang=cy"));
    assertThat(b.heading()).isEqualTo("Beth ddigwyddodd?");
    b.assertFitsAPhoneAndAccessible();
  }
}
