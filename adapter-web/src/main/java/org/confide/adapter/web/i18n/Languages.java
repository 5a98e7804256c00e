package org.confide.adapter.web.i18n;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.confide.domain.questionnaire.DefaultQuestionnaire;
import org.confide.domain.questionnaire.LabelledAnswer;
import org.confide.domain.questionnaire.Questionnaire;
import org.confide.domain.shared.Language;

/**
 * The languages pages are offered in, each with its words, read once at start from the class path:
 * {@code <folder>/languages.txt} lists their tags, the first being the language of a request that
 * asks for none Confide offers, {@code <folder>/messages_<tag>.properties} (UTF-8) holds each one's
 * words, and {@code <folder>/questionnaire_<tag>.properties} each one's texts of the default
 * questionnaire, by question and option ids (the first language needs none: the default is written
 * in it).
 *
 * <p>A language whose bundle lacks a message the first has, has one the first has not, or holds a
 * pattern that cannot be read, or whose questionnaire texts lack one of the default's, is refused
 * at start, with the keys named: no page is ever shown half in one language for want of a word.
 */
public final class Languages {

  /** Where the languages Confide ships with are. */
  static final String SHIPPED = "i18n";

  // A tag's start: "<a", "</", "<!"; not a choice's "1<".
  private static final Pattern MARKUP = Pattern.compile("<[a-zA-Z/!]");

  private final List<Texts> offered;
  private final Map<Language, Map<String, String>> translations;

  private Languages(List<Texts> offered) {
    this.offered = List.copyOf(offered);
    this.translations = QuestionnaireTexts.translations(this.offered);
  }

  /** {@return the languages Confide ships with: English and Welsh} */
  public static Languages shipped() {
    return load(Languages.class.getClassLoader(), SHIPPED);
  }

  /**
   * The languages in {@code folder} of {@code loader}'s class path.
   *
   * @throws IllegalStateException naming what is wrong, if a bundle is missing or incomplete
   */
  static Languages load(ClassLoader loader, String folder) {
    var tags =
        read(loader, folder + "/languages.txt")
            .lines()
            .map(String::strip)
            .filter(line -> !line.isEmpty() && !line.startsWith("#"))
            .toList();
    if (tags.isEmpty()) {
      throw new IllegalStateException(folder + "/languages.txt lists no language");
    }
    var offered = new ArrayList<Texts>();
    for (var tag : tags) {
      var language =
          Language.parse(tag)
              .orElseThrow(() ->
                  new IllegalStateException(
                      folder + "/languages.txt: " + tag + " is not a language tag such as cy"));
      var questionnaire = folder + "/questionnaire_" + language.tag() + ".properties";
      offered.add(
          new Texts(
              language,
              properties(loader, folder + "/messages_" + language.tag() + ".properties"),
              // The first language's texts are those the default is written in; another's are
              // required, and checked below, all that lack one named together.
              loader.getResource(questionnaire) == null
                  ? Map.of()
                  : properties(loader, questionnaire)));
    }
    return of(folder, offered);
  }

  /**
   * The languages {@code offered}, the first first, each checked against the first.
   *
   * @param where where they were read from, to name in a refusal
   * @throws IllegalStateException naming what is wrong, if a language's words are incomplete
   */
  static Languages of(String where, List<Texts> offered) {
    var first = offered.getFirst();
    var problems = new ArrayList<String>();
    for (var texts : offered) {
      problems.addAll(problems(first, texts));
      if (texts != first || !texts.questionnaire().isEmpty()) {
        problems.addAll(QuestionnaireTexts.problems(texts));
      }
    }
    if (!problems.isEmpty()) {
      throw new IllegalStateException(
          "The message bundles in " + where + " are not complete: " + String.join("; ", problems));
    }
    return new Languages(offered);
  }

  /** {@return the languages offered, the first first: the languages a questionnaire must have} */
  public List<Language> languages() {
    return offered.stream().map(Texts::language).toList();
  }

  /**
   * {@code questionnaire} with the default's texts in each language offered, wherever a text is one
   * Confide ships, unchanged; an organisation's own words are left as written.
   *
   * @param questionnaire any version
   * @return the questionnaire, of the same version
   */
  public Questionnaire translated(Questionnaire questionnaire) {
    return DefaultQuestionnaire.translated(questionnaire, first().language(), translations);
  }

  /**
   * {@code answer} with the default's texts in each language offered, wherever a text is one
   * Confide ships, unchanged.
   *
   * @param answer an answer in words
   * @return the answer in words
   */
  public LabelledAnswer translated(LabelledAnswer answer) {
    return DefaultQuestionnaire.translated(answer, first().language(), translations);
  }

