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
import org.confide.adapter.web.WebServer;
import org.confide.adapter.web.WebSettings;
import org.confide.adapter.web.i18n.PseudoLanguage;
import org.confide.application.port.in.SessionToken;
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
 * <p>A page not yet in every language (see {@link PageLanguages}) is shown in English whatever is
 * asked; it is listed, and must be in English.
 */
class PseudoLanguageTest {

  // What the test stored, shown back as it was written: names, references, addresses.
  private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w.-]+");
  private static final Pattern WORD = Pattern.compile("[A-Za-z]{2,}");
  private static final List<String> ATTRIBUTES =
      List.of("title", "alt", "placeholder", "aria-label", "aria-description");

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

  /**
   * The questionnaire's own texts (questions, hints, option labels), shown as the questionnaire has
   * them until it carries each text per language (issue 24): a text on a page of its own (a label,
   * a legend, a hint) is left out when it is one of them whole, so that a short label ("No") hides
   * no word written into a template.
   */
  private final java.util.Set<String> questionnaireTexts =
      java.util.Set.copyOf(questionnaireTexts());

  @AfterEach
  void stop() {
    app.stop();
  }

  @Test
  void no_page_shown_in_a_language_holds_a_word_that_is_not_from_its_bundle() throws Exception {
    var people = people();
    var found = new TreeSet<String>();
    var english = new TreeSet<String>();
    for (var route : routes(HandlerType.GET)) {
      for (var person : people.entrySet()) {
        var reply = get(address(route) + "?lang=qps", person.getValue());
        read(route, person.getKey(), reply, found, english);
      }
    }
    assertThat(found).as("words on pages shown in the pseudo language").isEmpty();
    System.out.println("Pages shown in English only, for now: " + english);
  }

  @Test
  void no_form_sent_back_empty_answers_with_a_word_that_is_not_from_its_bundle() throws Exception {
    var people = people();
    var found = new TreeSet<String>();
    var english = new TreeSet<String>();
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
        read("POST " + route, person.getKey(), reply, found, english);
      }
    }
    assertThat(found).as("words on form answers shown in the pseudo language").isEmpty();
  }

  private void read(
      String route,
      String person,
      HttpResponse<String> reply,
      TreeSet<String> found,
      TreeSet<String> english) {
    var type = reply.headers().firstValue("Content-Type").orElse("");
    if (!type.startsWith("text/html")) {
      return;
    }
    var page = Jsoup.parse(reply.body());
    var lang = page.selectFirst("html").attr("lang");
    if (!lang.equals(PseudoLanguage.TAG.tag())) {
      english.add(route);
      return;
    }
    for (var words : plainWords(page)) {
      found.add(route + " (" + person + ", " + reply.statusCode() + "): " + words);
    }
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
      if (questionnaireTexts.contains(left.strip())) {
        continue;
      }
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

  /** The questionnaire's texts, as the first language has them: questions, hints and options. */
  private List<String> questionnaireTexts() {
    var texts = new ArrayList<String>();
    for (var question : fixture.confide.readQuestionnaire().current().questions()) {
      texts.add(question.text().first());
      question.hint().ifPresent(hint -> texts.add(hint.first()));
      question.options().forEach(option -> texts.add(option.label().first()));
    }
    return texts;
  }

  private static boolean inPseudoLanguage(Element element) {
    for (var at = element; at != null; at = at.parent()) {
      if (at.hasAttr("lang")) {
        return at.attr("lang").equals(PseudoLanguage.TAG.tag());
      }
    }
    return false;
  }

  /** Who opens each page, by the cookies their browser sends; stores what the pages show. */
  private Map<String, Map<String, String>> people() {
    var named = fixture.submit(AReport.named().account("Someone followed me home.").build());
    var anonymous = fixture.submit(AReport.anonymous().account("It happened again.").build());
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
    // The routing page offers each answer as the questionnaire words it, question and option.
    for (var question : fixture.confide.readQuestionnaire().current().questions()) {
      question
          .options()
          .forEach(option -> data.add(question.text().first() + " — " + option.label().first()));
    }
    // References as the pages show them, grouped ("6Q9AG-772FP").
    for (var receipt : List.of(named, anonymous, urgent)) {
      data.add(receipt.reference().display());
    }
    data.addAll(asAnswered());
    // The organisation's outcomes and tags, shown as it names them.
    var closing = fixture.confide.readClosingChoices().read(fixture.lead).orElseThrow();
    closing.outcomes().all().forEach(choice -> data.add(choice.label()));
    closing.tags().all().forEach(choice -> data.add(choice.label()));
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

  /**
   * The questionnaire's own texts, which a case, an alert and the trends show as a report was
   * answered: the questionnaire keeps them per language, not the bundles.
   */
  private List<String> asAnswered() {
    var texts = new ArrayList<>(questionnaireTexts());
    // A chart shortens a long label to its first 29 characters and an ellipsis.
    texts.addAll(
        texts.stream()
            .filter(text -> text.length() > 30)
            .map(text -> text.substring(0, 29))
            .toList());
    return texts;
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
