package org.confide.adapter.web.i18n;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.confide.application.port.out.Wordings;
import org.confide.domain.content.DefaultPages;
import org.confide.domain.content.OrganisationPage;
import org.confide.domain.content.PageKey;
import org.confide.domain.questionnaire.DefaultQuestionnaire;
import org.confide.domain.questionnaire.LabelledAnswer;
import org.confide.domain.questionnaire.Questionnaire;
import org.confide.domain.shared.Language;
import org.confide.domain.shared.Wording;

/**
 * The languages pages are offered in, each with its words, read once at start from the class path:
 * {@code <folder>/languages.txt} lists their tags, the first being the language of a request that
 * asks for none Confide offers, {@code <folder>/messages_<tag>.properties} (UTF-8) holds each one's
 * words, and {@code <folder>/questionnaire_<tag>.properties} each one's texts of the default
 * questionnaire, by question and option ids (the first language needs none: the default is written
 * in it), and {@code <folder>/pages_<tag>/<slug>.md} each one's default bodies of the
 * organisation's pages (English needs none: the domain's defaults are written in it).
 *
 * <p>An organisation offers another language without building Confide: {@link #in(Path)} reads a
 * folder of its own (the setting {@code CONFIDE_LANGUAGES_DIR}) holding its own {@code
 * languages.txt} and a {@code messages_<tag>.properties} for each language it adds, or for one it
 * rewords; a language listed with no bundle in the folder has the one Confide ships with.
 *
 * <p>They are the application's {@link Wordings} too: the emails to staff are written in them.
 *
 * <p>A language whose bundle lacks a message the first has, has one the first has not, or holds a
 * pattern that cannot be read, or whose questionnaire texts lack one of the default's, or that
 * lacks a default page (or whose default page shows reporters a blank), is refused at start, with
 * the keys and files named: no page is ever shown half in one language for want of a word.
 */
public final class Languages implements Wordings {

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

  /**
   * {@return the languages Confide ships with: English and Welsh} Read and checked once, the first
   * time they are asked for: the bundles on the class path never change while the JVM runs, and a
   * server asked for them twice as it starts (its configuration, and the web settings' defaults).
   */
  public static Languages shipped() {
    return Shipped.LANGUAGES;
  }

  /** Holds the shipped languages, read when this class is first used. */
  private static final class Shipped {
    static final Languages LANGUAGES = load(Languages.class.getClassLoader(), SHIPPED);
  }

  /**
   * The languages in {@code folder} of {@code loader}'s class path.
   *
   * @throws IllegalStateException naming what is wrong, if a bundle is missing or incomplete
   */
  static Languages load(ClassLoader loader, String folder) {
    return load(
        folder, name -> Optional.ofNullable(loader.getResourceAsStream(folder + "/" + name)));
  }

  /**
   * The languages an organisation offers, listed in {@code folder}'s own {@code languages.txt},
   * each with its {@code messages_<tag>.properties} from {@code folder}, or else the one Confide
   * ships with.
   *
   * @param folder the organisation's folder of languages
   * @throws IllegalStateException naming what is wrong: no such folder or list, a language with no
   *     bundle, or a bundle that is incomplete
   */
  public static Languages in(Path folder) {
    if (!Files.isDirectory(folder)) {
      throw new IllegalStateException(folder + " is not a folder");
    }
    var shipped = Languages.class.getClassLoader();
    return load(
        folder.toString(),
        name -> {
          var file = folder.resolve(name);
          if (Files.isRegularFile(file)) {
            try {
              return Optional.of(Files.newInputStream(file));
            } catch (IOException e) {
              throw new IllegalStateException(file + " cannot be read: " + e.getMessage(), e);
            }
          }
          return name.equals("languages.txt")
              ? Optional.empty()
              : Optional.ofNullable(shipped.getResourceAsStream(SHIPPED + "/" + name));
        });
  }

  /** Opens a file of a folder of languages by its name, if there is one. */
  private interface Folder {
    Optional<InputStream> open(String name);
  }

