package org.confide.adapter.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import io.javalin.http.HandlerType;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.confide.adapter.web.VersionLackingWelsh;
import org.confide.adapter.web.WebServer;
import org.confide.adapter.web.WebSettings;
import org.confide.adapter.web.i18n.PseudoLanguage;
import org.confide.application.port.in.SessionToken;
import org.confide.domain.analytics.TrendDimension;
import org.confide.domain.questionnaire.RawAnswer;
import org.confide.testing.AReport;
import org.confide.testing.Fixture;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Every page, and every form sent back with nothing filled in, shown in a pseudo language made from
 * the English bundle (see {@link PseudoLanguage}): a plain word on it came from a template or the
 * code, not a bundle, and would be left in English on the Welsh page too. The routes are read from
 * the router, so a new page cannot be missed; each is opened by no one, a reporter, an adviser, a
 * safeguarding lead and an administrator, so its refusals are read as well.
 *
 * <p>Every page is in every language: one shown in another language than the one asked for is a
 * finding too. The default questionnaire's texts are in the pseudo language too ({@link
 * PseudoLanguage#withShipped()}), so no page is let off showing them in English; the tables
 * downloaded as CSV are read the same way.
 *
 * <p>The questionnaire in use is a version lacking the pseudo language for the organisation's own
 * texts of two questions ({@link VersionLackingWelsh}), and the reports answer it: those texts are
 * shown as written, in English, and pass only where the element holding them is marked {@code
 * lang="en"}. An element marked with another language is read too: a word of the page's own bundle
 * in it is a finding, as marking more than the text in that language would tell a screen reader to
 * read the page's words in the wrong voice.
 */
class PseudoLanguageTest {

