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
import org.confide.domain.shared.Language;

/**
 * The languages pages are offered in, each with its words, read once at start from the class path:
 * {@code <folder>/languages.txt} lists their tags, the first being the language of a request that
 * asks for none Confide offers, and {@code <folder>/messages_<tag>.properties} (UTF-8) holds each
 * one's words.
 *
 * <p>A language whose bundle lacks a message the first has, has one the first has not, or holds a
 * pattern that cannot be read is refused at start, with the keys named: no page is ever shown half
 * in one language for want of a word.
 */
public final class Languages {

  /** Where the languages Confide ships with are. */
  static final String SHIPPED = "i18n";

  // A tag's start: "<a", "</", "<!"; not a choice's "1<".
  private static final Pattern MARKUP = Pattern.compile("<[a-zA-Z/!]");

  private final List<Texts> offered;

  private Languages(List<Texts> offered) {
    this.offered = List.copyOf(offered);
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
      offered.add(new Texts(language, messages(loader, folder, language)));
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
    }
    if (!problems.isEmpty()) {
      throw new IllegalStateException(
          "The message bundles in " + where + " are not complete: " + String.join("; ", problems));
    }
    return new Languages(offered);
  }

  private static Map<String, String> messages(
      ClassLoader loader, String folder, Language language) {
    var properties = new Properties();
    try (var reader =
        new InputStreamReader(
            resource(loader, folder + "/messages_" + language.tag() + ".properties"),
            StandardCharsets.UTF_8)) {
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
    var problems = new ArrayList<String>();
    var missing = new TreeSet<>(first.keys());
    missing.removeAll(texts.keys());
    if (!missing.isEmpty()) {
      problems.add(texts.language() + " lacks " + String.join(", ", missing));
    }
    var extra = new TreeSet<>(texts.keys());
    extra.removeAll(first.keys());
    if (!extra.isEmpty()) {
      problems.add(
          texts.language()
              + " has messages "
              + first.language()
              + " has not: "
              + String.join(", ", extra));
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