  private static Languages load(String folder, Folder files) {
    var tags =
        read(folder, files, "languages.txt")
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
      offered.add(
          new Texts(
              language,
              properties(folder, files, "messages_" + language.tag() + ".properties"),
              // The first language's texts are those the default is written in; another's are
              // required, and checked below, all that lack one named together.
              files
                  .open("questionnaire_" + language.tag() + ".properties")
                  .map(stream -> properties(stream))
                  .orElse(Map.of()),
              pages(files, language)));
    }
    return of(folder, offered);
  }

  /**
   * The default pages' bodies in {@code language}, from {@code pages_<tag>/<slug>.md}: those it
   * has; the language the domain's defaults are written in has the domain's where it has no file.
   */
  private static Map<PageKey, String> pages(Folder files, Language language) {
    var pages = new EnumMap<PageKey, String>(PageKey.class);
    for (var key : PageKey.values()) {
      files
          .open(pageFile(language, key))
          .map(Languages::text)
          .or(() ->
              language.equals(DefaultPages.WRITTEN_IN)
                  ? Optional.of(DefaultPages.of(key).body())
                  : Optional.empty())
          .ifPresent(body -> pages.put(key, body));
    }
    return pages;
  }

  /** {@return where a language's default body of {@code key} is, in a folder of languages} */
  static String pageFile(Language language, PageKey key) {
    return "pages_" + language.tag() + "/" + DefaultPages.file(key);
  }

  /**
   * What is wrong with the default pages of {@code texts}: a page with no file, or one that breaks
   * a page's bounds, or a blank ({@value OrganisationPage#BLANK}) where reporters would read it
   * unedited, or none in the privacy notice, whose blanks keep it from being shown until the
   * organisation has filled them in.
   */
  static List<String> pageProblems(String where, Texts texts) {
    var problems = new ArrayList<String>();
    for (var key : PageKey.values()) {
      var file = where + "/" + pageFile(texts.language(), key);
      var body = texts.pages().get(key);
      if (body == null) {
        problems.add("There is no default page " + file);
        continue;
      }
      OrganisationPage page;
      try {
        page = DefaultPages.in(key, texts.language(), key.slug(), body);
      } catch (IllegalArgumentException e) {
        problems.add(
            file + " is empty or longer than " + OrganisationPage.MAX_BODY + " characters");
        continue;
      }
      var blank = page.body().toUpperCase(Locale.ROOT).contains(OrganisationPage.BLANK);
      if (key.shownUnedited() && blank) {
        problems.add(
            file + " holds a blank marked " + OrganisationPage.BLANK + ": reporters read it");
      } else if (!key.shownUnedited() && !blank) {
        problems.add(
            file
                + " has no blank marked "
                + OrganisationPage.BLANK
                + ": the organisation must fill it in before reporters read it");
      }
    }
    return problems;
  }

  private static String text(InputStream stream) {
    try (stream) {
      return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
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
      problems.addAll(pageProblems(where, texts));
      problems.addAll(ChoiceWords.problems(texts));
      // The language the default questionnaire is written in needs no file, whatever comes first.
      if (!texts.language().equals(DefaultQuestionnaire.WRITTEN_IN)
          || !texts.questionnaire().isEmpty()) {
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
    return DefaultQuestionnaire.translated(questionnaire, translations);
  }

  /**
   * {@code answer} with the default's texts in each language offered, wherever a text is one
   * Confide ships, unchanged.
   *
   * @param answer an answer in words
   * @return the answer in words
   */
  public LabelledAnswer translated(LabelledAnswer answer) {
    return DefaultQuestionnaire.translated(answer, translations);
  }

  private static Map<String, String> properties(String folder, Folder files, String name) {
    return properties(resource(folder, files, name));
  }

  private static Map<String, String> properties(InputStream stream) {
    var properties = new Properties();
    try (var reader = new InputStreamReader(stream, StandardCharsets.UTF_8)) {
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
    if (texts.keys().contains("format.day") && !texts.writesDays()) {
      problems.add(texts.language() + " format.day is not a date pattern");
    }
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

  private static InputStream resource(String folder, Folder files, String name) {
    return files
        .open(name)
        .orElseThrow(() -> new IllegalStateException("There is no " + folder + "/" + name));
  }

  private static String read(String folder, Folder files, String name) {
    return text(resource(folder, files, name));
  }

  /** {@return every language offered, the first first} */
  public List<Texts> all() {
    return offered;
  }

  /**
   * {@return the languages to read the organisation's own words in for a reader of {@code
   * language}: theirs, then the first offered (in which an organisation writes first), so that its
   * own words are shown before a default in the reader's language}
   *
   * @param language the reader's language
   */
  public List<Language> readingOrder(Language language) {
    var first = first().language();
    return language.equals(first) ? List.of(first) : List.of(language, first);
  }

  /**
   * {@return the languages offered beyond {@link #readingOrder} for a reader of {@code language},
   * in the order offered: where a page not shown unedited (the privacy notice) is looked for last,
   * before it is hidden}
   */
  public List<Language> otherwise(Language language) {
    var order = readingOrder(language);
    return offered().stream().filter(other -> !order.contains(other)).toList();
  }

  /** {@return the first language: a request that asks for none offered gets it} */
  public Texts first() {
    return offered.getFirst();
  }

  @Override
  public List<Language> offered() {
    return offered.stream().map(Texts::language).toList();
  }

  @Override
  public Wording wording(Language language) {
    return of(language).orElseGet(this::first);
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
