package org.confide.adapter.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.confide.adapter.web.WebServer;
import org.confide.adapter.web.WebSettings;
import org.confide.application.port.in.ChangeCalendarUseCase;
import org.confide.domain.settings.CalendarChange;
import org.confide.testing.AReport;
import org.confide.testing.Fixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The reporter's journey in Welsh over plain HTTP: every page of it, the form posted in Welsh
 * answering in Welsh when it is refused and leading to a Welsh page when it is taken, dates and
 * working days in Welsh words, and a language asked for in a way that cannot be one ignored and
 * never written back.
 */
class ReporterLanguagePagesTest {

  private final Fixture fixture = new Fixture();
  private final Javalin app =
      WebServer.create(fixture.confide, WebSettings.defaults(fixture.clock, () -> true))
          .start("127.0.0.1", 0);
  private final PageClient http = new PageClient("http://127.0.0.1:" + app.port());

  @AfterEach
  void stop() {
    app.stop();
  }

  @Test
  void the_first_step_and_the_sign_in_page_are_welsh_and_link_to_english() throws Exception {
    var step = http.get("/report?lang=cy", Map.of()).body();
    assertThat(step)
        .contains("<html lang=\"cy\">")
        .contains("<title>Cam 1 o 10 – Confide</title>")
        .contains("<h1>Cam 1 o 10: beth ddigwyddodd</h1>")
        .contains("Atebwch yr hyn a allwch chi.")
        .contains(">Parhau</button>")
        .contains("<a href=\"/?lang=cy\">Yn ôl</a>")
        .contains("<input type=\"hidden\" name=\"lang\" value=\"cy\">")
        .contains("Er enghraifft 27 3 2025, neu 3 2025 heb y diwrnod.")
        .contains("Mwy na blwyddyn yn ôl")
        .contains(
            "<button type=\"submit\" form=\"report\" name=\"switch-language\" value=\"en\""
                + " class=\"link language-switch\" lang=\"en\">English</button>")
        .doesNotContain("Continue");

    var signIn = http.get("/sign-in?lang=cy", Map.of()).body();
    assertThat(signIn)
        .contains("<html lang=\"cy\">")
        .contains("<h1>Mewngofnodwch gyda'ch cod mynediad</h1>")
        .contains("<label class=\"question\" for=\"code\">Cod mynediad</label>")
        .contains("<a href=\"/report?lang=cy\">ddweud wrthym eto</a>")
        .doesNotContain("Access code");
  }

  @Test
  void a_reporters_own_pages_are_welsh_with_dates_and_hours_in_welsh_words() throws Exception {
    var receipt = fixture.submit(AReport.anonymous().account("Mae'n digwydd eto.").build());
    var reporter = http.reporterSignIn(http.visit(), receipt.accessCode().orElseThrow().display());

    var mine = http.get("/my-report?lang=cy", reporter).body();
    assertThat(mine)
        .contains("<html lang=\"cy\">")
        .contains("<h1>Eich adroddiad</h1>")
        .containsPattern("Anfonwyd \\d{1,2} [A-Z][a-z]+ \\d{4} am \\d{2}:\\d{2}\\. ")
        .contains("Mae wedi cyrraedd ac yn aros am gynghorydd.")
        .contains("Mae negeseuon yn cael eu darllen o ddydd Llun i ddydd Gwener")
        .containsPattern("Bydd cynghorydd yn ateb erbyn <strong>(?i:dydd) \\p{Lu}\\p{L}+ \\d{1,2} ")
        .contains("Hyd at 5,000 nod.")
        .contains("data-session-warning=\"Byddwch chi")
        .contains("cael eich allgofnodi ymhen 3 munud")
        .contains("<a href=\"/my-report/erase?lang=cy\">Dilëwch eich adroddiad</a>")
        .contains("Mae'n digwydd eto.")
        .doesNotContain("Messages are read")
        .doesNotContain("December");

    assertThat(http.get("/my-report/contact?lang=cy", reporter).body())
        .contains("<html lang=\"cy\">")
        .contains("<h1>Rhannu eich manylion cyswllt</h1>")
        .contains(">Cyfeiriad e-bost")
        .contains("<a href=\"/my-report?lang=cy\">Canslo</a>");
    assertThat(http.get("/my-report/erase?lang=cy", reporter).body())
        .contains("<html lang=\"cy\">")
        .contains("<h1>Dileu eich adroddiad</h1>")
        .contains(">Dileu fy adroddiad</button>");
  }