  // What the test stored, shown back as it was written: names, references, addresses.
  private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w.-]+");
  private static final Pattern WORD = Pattern.compile("[A-Za-z]{2,}");
  private static final List<String> ATTRIBUTES =
      List.of("title", "alt", "placeholder", "aria-label", "aria-description");

  // A cell that names a row or an event as the API does: a key, a code, a parameter, an id, a time.
  private static final Pattern KEY =
      Pattern.compile(
          "[a-z0-9][a-z0-9-]*|[A-Z][A-Z0-9_]*|[a-z]+(?:[A-Z][a-z]+)+|\\(none\\)"
              + "|\\d{4}-\\d{2}-\\d{2}T[0-9:.]+Z");

  // The audit trail's detail, as Confide recorded it, in English; and the same in words.
  private static final int DETAIL = 6;
  private static final int DETAIL_IN_WORDS = 8;

  private final Fixture fixture = new Fixture();
  private final Javalin app =
      WebServer.create(
              fixture.confide,
              WebSettings.defaults(fixture.clock, () -> true)
                  .withLanguages(PseudoLanguage.withShipped()))
          .start("127.0.0.1", 0);
  private final PageClient http = new PageClient("http://127.0.0.1:" + app.port());
  private final Map<String, String> filled = new LinkedHashMap<>();
  private final List<String> data = new ArrayList<>();

  @AfterEach
  void stop() {
    app.stop();
  }

  @Test
  void no_page_shown_in_a_language_holds_a_word_that_is_not_from_its_bundle() throws Exception {
    var people = people();
    var found = new TreeSet<String>();
    for (var route : routes(HandlerType.GET)) {
      for (var person : people.entrySet()) {
        var reply = get(address(route) + "?lang=qps", person.getValue());
        read(route, person.getKey(), reply, found);
      }
    }
    assertThat(found).as("words on pages shown in the pseudo language").isEmpty();
  }

  /**
   * Every table downloaded as CSV, asked for in the pseudo language by whoever may read it: each
   * heading and label is from a bundle, and only the columns that name rows as the API does (keys,
   * codes, ids, times) and the audit trail's detail (Confide's own English record) are left as they
   * are. The audit trail's detail in words is in the language, but for a detail recorded before
   * details were coded, which it gives as recorded.
   */
  @Test
  void no_table_downloaded_as_csv_holds_a_word_that_is_not_from_its_bundle() throws Exception {
    var people = people();
    var found = new TreeSet<String>();
    var read = new TreeSet<String>();
    int detailsInWords = 0;
    var csvs =
        app.unsafe.internalRouter.allHttpHandlers().stream()
            .map(parsed -> parsed.endpoint.path)
            .filter(path -> path.endsWith(".csv") && !WebServer.isApi(path))
            .distinct()
            .toList();
    assertThat(csvs).hasSize(3);
    for (var route : csvs) {
      for (var person : people.entrySet()) {
        var reply = get(route + "?lang=" + PseudoLanguage.TAG.tag(), person.getValue());
        if (!reply.headers().firstValue("Content-Type").orElse("").startsWith("text/csv")) {
          continue;
        }
        read.add(route);
        assertThat(reply.headers().firstValue("Content-Language"))
            .hasValue(PseudoLanguage.TAG.tag());
        var lines = reply.body().split("\r\n");
        for (int line = 0; line < lines.length; line++) {
          var cells = cells(lines[line]);
          for (int column = 0; column < cells.size(); column++) {
            var cell = cells.get(column);
            if (line > 0 && route.endsWith("audit.csv")) {
              if (column == DETAIL || column == DETAIL_IN_WORDS && cell.equals(cells.get(DETAIL))) {
                continue;
              }
              if (column == DETAIL_IN_WORDS) {
                detailsInWords++;
              }
            }
            var left = PseudoLanguage.withoutBundleWords(cell);
            for (var datum : data) {
              left = left.replace(datum, " ");
            }
            // A heading is the API's name only where it heads the keys: a trend dimension's.
            var key =
                line == 0 ? TrendDimension.parse(cell).isPresent() : KEY.matcher(cell).matches();
            if (!key && WORD.matcher(left).find()) {
              found.add(route + " (" + person.getKey() + "), line " + (line + 1) + ": " + cell);
            }
          }
        }
      }
    }
    assertThat(read).as("tables read").containsExactlyInAnyOrderElementsOf(csvs);
    assertThat(found).as("words in tables downloaded in the pseudo language").isEmpty();
    assertThat(detailsInWords).as("audit details read in words").isPositive();
  }

  /** The cells of one CSV line, unquoted. */
  private static List<String> cells(String line) {
    var cells = new ArrayList<String>();
    var cell = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
        cell.append('"');
        i++;
      } else if (c == '"') {
        quoted = !quoted;
      } else if (c == ',' && !quoted) {
        cells.add(cell.toString());
        cell.setLength(0);
      } else {
        cell.append(c);
      }
    }
    cells.add(cell.toString());
    return cells;
  }

  @Test
  void no_form_sent_back_empty_answers_with_a_word_that_is_not_from_its_bundle() throws Exception {
    var people = people();
    var found = new TreeSet<String>();
    // Signing out ends the sessions every other form is posted with: it is posted last.
    var posts = new ArrayList<>(routes(HandlerType.POST));
    posts.sort(java.util.Comparator.comparing(route -> route.equals("/staff/sign-out")));
    for (var route : posts) {
      for (var person : people.entrySet()) {
        var token = formToken(route, person.getValue());
        var reply =
            post(
                address(route),
                person.getValue(),
                Map.of("csrf", token.token(), "lang", PseudoLanguage.TAG.tag()),
                token.cookie());
        read("POST " + route, person.getKey(), reply, found);
      }
    }
    assertThat(found).as("words on form answers shown in the pseudo language").isEmpty();
  }

  private void read(
      String route, String person, HttpResponse<String> reply, TreeSet<String> found) {
    var type = reply.headers().firstValue("Content-Type").orElse("");
    if (!type.startsWith("text/html")) {
      return;
    }
    var page = Jsoup.parse(reply.body());
    var lang = page.selectFirst("html").attr("lang");
    var url = route + " (" + person + ", " + reply.statusCode() + "): ";
    if (!lang.equals(PseudoLanguage.TAG.tag())) {
      found.add(route + " (" + person + ", " + reply.statusCode() + "): shown in " + lang);
      return;
    }
    for (var words : plainWords(page)) {
      found.add(url + words);
    }
    for (var words : pageWordsMarkedOtherwise(page)) {
      found.add(url + words);
    }
  }

  /**
   * The words from the page's bundle inside an element marked with another language: only the text
   * in that language may be marked, never the page's own words around it.
   */
  private static List<String> pageWordsMarkedOtherwise(Document page) {
    var marked = new ArrayList<String>();
    for (var element : page.getAllElements()) {
      var lang = lang(element);
      if (lang.equals(PseudoLanguage.TAG.tag())
          || element.nameIs("script")
          || element.nameIs("style")) {
        continue;
      }
      var texts = new ArrayList<String>();
      element.textNodes().forEach(node -> texts.add(node.text()));
      ATTRIBUTES.forEach(attribute -> texts.add(element.attr(attribute)));
      for (var text : texts) {
        if (text.contains("⟦")) {
          marked.add("marked lang=\"" + lang + "\" but in the page's language: " + text.strip());
        }
      }
    }
    return marked;
  }

  /** The visible words of {@code page} in the pseudo language, without what a bundle wrote. */
  private List<String> plainWords(Document page) {
    var texts = new ArrayList<String>();
    texts.add(page.title());
    for (var element : page.getAllElements()) {
      if (!inPseudoLanguage(element)
          || element.nameIs("script")
          || element.nameIs("style")
          || notWords(element)) {
        continue;
      }
      for (var node : element.textNodes()) {
        texts.add(((TextNode) node).text());
      }
      for (var attribute : ATTRIBUTES) {
        texts.add(element.attr(attribute));
      }
      if (element.nameIs("input")
          && List.of("submit", "button", "reset").contains(element.attr("type"))) {
        texts.add(element.attr("value"));
      }
    }
    var plain = new ArrayList<String>();
    for (var text : texts) {
      var left = EMAIL.matcher(PseudoLanguage.withoutBundleWords(text)).replaceAll(" ");
      for (var datum : data) {
        left = left.replace(datum, " ");
      }
      if (WORD.matcher(left).find()) {
        plain.add(left.strip().replaceAll("\\s+", " "));
      }
    }
    return plain;
  }

  /** Whether {@code element} is marked as no words to translate (a key, recovery codes). */
  private static boolean notWords(Element element) {
    for (var at = element; at != null; at = at.parent()) {
      if (at.attr("translate").equals("no")) {
        return true;
      }
    }
    return false;
  }

  private static boolean inPseudoLanguage(Element element) {
    return lang(element).equals(PseudoLanguage.TAG.tag());
  }

  /** The language {@code element} is in: its own {@code lang}, else its nearest parent's. */
  private static String lang(Element element) {
    for (var at = element; at != null; at = at.parent()) {
      if (at.hasAttr("lang")) {
        return at.attr("lang");
      }
    }
    return "";
  }

  /** Who opens each page, by the cookies their browser sends; stores what the pages show. */
  private Map<String, Map<String, String>> people() {
    VersionLackingWelsh.inUse(fixture.ports.questionnaires(), fixture.clock.instant());
    var named =
        fixture.submit(
            AReport.named()
                .questionnaireVersion(3)
                .answer("where", RawAnswer.of("online"))
                .account("Someone followed me home.")
                .build());
    var anonymous =
        fixture.submit(
            AReport.anonymous()
                .questionnaireVersion(3)
                .answer("where", RawAnswer.of("off-campus"))
                .account("It happened again.")
                .build());
    var urgent =
        fixture.submit(
            AReport.anonymous()
                .account("I am not safe.")
                .answer("immediate-danger", RawAnswer.of("yes"))
                .build());
    filled.put("{reference}", anonymous.reference().value());
    filled.put(
        "{id}",
        fixture
            .confide
            .listOpenEscalations()
            .list(fixture.lead)
            .orElseThrow()
            .getFirst()
            .id()
            .value()
            .toString());
    filled.put("{slug}", "support");
    filled.put("{index}", "1");
    filled.put("{version}", "1");
    filled.put("{name}", "confide.css");
    data.addAll(
        List.of(
            named.reference().value(),
            anonymous.reference().value(),
            urgent.reference().value(),
            "Someone followed me home.",
            "It happened again.",
            "I am not safe.",
            "Sam Reporter",
            "Ada Admin",
            "Alex Adviser",
            "Olu Other",
            "Lee Lead",
            "Ana Analyst",
            "Confide",
            // The working calendar's time zone, as the organisation set it.
            "Europe/London"));
    // References as the pages show them, grouped ("6Q9AG-772FP").
    for (var receipt : List.of(named, anonymous, urgent)) {
      data.add(receipt.reference().display());
    }
    // The organisation's own outcomes and tags, shown as it names them; those Confide ships come
    // from the bundles, so their English is not data but a word missed.
    var closing = fixture.confide.readClosingChoices().read(fixture.lead).orElseThrow();
    closing.outcomes().all().stream()
        .filter(choice ->
            !org.confide.domain.outcome.Choices.isDefault(
                org.confide.domain.outcome.ChoiceList.OUTCOMES, choice))
        .forEach(choice -> data.addAll(choice.label().all()));
    closing.tags().all().forEach(choice -> data.addAll(choice.label().all()));
    // Why an escalation was raised, as it was recorded when it was raised.
    fixture
        .confide
        .listOpenEscalations()
        .list(fixture.lead)
        .orElseThrow()
        .forEach(escalation -> escalation.trigger().ifPresent(data::add));
    // Longest first, so that a short datum ("No") is not taken out of a longer one before it.
    data.sort(java.util.Comparator.comparingInt(String::length).reversed());
    var people = new LinkedHashMap<String, Map<String, String>>();
    people.put("no one", Map.of());
    people.put("a reporter", Map.of(Pages.REPORTER_COOKIE, reporter(anonymous)));
    people.put("an adviser", staff(fixture.adviser));
    people.put("a safeguarding lead", staff(fixture.lead));
    people.put("an administrator", staff(fixture.admin));
    return people;
  }

  private String reporter(org.confide.application.port.in.SubmitReportUseCase.Receipt receipt) {
    return fixture.reporterSessionFor(receipt).value();
  }

  private static Map<String, String> staff(SessionToken token) {
    return Map.of(Pages.STAFF_COOKIE, token.value());
  }

  /** Every route of the pages (not the API) for {@code method}, read from the router. */
  private List<String> routes(HandlerType method) {
    return app.unsafe.internalRouter.allHttpHandlers().stream()
        .map(parsed -> parsed.endpoint)
        .filter(endpoint -> endpoint.method == method)
        .map(endpoint -> endpoint.path)
        .filter(path -> !WebServer.isApi(path) && !path.startsWith("/assets"))
        .filter(path -> !path.endsWith(".csv") && !path.equals("/health"))
        .distinct()
        // Signing out last, so that every other form is sent by someone still signed in.
        .sorted(
            java.util.Comparator.comparing((String path) -> path.endsWith("/sign-out"))
                .thenComparing(java.util.Comparator.naturalOrder()))
        .toList();
  }

  private String address(String route) {
    var address = route;
    for (var entry : filled.entrySet()) {
      address = address.replace(entry.getKey(), entry.getValue());
    }
    return address;
  }

  private record FormToken(String token, String cookie) {}

  /**
   * A form token for a form of {@code route} in the browser holding {@code cookies}, from a page of
   * the same side of the site, and the visit cookie it is bound to.
   */
  private FormToken formToken(String route, Map<String, String> cookies) throws Exception {
    var staffRoute = route.startsWith("/staff");
    var page =
        get(
            !staffRoute
                ? "/sign-in"
                : cookies.containsKey(Pages.STAFF_COOKIE)
                    ? "/staff/notifications"
                    : "/staff/sign-in",
            cookies);
    var token = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"").matcher(page.body());
    var visit = PageClient.cookies(page).getOrDefault(Pages.FORM_COOKIE, "");
    return new FormToken(token.find() ? token.group(1) : "", visit);
  }

  private HttpResponse<String> get(String path, Map<String, String> cookies) throws Exception {
    return http.get(path, cookies);
  }

  private HttpResponse<String> post(
      String path, Map<String, String> cookies, Map<String, String> form, String visit)
      throws Exception {
    var all = new LinkedHashMap<>(cookies);
    if (!visit.isEmpty()) {
      all.put(Pages.FORM_COOKIE, visit);
    }
    return http.post(path, all, form);
  }
}
