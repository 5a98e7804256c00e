package org.confide.adapter.web.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.confide.adapter.web.pages.PageClient.formToken;

import io.javalin.Javalin;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.confide.adapter.web.WebServer;
import org.confide.adapter.web.WebSettings;
import org.confide.application.port.in.ChangeCaseStatusUseCase;
import org.confide.application.port.in.ChangeClosingChoicesUseCase;
import org.confide.application.port.in.ChangeEmergencyContactsUseCase;
import org.confide.application.port.in.ChangeOrganisationPageUseCase;
import org.confide.application.port.in.ChangeServiceUseCase;
import org.confide.domain.content.PageKey;
import org.confide.domain.outcome.ChoiceList;
import org.confide.domain.safeguarding.EmergencyContacts;
import org.confide.domain.settings.ServiceChange;
import org.confide.domain.shared.Language;
import org.confide.domain.shared.OwnText;
import org.confide.testing.AReport;
import org.confide.testing.Fixture;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The organisation's own words (its name, its emergency contacts' names and notes) over plain HTTP:
 * shown to a reader in their language where written in it, else in the first language marked with
 * its {@code lang}; written by an administrator in one box per language offered.
 */
class OwnWordsPagesTest {

  private final Fixture fixture = new Fixture();
  private final Javalin app =
      WebServer.create(fixture.confide, WebSettings.defaults(fixture.clock, () -> true))
          .start("127.0.0.1", 0);
  private final PageClient client = new PageClient("http://127.0.0.1:" + app.port());

  @AfterEach
  void stop() {
    app.stop();
  }

  private static Map<Language, String> texts(String english, String welsh) {
    var texts = new LinkedHashMap<Language, String>();
    texts.put(Language.ENGLISH, english);
    texts.put(Language.WELSH, welsh);
    return texts;
  }

  private void nameAndContacts() {
    var name =
        new ServiceChange(
            OwnText.Typed.of(texts("University of Example", "Prifysgol Enghraifft")),
            2192,
            EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
            LocalTime.of(9, 0),
            LocalTime.of(17, 0),
            14);
    assertThat(
            fixture
                .confide
                .changeService()
                .change(fixture.admin, new ChangeServiceUseCase.Command(name))
                .isDone())
        .isTrue();
    var contacts =
        List.of(
            new EmergencyContacts.Entry(
                OwnText.Typed.plain("Nightline"),
                null,
                "https://nightline.example/",
                OwnText.Typed.of(
                    texts("Students listening to students", "Myfyrwyr yn gwrando ar fyfyrwyr"))));
    assertThat(
            fixture
                .confide
                .changeEmergencyContacts()
                .change(fixture.admin, new ChangeEmergencyContactsUseCase.Command(contacts))
                .isDone())
        .isTrue();
  }

  @Test
  void a_welsh_reader_sees_the_welsh_name_and_note_and_a_name_written_once_marked_english()
      throws Exception {
    nameAndContacts();

    var home = Jsoup.parse(client.get("/?lang=cy", Map.of()).body());

    assertThat(home.title()).endsWith("– Prifysgol Enghraifft");
    assertThat(home.selectFirst(".site-name").text()).isEqualTo("Prifysgol Enghraifft");
    assertThat(home.selectFirst(".site-name").hasAttr("lang")).isFalse();
    var contact = home.selectFirst(".contacts li");
    assertThat(contact.selectFirst("strong").text()).isEqualTo("Nightline");
    assertThat(contact.selectFirst("strong").attr("lang")).isEqualTo("en");
    assertThat(contact.selectFirst("span").text()).isEqualTo("Myfyrwyr yn gwrando ar fyfyrwyr");
    assertThat(contact.selectFirst("span").hasAttr("lang")).isFalse();

    var english = Jsoup.parse(client.get("/", Map.of()).body());
    assertThat(english.selectFirst(".site-name").text()).isEqualTo("University of Example");
    assertThat(english.selectFirst(".contacts li strong").hasAttr("lang")).isFalse();
    assertThat(english.selectFirst(".contacts li span").text())
        .isEqualTo("Students listening to students");
  }

  @Test
  void a_name_written_only_in_welsh_is_shown_on_english_pages_marked_welsh() throws Exception {
    var name =
        new ServiceChange(
            OwnText.Typed.of(Map.of(Language.WELSH, "Prifysgol Enghraifft")),
            2192,
            EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
            LocalTime.of(9, 0),
            LocalTime.of(17, 0),
            14);
    fixture.confide.changeService().change(fixture.admin, new ChangeServiceUseCase.Command(name));

    var home = Jsoup.parse(client.get("/", Map.of()).body());

    assertThat(home.selectFirst(".site-name").text()).isEqualTo("Prifysgol Enghraifft");
    assertThat(home.selectFirst(".site-name").attr("lang")).isEqualTo("cy");
  }