  @ParameterizedTest
  @ValueSource(strings = {"/pages/support?lang=cy", "/pages/no-such-page?lang=cy"})
  void an_organisation_page_and_a_lost_one_are_framed_in_welsh(String path) throws Exception {
    var page = http.get(path, Map.of());
    assertThat(page.body())
        .contains("<html lang=\"cy\">")
        .contains("Gadael yn gyflym")
        .contains("Nid gwasanaeth brys yw Confide.");
    if (page.statusCode() == 404) {
      assertThat(page.body())
          .contains("<h1>Heb ddod o hyd i'r dudalen</h1>")
          .contains("<a href=\"/?lang=cy\">Mynd i'r dudalen gyntaf</a>");
    } else {
      assertThat(page.body()).contains("<a href=\"/?lang=cy\">Yn ôl i'r dudalen gyntaf</a>");
    }
  }

  @Test
  void a_step_posted_in_welsh_with_a_problem_answers_in_welsh() throws Exception {
    var visit = http.visit();
    var reply = postInWelsh("/report", visit, Map.of("step", "1", "go", "next"));

    assertThat(reply.statusCode()).isEqualTo(400);
    assertThat(reply.body())
        .contains("<html lang=\"cy\">")
        .contains("<title>Gwall: Cam 1 o 10 – Confide</title>")
        .contains("<h2 id=\"error-summary-title\">Mae problem</h2>")
        // The domain's problem in Welsh, naming the question as the Welsh page asks it.
        .contains("Atebwch y cwestiwn \u201cBeth ddigwyddodd?\u201d")
        .contains("<span class=\"visually-hidden\">Gwall:</span>")
        .contains("<input type=\"hidden\" name=\"lang\" value=\"cy\">")
        .doesNotContain("Answer the question")
        .doesNotContain("What happened?");
  }

  @Test
  void a_report_sent_in_welsh_is_received_in_welsh_with_the_reply_date_in_welsh() throws Exception {
    var visit = http.visit();
    var form = new LinkedHashMap<String, String>();
    form.put("key", "a-welsh-report-key-0001");
    form.put("answers.incident-type", "bullying");
    form.put("answers.where", "online");
    form.put("answers.reporter-role", "student");
    form.put("answers.affected-person", "me");
    form.put("answers.under-18", "no");
    form.put("answers.immediate-danger", "no");
    form.put("anonymity", "anonymous");
    form.put("messaging", "yes");
    form.put("step", "10");
    form.put("go", "send");

    var receipt = postInWelsh("/report", visit, form);

    assertThat(receipt.statusCode()).isEqualTo(201);
    assertThat(receipt.body())
        .contains("<html lang=\"cy\">")
        .contains("<h1>Mae eich adroddiad wedi'i anfon</h1>")
        .containsPattern("Bydd cynghorydd yn ateb erbyn <strong>(?i:dydd) \\p{Lu}\\p{L}+ \\d{1,2} ")
        .contains("data-copied=\"Mae")
        .contains("gopïo.\" data-copy-failed=")
        .contains(">Copïo'r cod</button>");
    var saved = postInWelsh("/report/saved", visit, Map.of("code", "", "due", ""));
    assertThat(saved.statusCode()).isEqualTo(400);
    assertThat(saved.body())
        .contains("Ticiwch y blwch pan fyddwch chi wedi ysgrifennu eich cod mynediad i lawr");
  }

