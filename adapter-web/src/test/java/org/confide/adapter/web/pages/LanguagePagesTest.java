package org.confide.adapter.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.confide.adapter.web.WebServer;
import org.confide.adapter.web.WebSettings;
import org.confide.testing.Fixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The language of a page over plain HTTP: asked for in the address, or the browser's preference,
 * carried on by the page's links with no cookie, and named in {@code <html lang>}; a page not yet
 * in every language is shown in English with no link to another.
 */
class LanguagePagesTest {

  private final Fixture fixture = new Fixture();
  private final Javalin app =
      WebServer.create(fixture.confide, WebSettings.defaults(fixture.clock, () -> true))
          .start("127.0.0.1", 0);
  private final HttpClient client = HttpClient.newHttpClient();
  private final String base = "http://127.0.0.1:" + app.port();

  @AfterEach
  void stop() {
    app.stop();
  }

  @Test
  void the_home_page_asked_for_in_welsh_is_welsh_and_its_links_keep_welsh_chosen()
      throws Exception {
    var page = get("/?lang=cy", null);

    assertThat(page.body())
        .contains("<html lang=\"cy\">")
        .contains("<h1>Beth ddigwyddodd?</h1>")
        .contains("href=\"/report?lang=cy\">Dechrau dweud wrthym</a>")
        .contains("<a href=\"/sign-in?lang=cy\">Mewngofnodwch gyda'ch cod mynediad</a>")
        .contains("Gadael yn gyflym")
        .contains("href=\"/?lang=en\" lang=\"en\" hreflang=\"en\">English</a>")
        .doesNotContain("Tell us what happened");
    // The only cookie is the visit's form cookie, whose random value says nothing of the language
    // (it may happen to hold the letters "cy").
    assertThat(page.headers().allValues("Set-Cookie"))
        .allMatch(cookie -> cookie.startsWith(Pages.FORM_COOKIE + "="));
  }

  @Test
  void a_browser_that_prefers_welsh_gets_welsh_without_asking_and_its_links_stay_plain()
      throws Exception {
    var page = get("/", "cy-GB,cy;q=0.9,en;q=0.5").body();

    assertThat(page)
        .contains("<html lang=\"cy\">")
        .contains("<h1>Beth ddigwyddodd?</h1>")
        .contains("href=\"/report\">Dechrau dweud wrthym</a>")
        .contains("href=\"/?lang=en\" lang=\"en\" hreflang=\"en\">English</a>");
  }

  @Test
  void english_is_the_language_of_a_browser_that_asks_for_none_offered_and_links_to_welsh()
      throws Exception {
    var page = get("/", "fr-FR,de;q=0.5").body();

    assertThat(page)
        .contains("<html lang=\"en\">")
        .contains("<h1>Tell us what happened</h1>")
        .contains("href=\"/?lang=cy\" lang=\"cy\" hreflang=\"cy\">Cymraeg</a>");
  }

  @Test
  void the_link_to_the_other_language_keeps_what_the_page_was_showing() throws Exception {
    var page = get("/?done=held&lang=cy", null).body();

    assertThat(page)
        .contains("Oherwydd pryder diogelu, mae peth o'r hyn a ysgrifennoch yn cael ei gadw")
        .contains("href=\"/?done=held&amp;lang=en\" lang=\"en\"");
  }

  @Test
  void every_page_is_in_the_language_asked_for_even_at_an_address_that_is_no_page()
      throws Exception {
    var questionnaire =
        HttpRequest.newBuilder(URI.create(base + "/staff/admin/questionnaire?lang=cy"))
            .header("Cookie", Pages.STAFF_COOKIE + "=" + fixture.admin.value())
            .GET();
    var overview = client.send(questionnaire.build(), HttpResponse.BodyHandlers.ofString());
    var lost = get("/no-such-page?lang=cy", null);

    assertThat(overview.body()).contains("<html lang=\"cy\">").contains("lang=en\"");
    assertThat(lost.statusCode()).isEqualTo(404);
    assertThat(lost.body())
        .contains("<html lang=\"cy\">")
        .contains("href=\"/no-such-page?lang=en\" lang=\"en\"");
  }

  private HttpResponse<String> get(String path, String acceptLanguage) throws Exception {
    var request = HttpRequest.newBuilder(URI.create(base + path)).GET();
    if (acceptLanguage != null) {
      request.header("Accept-Language", acceptLanguage);
    }
    return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