  @Test
  void an_administrator_writes_the_name_and_a_note_in_each_language_in_boxes_of_their_own()
      throws Exception {
    var staff = Map.of(Pages.STAFF_COOKIE, fixture.admin.value());
    var service = client.get("/staff/admin/service", staff);
    var page = Jsoup.parse(service.body());
    assertThat(page.select("label[for=organisationName-cy] span[lang=cy]").text())
        .isEqualTo("(Cymraeg)");
    assertThat(page.selectFirst("#organisationName-cy").attr("lang")).isEqualTo("cy");

    var form = new LinkedHashMap<String, String>();
    form.put("csrf", formToken(service.body()));
    form.put("organisationName", "University of Example");
    form.put("organisationName-cy", "Prifysgol Enghraifft");
    form.put("retentionDays", "2192");
    form.put("days", "MONDAY");
    form.put("from", "09:00");
    form.put("to", "17:00");
    form.put("noticeDays", "14");
    assertThat(client.post("/staff/admin/service", staff, form).statusCode()).isEqualTo(303);

    var contacts = client.get("/staff/admin/emergency-contacts", staff);
    var row = new LinkedHashMap<String, String>();
    row.put("csrf", formToken(contacts.body()));
    row.put("name-0", "Nightline");
    row.put("name-0-cy", "");
    row.put("phone-0", "");
    row.put("url-0", "https://nightline.example/");
    row.put("note-0", "Students listening to students");
    row.put("note-0-cy", "x".repeat(301));
    var refused = client.post("/staff/admin/emergency-contacts", staff, row);
    assertThat(refused.statusCode()).isEqualTo(400);
    var errors = Jsoup.parse(refused.body());
    assertThat(errors.select(".error-summary a").attr("href")).isEqualTo("#note-0-cy");
    assertThat(errors.selectFirst("#note-0-cy").attr("value")).isEqualTo("x".repeat(301));

    row.put("note-0-cy", "Myfyrwyr yn gwrando ar fyfyrwyr");
    assertThat(client.post("/staff/admin/emergency-contacts", staff, row).statusCode())
        .isEqualTo(303);

    var settings = fixture.confide.readSettings().read(fixture.admin).orElseThrow();
    assertThat(settings.profile().organisationName())
        .contains(OwnText.of(texts("University of Example", "Prifysgol Enghraifft")));
    var nightline = settings.emergencyContacts().own().getFirst();
    assertThat(nightline.name()).isEqualTo(OwnText.of("Nightline"));
    assertThat(nightline.note().orElseThrow().in(Language.WELSH))
        .isEqualTo("Myfyrwyr yn gwrando ar fyfyrwyr");
    var shown = Jsoup.parse(client.get("/staff/admin/emergency-contacts", staff).body());
    assertThat(shown.selectFirst("#note-0-cy").attr("value"))
        .isEqualTo("Myfyrwyr yn gwrando ar fyfyrwyr");
    assertThat(shown.selectFirst("#name-0").attr("value")).isEqualTo("Nightline");
    assertThat(shown.selectFirst("#name-0-cy").attr("value")).isEmpty();
  }

  @Test
  void a_closed_case_shows_its_outcome_in_welsh_on_the_welsh_page_and_offers_the_welsh_labels()
      throws Exception {
    var outcomes =
        List.of(
            OwnText.Typed.of(texts("Support provided", "Cymorth wedi'i roi")),
            OwnText.Typed.plain("Mediation"));
    fixture
        .confide
        .changeClosingChoices()
        .change(
            fixture.admin, new ChangeClosingChoicesUseCase.Command(ChoiceList.OUTCOMES, outcomes))
        .orElseThrow();
    var open =
        fixture.submit(AReport.anonymous().answer("reporter-role", "student").account("x").build());
    var adviser = Map.of(Pages.STAFF_COOKIE, fixture.adviser.value());
    var path = "/staff/cases/" + open.reference().display();

    var closing = Jsoup.parse(client.get(path + "?lang=cy", adviser).body());
    assertThat(closing.select("select#outcome option[value~=.]").eachText())
        .containsExactly("Cymorth wedi'i roi", "Mediation");

    fixture
        .confide
        .changeCaseStatus()
        .change(
            fixture.adviser,
            ChangeCaseStatusUseCase.Command.close(
                open.reference(), "Resolved", "support-provided", List.of()))
        .orElseThrow();

    assertThat(client.get(path + "?lang=cy", adviser).body()).contains("Cymorth wedi'i roi");
    assertThat(client.get(path, adviser).body())
        .contains("Support provided")
        .doesNotContain("Cymorth wedi'i roi");
  }

  @Test
  void a_privacy_notice_saved_only_in_welsh_is_shown_to_an_english_reader_marked_welsh()
      throws Exception {
    assertThat(client.get("/pages/privacy", Map.of()).statusCode()).isEqualTo(404);
    fixture
        .confide
        .changeOrganisationPage()
        .change(
            fixture.admin,
            new ChangeOrganisationPageUseCase.Command(
                PageKey.PRIVACY,
                Language.WELSH,
                "Hysbysiad preifatrwydd",
                "Prifysgol Enghraifft yw'r rheolydd."))
        .orElseThrow();

    var english = client.get("/pages/privacy", Map.of());

    assertThat(english.statusCode()).isEqualTo(200);
    var page = Jsoup.parse(english.body());
    assertThat(page.selectFirst("html").attr("lang")).isEqualTo("en");
    assertThat(page.selectFirst("h1").text()).isEqualTo("Hysbysiad preifatrwydd");
    assertThat(page.selectFirst("h1").attr("lang")).isEqualTo("cy");
    var link = page.selectFirst(".site-footer a[href=\"/pages/privacy\"]");
    assertThat(link.text()).isEqualTo("Hysbysiad preifatrwydd");
    assertThat(link.attr("lang")).isEqualTo("cy");
  }
}
