package org.confide.domain.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.confide.domain.shared.Language;

/**
 * The content a new deployment starts with, for the organisation to edit rather than write from
 * nothing. Everything shown before an edit is true of any deployment of Confide and names no
 * organisation; the privacy notice's default has blanks marked {@value OrganisationPage#BLANK}, and
 * is shown to reporters only once saved (which refuses a page still holding a blank).
 *
 * <p>The bodies are Markdown files, one per key ({@link #file}), not words in the code: the domain
 * ships those {@linkplain #WRITTEN_IN in English} beside this class ({@code pages_en/<slug>.md}),
 * so that an embedder has them; another language's are files of the same names, which whoever
 * offers the language reads (the web adapter, beside its message bundles) and gives a default in
 * that language with {@link #in}.
 */
public final class DefaultPages {

  /** The language the defaults here are written in. */
  public static final Language WRITTEN_IN = Language.ENGLISH;

  private static final Map<PageKey, OrganisationPage> WRITTEN = written();

  private DefaultPages() {}

  /**
   * The default of {@code key}, {@linkplain #WRITTEN_IN in English}.
   *
   * @param key which content
   * @return its default title and body, never edited
   */
  public static OrganisationPage of(PageKey key) {
    return WRITTEN.get(key);
  }

  /**
   * The default of {@code key} in another language, its words given by whoever offers it.
   *
   * @param key which content
   * @param language the language of the words
   * @param title the default's title in that language
   * @param body the default's body in that language, in Markdown
   * @return the default, never edited
   * @throws IllegalArgumentException if the title or body is blank or too long
   */
  public static OrganisationPage in(PageKey key, Language language, String title, String body) {
    return new OrganisationPage(key, language, title, body.strip(), Optional.empty());
  }

  /**
   * {@return the name of the file holding {@code key}'s default body in a language's folder: its
   * slug, then {@code .md}}
   *
   * @param key which content
   */
  public static String file(PageKey key) {
    return key.slug() + ".md";
  }

  private static Map<PageKey, OrganisationPage> written() {
    var pages = new EnumMap<PageKey, OrganisationPage>(PageKey.class);
    for (var key : PageKey.values()) {
      pages.put(key, in(key, WRITTEN_IN, title(key), body(key)));
    }
    return pages;
  }

  private static String title(PageKey key) {
    return switch (key) {
      case WHAT_HAPPENS_NEXT -> "What happens after you tell us";
      case SUPPORT -> "Support for you and for a friend";
      case COVERING_YOUR_TRACKS -> "Covering your tracks";
      case PRIVACY -> "Privacy notice";
      case ACCESSIBILITY -> "Accessibility statement";
      case ANONYMITY_CHOICE -> "What staying anonymous means";
      case IDENTIFYING_DETAILS -> "Details can identify you";
    };
  }

  private static String body(PageKey key) {
    var name = "pages_" + WRITTEN_IN.tag() + "/" + file(key);
    try (var stream = DefaultPages.class.getResourceAsStream(name)) {
      if (stream == null) {
        throw new IllegalStateException("The default page " + name + " is missing");
      }
      return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