  private static Map<String, String> properties(ClassLoader loader, String path) {
    var properties = new Properties();
    try (var reader = new InputStreamReader(resource(loader, path), StandardCharsets.UTF_8)) {
      properties.load(reader);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    var messages = new LinkedHashMap<String, String>();
    properties.forEach((key, value) -> messages.put((String) key, (String) value));
    return messages;
  }

  /** What is wrong with {@code texts} measured against {@code first}; empty when nothing is. */
  static List<String> problems(Texts first, Texts texts) {
    var problems =
        keyProblems(
            first.keys(),
            texts.keys(),
            texts.language() + " lacks ",
            texts.language() + " has messages " + first.language() + " has not: ");
    for (var key : new TreeSet<>(texts.keys())) {
      var message = texts.text(key);
      if (!key.endsWith(".html") && MARKUP.matcher(message).find()) {
        problems.add(
            texts.language() + " " + key + " holds markup but its key does not end in .html");
      }
      if (message.contains("{")) {
        try {
          new MessageFormat(message, texts.language().locale());
        } catch (IllegalArgumentException e) {
          problems.add(texts.language() + " " + key + " is not a pattern: " + e.getMessage());
        }
        if (message.replace("''", "").contains("'")) {
          problems.add(
              texts.language()
                  + " "
                  + key
                  + " has arguments, so each apostrophe in it is written twice ('')");
        }
      }
    }
    return problems;
  }

  /**
   * The keys of {@code expected} that {@code given} lacks, after {@code lacking}, and those it has
   * that {@code expected} has not, after {@code extra}; empty when the two sets of keys are the
   * same.
   */
  static List<String> keyProblems(
      java.util.Set<String> expected, java.util.Set<String> given, String lacking, String extra) {
    var problems = new ArrayList<String>();
    var missing = new TreeSet<>(expected);
    missing.removeAll(given);
    if (!missing.isEmpty()) {
      problems.add(lacking + String.join(", ", missing));
    }
    var more = new TreeSet<>(given);
    more.removeAll(expected);
    if (!more.isEmpty()) {
      problems.add(extra + String.join(", ", more));
    }
    return problems;
  }

  private static java.io.InputStream resource(ClassLoader loader, String path) {
    var stream = loader.getResourceAsStream(path);
    if (stream == null) {
      throw new IllegalStateException("There is no " + path + " on the class path");
    }
    return stream;
  }

  private static String read(ClassLoader loader, String path) {
    try (var stream = resource(loader, path)) {
      return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@return every language offered, the first first} */
  public List<Texts> all() {
    return offered;
  }

  /** {@return the first language: a request that asks for none offered gets it} */
  public Texts first() {
    return offered.getFirst();
  }

  /** {@return the words of {@code language}, if it is offered} */
  public Optional<Texts> of(Language language) {
    return offered.stream().filter(texts -> texts.language().equals(language)).findFirst();
  }

  /**
   * The language of a request: the one it asks for in {@code ?lang=} or a form's {@code lang}
   * field, if offered; else the browser's first preference among those offered ({@code
   * Accept-Language}); else the first.
   *
   * @param asked what the request asks for, or null
   * @param acceptLanguage the request's {@code Accept-Language} header, or null
   * @return the language, and whether the request asked for it (links and forms then carry it)
   */
  public Choice choose(String asked, String acceptLanguage) {
    var askedFor = Language.parse(asked).flatMap(this::of);
    if (askedFor.isPresent()) {
      return new Choice(askedFor.get(), true);
    }
    return new Choice(preferred(acceptLanguage).orElse(first()), false);
  }

  private Optional<Texts> preferred(String acceptLanguage) {
    if (acceptLanguage == null || acceptLanguage.isBlank()) {
      return Optional.empty();
    }
    List<Locale.LanguageRange> ranges;
    try {
      ranges = Locale.LanguageRange.parse(acceptLanguage);
    } catch (IllegalArgumentException e) {
      // A malformed header is as good as none.
      return Optional.empty();
    }
    var tags = offered.stream().map(texts -> texts.language().tag()).toList();
    return Optional.ofNullable(Locale.lookupTag(ranges, tags))
        .flatMap(Language::parse)
        .flatMap(this::of);
  }

  /**
   * The language chosen for a request.
   *
   * @param texts its words
   * @param asked whether the request asked for it in {@code ?lang=} or a form
   */
  public record Choice(Texts texts, boolean asked) {}
}