  @Test
  void signing_in_and_writing_in_welsh_lead_to_welsh_pages_keeping_the_fragment_last()
      throws Exception {
    var receipt = fixture.submit(AReport.anonymous().build());
    var visit = http.visit();
    var signIn =
        postInWelsh(
            "/sign-in", visit, Map.of("code", receipt.accessCode().orElseThrow().display()));
    assertThat(signIn.statusCode()).isEqualTo(303);
    assertThat(signIn.headers().firstValue("Location")).hasValue("/my-report?lang=cy");

    var reporter = new LinkedHashMap<>(PageClient.cookies(signIn));
    var page = http.get("/my-report?lang=cy", reporter).body();
    var token = PageClient.formToken(page);
    var empty =
        http.post("/my-report/messages", reporter, Map.of("csrf", token, "lang", "cy", "body", ""));
    assertThat(empty.statusCode()).isEqualTo(400);
    assertThat(empty.body()).contains("<html lang=\"cy\">").contains("Ysgrifennwch eich neges");

    var sent =
        http.post(
            "/my-report/messages",
            reporter,
            Map.of("csrf", token, "lang", "cy", "body", "Digwyddodd eto heddiw."));
    assertThat(sent.headers().firstValue("Location"))
        .hasValue("/my-report?done=sent&lang=cy#thread");
    assertThat(http.get("/my-report?done=sent&lang=cy", reporter).body())
        .contains("Mae eich neges wedi'i hanfon.");
  }

  @Test
  void a_wrong_code_in_welsh_is_refused_in_welsh() throws Exception {
    var visit = http.visit();
    var wrong = postInWelsh("/sign-in", visit, Map.of("code", "0000-0000-0000-0000"));
    assertThat(wrong.statusCode()).isEqualTo(401);
    assertThat(wrong.body())
        .contains("<html lang=\"cy\">")
        .contains("Wnaeth y cod hwnnw ddim agor adroddiad.");
  }

  @Test
  void the_response_target_reads_two_working_days_in_welsh_with_its_mutation() throws Exception {
    assertThat(
            fixture
                .confide
                .changeCalendar()
                .change(
                    fixture.admin,
                    new ChangeCalendarUseCase.Command(new CalendarChange.SetServiceLevel(2, 1)))
                .isDone())
        .isTrue();

    assertThat(http.get("/?lang=cy", Map.of()).body()).contains("o fewn 2 ddiwrnod gwaith.");
    assertThat(http.get("/?lang=en", Map.of()).body()).contains("within 2 working days.");
  }

  @ParameterizedTest
  @ValueSource(strings = {"cy\"><b>x</b>", "CY", "welsh", "c", "cy-GB", "zzzz"})
  void a_language_that_is_not_a_tag_is_ignored_and_never_written_back(String bad) throws Exception {
    var encoded = java.net.URLEncoder.encode(bad, java.nio.charset.StandardCharsets.UTF_8);
    var page = http.get("/sign-in?lang=" + encoded, Map.of()).body();
    assertThat(page).contains("<html lang=\"en\">").doesNotContain("<b>x</b>");
    assertThat(page)
        .doesNotContain("lang=" + encoded + "\"")
        .doesNotContain("lang=" + encoded + "&")
        .doesNotContain("value=\"" + bad + "\"");

    var visit = http.visit();
    var out = http.post("/sign-out", visit.cookies(), Map.of("csrf", visit.token(), "lang", bad));
    assertThat(out.statusCode()).isEqualTo(303);
    assertThat(out.headers().firstValue("Location")).hasValue("/?done=signed-out");
  }

  /**
   * {@code fields} posted from a Welsh page of {@code visit}: with its form token and its language.
   */
  private HttpResponse<String> postInWelsh(
      String path, PageClient.Visit visit, Map<String, String> fields) throws Exception {
    var form = new LinkedHashMap<>(fields);
    form.put("csrf", visit.token());
    form.put("lang", "cy");
    return http.post(path, visit.cookies(), form);
  }
}
