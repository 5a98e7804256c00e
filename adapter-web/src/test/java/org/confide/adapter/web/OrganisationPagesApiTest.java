package org.confide.adapter.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.confide.domain.audit.AuditAction;
import org.confide.domain.staff.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The organisation's pages over HTTP: the list, the pages reporters read, and editing them. */
class OrganisationPagesApiTest {

  private final Api api = new Api();
  private final HttpClient client = HttpClient.newHttpClient();

  @AfterEach
  void stop() {
    api.close();
  }

  private static Map<String, Object> page(String title, String body) {
    var page = new HashMap<String, Object>();
    page.put("title", title);
    page.put("body", body);
    return page;
  }

  private static Map<String, Object> page(String title, String body, String language) {
    var page = page(title, body);
    page.put("language", language);
    return page;
  }

  /** The details of every {@code PAGE_CHANGED} in the audit trail. */
  private List<String> pageChanges() {
    return api
        .fixture
        .ports
        .auditTrail()
        .between(Instant.EPOCH, Instant.parse("2100-01-01T00:00:00Z"), Optional.empty(), 100)
        .stream()
        .filter(e -> e.action() == AuditAction.PAGE_CHANGED)
        .map(e -> e.detail())
        .toList();
  }

  private HttpResponse<String> html(String path) throws Exception {
    return client.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + api.app.port() + path))
            .GET()
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static final String PRIVACY =
      "## Who we are\n\nThe University of Example is the controller. Write to"
          + " [our data protection officer](mailto:dpo@example.ac.uk).";

  @Nested
  class AFreshServer {

    @Test
    void lists_every_page_but_the_privacy_notice_whose_blanks_are_not_filled() {
      var list = api.get("/api/v1/pages", null);

      assertThat(list.status()).isEqualTo(200);
      assertThat(list.json().get("pages").findValuesAsText("slug"))
          .containsExactly("what-happens-next", "support", "covering-your-tracks", "accessibility");
      assertThat(list.json().get("pages").findValuesAsText("path"))
          .contains("/pages/covering-your-tracks");
      assertThat(list.body()).doesNotContain("FILL IN");
    }

    @Test
    void answers_the_privacy_notice_as_not_found_until_it_is_saved() throws Exception {
      assertThat(html("/pages/privacy").statusCode()).isEqualTo(404);
      assertThat(html("/pages/privacy").body()).doesNotContain("FILL IN");

      var admin = api.logIn("admin@example.ac.uk");
      var put = api.put("/api/v1/admin/pages/privacy", admin, page("Privacy notice", PRIVACY));

      assertThat(put.status()).as(put.toString()).isEqualTo(204);
      var shown = html("/pages/privacy");
      assertThat(shown.statusCode()).isEqualTo(200);
      assertThat(shown.body())
          .contains("<h1>Privacy notice</h1>")
          .contains(
              "<a href=\"mailto:dpo@example.ac.uk\" rel=\"noreferrer noopener\">our data protection"
                  + " officer</a>");
      assertThat(api.get("/api/v1/pages", null).json().get("pages").findValuesAsText("slug"))
          .contains("privacy");
    }

    @Test
    void serves_each_default_page_with_no_blank_and_a_passage_at_no_address() throws Exception {
      for (var slug :
          List.of("what-happens-next", "support", "covering-your-tracks", "accessibility")) {
        var shown = html("/pages/" + slug);
        assertThat(shown.statusCode()).as(slug).isEqualTo(200);
        assertThat(shown.body()).as(slug).doesNotContain("FILL IN").doesNotContain("[");
        assertThat(shown.headers().firstValue("Cache-Control")).hasValue("no-store, max-age=0");
        assertThat(shown.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
      }
      assertThat(html("/pages/anonymity-choice").statusCode()).isEqualTo(404);
      assertThat(html("/pages/identifying-details").statusCode()).isEqualTo(404);
      assertThat(html("/pages/nothing-here").statusCode()).isEqualTo(404);
    }

    @Test
    void links_every_page_reporters_are_shown_from_the_footer() throws Exception {
      var home = html("/").body();

      assertThat(home)
          .contains("href=\"/pages/what-happens-next\"")
          .contains("href=\"/pages/support\"")
          .contains("href=\"/pages/covering-your-tracks\"")
          .contains("href=\"/pages/accessibility\"")
          .doesNotContain("href=\"/pages/privacy\"")
          .doesNotContainIgnoringCase("keeps no record of your visit");
    }
  }

  @Nested
  class Editing {

    @Test
    void an_administrator_reads_every_page_and_passage_with_its_state() {
      var admin = api.logIn("admin@example.ac.uk");

      var list = api.get("/api/v1/admin/pages", admin).json().get("pages");
      var privacy = api.get("/api/v1/admin/pages/privacy", admin).json();

      assertThat(list.findValuesAsText("slug"))
          .containsExactly(
              "what-happens-next",
              "support",
              "covering-your-tracks",
              "privacy",
              "accessibility",
              "anonymity-choice",
              "identifying-details");
      assertThat(list.findValuesAsText("kind")).containsOnly("page", "passage");
      assertThat(privacy.get("edited").asBoolean()).isFalse();
      assertThat(privacy.get("shownToReporters").asBoolean()).isFalse();
      assertThat(privacy.get("editedAt").isNull()).isTrue();
      assertThat(privacy.get("body").asText()).contains("[FILL IN:");
    }

    @Test
    void a_saved_page_is_read_back_and_audited_by_its_slug_alone() {
      var admin = api.logIn("admin@example.ac.uk");

      var put =
          api.put(
              "/api/v1/admin/pages/support",
              admin,
              page("Support at Example", "Call [Nightline](tel:01632960000).\r\n"));

      assertThat(put.status()).isEqualTo(204);
      var read = api.get("/api/v1/admin/pages/support", admin).json();
      assertThat(read.get("title").asText()).isEqualTo("Support at Example");
      assertThat(read.get("body").asText()).isEqualTo("Call [Nightline](tel:01632960000).");
      assertThat(read.get("edited").asBoolean()).isTrue();
      assertThat(read.get("editedAt").asText()).isEqualTo("2026-11-02T10:00:00Z");
      // Saved with no language named: the first language's.
      assertThat(pageChanges()).containsExactly("support en");
      assertThat(api.get("/api/v1/pages", null).json().get("pages").findValuesAsText("title"))
          .contains("Support at Example");
    }

    @Test
    void a_passage_edited_reaches_the_report_form() throws Exception {
      var admin = api.logIn("admin@example.ac.uk");

      var put =
          api.put(
              "/api/v1/admin/pages/anonymity-choice",
              admin,
              page("Anonymous or named", "Our own words on **anonymity**."));

      assertThat(put.status()).isEqualTo(204);
      assertThat(
              api.get("/api/v1/admin/pages/anonymity-choice", admin).json().get("title").asText())
          .isEqualTo("Anonymous or named");
    }

    @Test
    void every_problem_is_named_by_its_field_and_nothing_changes() {
      var admin = api.logIn("admin@example.ac.uk");

      var empty = api.put("/api/v1/admin/pages/support", admin, page(null, "   "));
      var long_ =
          api.put("/api/v1/admin/pages/support", admin, page("x".repeat(121), "y".repeat(20_001)));
      var blank =
          api.put(
              "/api/v1/admin/pages/privacy",
              admin,
              page("Privacy", "[FILL IN: the name of your organisation] is the controller."));
      var control = api.put("/api/v1/admin/pages/support", admin, page("Two\nlines", "a\u0000b"));

      assertThat(empty.status()).isEqualTo(400);
      assertThat(empty.fields()).containsExactly("title", "body");
      assertThat(long_.fields()).containsExactly("title", "body");
      assertThat(blank.fields()).containsExactly("body");
      assertThat(control.fields()).containsExactly("title", "body");
      assertThat(api.get("/api/v1/admin/pages/support", admin).json().get("edited").asBoolean())
          .isFalse();
      assertThat(api.get("/api/v1/admin/pages/privacy", admin).json().get("edited").asBoolean())
          .isFalse();
    }

    @Test
    void the_longest_title_and_body_are_taken() {
      var admin = api.logIn("admin@example.ac.uk");

      var put =
          api.put("/api/v1/admin/pages/support", admin, page("t".repeat(120), "b".repeat(20_000)));

      assertThat(put.status()).as(put.toString()).isEqualTo(204);
    }

    @Test
    void a_malformed_body_is_refused_whole() {
      var admin = api.logIn("admin@example.ac.uk");

      var unknown =
          api.put(
              "/api/v1/admin/pages/support",
              admin,
              Map.of("title", "T", "body", "B", "html", "<script>"));
      var wrongType =
          api.put("/api/v1/admin/pages/support", admin, Map.of("title", 1, "body", List.of()));

      assertThat(unknown.status()).isEqualTo(400);
      assertThat(wrongType.status()).isEqualTo(400);
    }

    @Test
    void an_unknown_page_is_not_found_but_only_after_the_role_is_checked() {
      var admin = api.logIn("admin@example.ac.uk");
      var adviser = api.fixture.staff("adv@example.ac.uk", "Adv", Role.ADVISER).value();

      assertThat(api.get("/api/v1/admin/pages/nothing", admin).status()).isEqualTo(404);
      assertThat(api.put("/api/v1/admin/pages/nothing", admin, page("T", "B")).status())
          .isEqualTo(404);
      assertThat(api.get("/api/v1/admin/pages/nothing", adviser).status()).isEqualTo(403);
      assertThat(api.put("/api/v1/admin/pages/nothing", adviser, page("T", "B")).status())
          .isEqualTo(403);
      assertThat(api.get("/api/v1/admin/pages/support", null).status()).isEqualTo(401);
    }

    @Test
    void only_an_administrator_edits_a_page() {
      var adviser = api.fixture.staff("adv@example.ac.uk", "Adv", Role.ADVISER).value();

      var reply = api.put("/api/v1/admin/pages/support", adviser, page("Mine", "Mine"));

      assertThat(reply.status()).isEqualTo(403);
      assertThat(api.get("/api/v1/pages", null).body()).doesNotContain("Mine");
    }
  }

  @Nested
  class InEveryLanguage {

    @Test
    void a_default_page_is_shown_in_welsh_with_its_welsh_title_and_body() throws Exception {
      var shown = html("/pages/support?lang=cy");

      assertThat(shown.statusCode()).isEqualTo(200);
      var page = org.jsoup.Jsoup.parse(shown.body());
      assertThat(page.selectFirst("html").attr("lang")).isEqualTo("cy");
      assertThat(page.selectFirst("h1").text()).isEqualTo("Cymorth i chi ac i ffrind");
      assertThat(page.selectFirst("h1").hasAttr("lang")).isFalse();
      assertThat(page.select(".organisation-text h2").eachText())
          .containsExactly(
              "Os oes rhywun mewn perygl nawr",
              "Siarad â rhywun nawr",
              "Ar ôl trais neu gam-drin rhywiol",
              "Cefnogi ffrind");
      // The links are the same in every language.
      assertThat(page.select(".organisation-text a[href=\"tel:116123\"]")).hasSize(1);
      assertThat(html("/pages/support").body())
          .contains("<h1>Support for you and for a friend</h1>");
      // The footer's titles are Welsh too, and carry the language on.
      assertThat(
              page.select("footer .footer-links a[href=\"/pages/covering-your-tracks?lang=cy\"]")
                  .text())
          .isEqualTo("Cuddio eich olion");
    }

    @Test
    void every_welsh_default_page_and_passage_is_welsh_and_shown_but_the_privacy_notice()
        throws Exception {
      for (var slug :
          List.of("what-happens-next", "support", "covering-your-tracks", "accessibility")) {
        var shown = html("/pages/" + slug + "?lang=cy");
        assertThat(shown.statusCode()).as(slug).isEqualTo(200);
        assertThat(shown.body()).as(slug).doesNotContain("FILL IN").contains("lang=\"cy\"");
      }
      assertThat(html("/pages/privacy?lang=cy").statusCode()).isEqualTo(404);
      var admin = api.logIn("admin@example.ac.uk");
      var privacy = api.get("/api/v1/admin/pages/privacy?lang=cy", admin);
      assertThat(privacy.header("Content-Language")).isEqualTo("cy");
      assertThat(privacy.json().get("language").asText()).isEqualTo("cy");
      assertThat(privacy.json().get("title").asText()).isEqualTo("Hysbysiad preifatrwydd");
      assertThat(privacy.json().get("body").asText())
          .contains("## Pwy ydyn ni")
          .contains("[FILL IN: enw llawn a chyfeiriad eich sefydliad]");
      assertThat(privacy.json().get("edited").asBoolean()).isFalse();
    }

    @Test
    void the_organisations_welsh_is_shown_to_welsh_readers_and_its_english_to_english_ones()
        throws Exception {
      var admin = api.logIn("admin@example.ac.uk");
      assertThat(
              api.put(
                      "/api/v1/admin/pages/support",
                      admin,
                      page("Support at Example", "Call Nightline on 01632 960000.", "en"))
                  .status())
          .isEqualTo(204);
      assertThat(
              api.put(
                      "/api/v1/admin/pages/support",
                      admin,
                      page("Cymorth yn Example", "Ffoniwch Nightline ar 01632 960000.", "cy"))
                  .status())
          .isEqualTo(204);

      var welsh = org.jsoup.Jsoup.parse(html("/pages/support?lang=cy").body());
      assertThat(welsh.selectFirst("h1").text()).isEqualTo("Cymorth yn Example");
      assertThat(welsh.selectFirst(".organisation-text").text())
          .isEqualTo("Ffoniwch Nightline ar 01632 960000.");
      assertThat(welsh.selectFirst(".organisation-text").hasAttr("lang")).isFalse();
      var english = org.jsoup.Jsoup.parse(html("/pages/support").body());
      assertThat(english.selectFirst("h1").text()).isEqualTo("Support at Example");
      var list = api.call("/api/v1/pages").header("Accept-Language", "cy-GB").send("GET", null);
      assertThat(list.header("Content-Language")).isEqualTo("cy");
      assertThat(list.json().get("pages").get(1).get("title").asText())
          .isEqualTo("Cymorth yn Example");
      assertThat(list.json().get("pages").get(1).get("language").asText()).isEqualTo("cy");
      assertThat(api.get("/api/v1/admin/pages/support?lang=cy", admin).json().get("body").asText())
          .isEqualTo("Ffoniwch Nightline ar 01632 960000.");
      assertThat(api.get("/api/v1/admin/pages/support", admin).json().get("body").asText())
          .isEqualTo("Call Nightline on 01632 960000.");
      assertThat(pageChanges()).containsExactlyInAnyOrder("support en", "support cy");
    }

    @Test
    void a_page_not_yet_written_in_welsh_shows_the_organisations_english_marked_as_english()
        throws Exception {
      var admin = api.logIn("admin@example.ac.uk");
      api.put(
          "/api/v1/admin/pages/support",
          admin,
          page("Support at Example", "Call Nightline on 01632 960000."));

      var welsh = org.jsoup.Jsoup.parse(html("/pages/support?lang=cy").body());

      assertThat(welsh.selectFirst("html").attr("lang")).isEqualTo("cy");
      assertThat(welsh.selectFirst("h1").text()).isEqualTo("Support at Example");
      assertThat(welsh.selectFirst("h1").attr("lang")).isEqualTo("en");
      assertThat(welsh.selectFirst(".organisation-text").attr("lang")).isEqualTo("en");
      assertThat(welsh.selectFirst(".organisation-text").text()).contains("01632 960000");
      // The rest of the page, and the other pages' titles, stay Welsh.
      assertThat(
              welsh.select("footer .footer-links a[href=\"/pages/support?lang=cy\"]").attr("lang"))
          .isEqualTo("en");
      assertThat(
              welsh.select("footer .footer-links a[href=\"/pages/accessibility?lang=cy\"]").text())
          .isEqualTo("Datganiad hygyrchedd");
      var list = api.get("/api/v1/pages?lang=cy", null).json().get("pages");
      assertThat(list.get(1).get("language").asText()).isEqualTo("en");
      assertThat(list.get(3).get("title").asText()).isEqualTo("Datganiad hygyrchedd");
    }

    @Test
    void a_welsh_passage_reaches_the_welsh_report_form_and_the_english_stays_english()
        throws Exception {
      var admin = api.logIn("admin@example.ac.uk");
      api.put(
          "/api/v1/admin/pages/anonymity-choice",
          admin,
          page("Dienw neu gydag enw", "Ein geiriau ein hunain am fod yn **ddienw**.", "cy"));

      var cy = api.get("/api/v1/admin/pages/anonymity-choice?lang=cy", admin).json();
      var en = api.get("/api/v1/admin/pages/anonymity-choice?lang=en", admin).json();

      assertThat(cy.get("title").asText()).isEqualTo("Dienw neu gydag enw");
      assertThat(cy.get("edited").asBoolean()).isTrue();
      assertThat(en.get("title").asText()).isEqualTo("What staying anonymous means");
      assertThat(en.get("edited").asBoolean()).isFalse();
      assertThat(
              api.get("/api/v1/admin/pages?lang=cy", admin)
                  .json()
                  .get("pages")
                  .findValuesAsText("title"))
          .contains("Dienw neu gydag enw", "Cymorth i chi ac i ffrind");
    }

    @Test
    void a_language_not_offered_is_refused_by_name_and_nothing_is_saved() {
      var admin = api.logIn("admin@example.ac.uk");

      var french = api.put("/api/v1/admin/pages/support", admin, page("Aide", "Appelez.", "fr"));
      var malformed = api.put("/api/v1/admin/pages/support", admin, page("T", "B", "Welsh"));

      assertThat(french.status()).isEqualTo(400);
      assertThat(french.fields()).containsExactly("language");
      assertThat(malformed.fields()).containsExactly("language");
      assertThat(api.get("/api/v1/admin/pages/support", admin).json().get("edited").asBoolean())
          .isFalse();
    }
  }

  /** Everything an author could write to run script, and its shape as it may be sent. */
  static final List<String> HOSTILE =
      List.of(
          "<script>alert('s1')</script>",
          "<img src=x onerror=alert('s2')>",
          "<a href=\"https://example.ac.uk\" onclick=\"alert('s3')\">x</a>",
          "<svg onload=alert('s4')>",
          "[a](javascript:alert('s5'))",
          "[b](JAVASCRIPT:alert('s6'))",
          "[c](&#106;avascript:alert('s7'))",
          "[d](&#x6A;avascript&#x3A;alert('s8'))",
          "[e](java&#9;script:alert('s9'))",
          "[f](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
          "[g](&#100;ata:text/html,s10)",
          "<javascript:alert('s11')>",
          "[h][r]\n\n[r]: javascript:alert('s12')",
          "&lt;script&gt;alert('s13')&lt;/script&gt;",
          "&#60;script&#62;alert('s14')&#60;/script&#62;",
          "[i](//evil.example/s15)",
          "![j](https://evil.example/s16.png)",
          "<style>body{display:none}</style>",
          "<iframe src=\"https://evil.example/s17\"></iframe>");

  @Test
  void nothing_hostile_in_a_page_reaches_the_page_reporters_read() throws Exception {
    var admin = api.logIn("admin@example.ac.uk");
    var body = String.join("\n\n", HOSTILE);

    var put =
        api.put("/api/v1/admin/pages/support", admin, page("Support <b onmouseover=x>", body));

    assertThat(put.status()).as(put.toString()).isEqualTo(204);
    var shown = html("/pages/support").body();
    var main = shown.substring(shown.indexOf("<main"), shown.indexOf("</main>"));
    assertThat(Pattern.compile("<script(?![^>]*\\bsrc=\"/assets/)").matcher(shown).find())
        .as("a script element")
        .isFalse();
    assertThat(Pattern.compile("<[a-z][^>]*\\son[a-z]+=").matcher(shown).find())
        .as("an event attribute")
        .isFalse();
    assertThat(Pattern.compile("<[a-z][^>]*\\sstyle=").matcher(shown).find())
        .as("a style attribute")
        .isFalse();
    assertThat(main)
        .doesNotContain("<img", "<svg", "<iframe", "<style", "href=\"javascript", "href=\"data:")
        .doesNotContain("href=\"//", "evil.example/s16.png\"")
        .doesNotContainIgnoringCase("href=\"java")
        .contains("&lt;script&gt;alert(")
        .contains("<h1>Support &lt;b onmouseover=x&gt;</h1>");
    // The links' words stay, their addresses do not.
    assertThat(main).contains("<p>a</p>").contains("<p>f</p>").contains("<p>i</p>");
  }

  @Test
  void a_closure_notice_is_rendered_with_the_same_rules() throws Exception {
    var admin = api.logIn("admin@example.ac.uk");
    var calendar = api.get("/api/v1/admin/calendar", admin).json();
    var body = Api.MAPPER.convertValue(calendar, Map.class);
    body.put(
        "closures",
        List.of(
            Map.of(
                "firstDay",
                "2026-11-02",
                "lastDay",
                "2026-11-06",
                "notice",
                "Call [Samaritans](tel:116123) or see [help](javascript:alert(1)) <script>x</script>")));

    var put = api.put("/api/v1/admin/calendar", admin, body);

    assertThat(put.status()).as(put.toString()).isEqualTo(204);
    var home = html("/").body();
    assertThat(home)
        .contains("<a href=\"tel:116123\" rel=\"noreferrer noopener\">Samaritans</a>")
        .contains("see help &lt;script&gt;x&lt;/script&gt;")
        .doesNotContain("javascript:");
  }
}
