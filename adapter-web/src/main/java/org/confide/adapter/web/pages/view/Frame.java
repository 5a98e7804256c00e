package org.confide.adapter.web.pages.view;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.confide.adapter.web.i18n.Shown;
import org.confide.adapter.web.i18n.Texts;
import org.confide.domain.content.PageKey;
import org.confide.domain.shared.Language;
import org.confide.domain.shared.OwnText;

/**
 * What every page's frame needs: whose side it is on (a reporter's pages carry the quick exit), the
 * form token every form posts back, the organisation's name, the closure reporters are told of, the
 * staff member signed in, and on the administrators' pages what remains to set up.
 *
 * @param staffSide whether this is a staff page
 * @param csrf the token each form carries back, bound to this browser
 * @param closure the closure in force or coming soon, shown on every reporter page
 * @param staff the staff member signed in, for the navigation of staff pages
 * @param here the path of the page, to mark the current navigation link
 * @param organisationName the organisation's name, shown on every page once set: in the page's
 *     language, else in the language it is written in (marked with its {@code lang})
 * @param setUp what remains to set up, shown on the administrators' pages; empty elsewhere and once
 *     everything is done
 * @param pages the organisation's pages reporters are shown, linked from every reporter page's
 *     footer; empty on staff pages
 * @param passages the organisation's passages of the report form, read only by the pages that show
 *     them; none on staff pages
 * @param texts the words of the page's language
 * @param languageAsked whether the request asked for that language ({@code ?lang=}), so that the
 *     page's links and forms carry it on
 * @param otherLanguages this page in each other language offered, linked when it has an address of
 *     its own; none on a page not yet in every language
 * @param firstLanguage the first language offered, in which an organisation writes its own words
 *     first: a plain text of its own is in it
 */
public record Frame(
    boolean staffSide,
    String csrf,
    Optional<ClosureNotice> closure,
    Optional<StaffNav> staff,
    String here,
    Optional<Shown> organisationName,
    List<SetUpLine> setUp,
    List<PageLink> pages,
    Passages passages,
    Texts texts,
    boolean languageAsked,
    List<LanguageLink> otherLanguages,
    Language firstLanguage) {

  public Frame {
    Objects.requireNonNull(csrf, "csrf must not be null");
    Objects.requireNonNull(closure, "closure must be Optional, not null");
    Objects.requireNonNull(staff, "staff must be Optional, not null");
    Objects.requireNonNull(here, "here must not be null");
    Objects.requireNonNull(organisationName, "organisation name must be Optional, not null");
    setUp = List.copyOf(setUp);
    pages = List.copyOf(pages);
    Objects.requireNonNull(passages, "passages must not be null");
    Objects.requireNonNull(texts, "texts must not be null");
    otherLanguages = List.copyOf(otherLanguages);
    Objects.requireNonNull(firstLanguage, "first language must not be null");
  }

  /**
   * The organisation's own words {@code text} as this page shows them: in its language if written
   * in it, else in the first language, else as first written, marked with its {@code lang} when
   * that is not the page's.
   *
   * @param text own words
   * @return the text as shown
   */
  public Shown shown(OwnText text) {
    return Shown.own(text, texts.language(), firstLanguage);
  }

  /**
   * {@return the message {@code key}, which holds no markup, as safe HTML, with each {@link Shown}
   * argument marked with its {@code lang} when it is not in the page's language}
   */
  public String marked(String key, Object... arguments) {
    return texts.marked(key, arguments);
  }

  /** {@return the page's language, for {@code <html lang>}} */
  public String lang() {
    return texts.language().tag();
  }

  /** {@return the message {@code key} in the page's language} */
  public String t(String key) {
    return texts.text(key);
  }

  /** {@return the message {@code key} in the page's language, {@code arguments} in its places} */
  public String t(String key, Object... arguments) {
    return texts.text(key, arguments);
  }

  /** {@return the message {@code key}, which holds markup, with {@code arguments} escaped} */
  public String html(String key, Object... arguments) {
    return texts.html(key, arguments);
  }

  /** {@return {@code date} in words in the page's language} */
  public String day(LocalDate date) {
    return texts.day(date);
  }

  /**
   * The address {@code path} within the site, carrying the language the request asked for so that
   * it stays chosen from page to page without a cookie.
   *
   * @param path a path, with or without a query
   * @return the address to link to
   */
  public String href(String path) {
    return languageAsked ? withLanguage(path, lang()) : path;
  }

  /**
   * {@code address} asking for the language {@code tag}, before any {@code #fragment}; unchanged
   * when it asks for a language already.
   *
   * @param address a path within the site, with or without a query and a fragment
   * @param tag the language's tag
   * @return the address asking for the language
   */
  public static String withLanguage(String address, String tag) {
    int hash = address.indexOf('#');
    var path = hash < 0 ? address : address.substring(0, hash);
    if (path.matches(".*[?&]lang=.*")) {
      return address;
    }
    return path
        + (path.contains("?") ? "&" : "?")
        + "lang="
        + tag
        + address.substring(path.length());
  }

  /**
   * The form whose buttons switch this page's language ({@code part/languages.jte}), for the
   * layout's {@code languageForm}: {@code form} on a page answering a form, which has no address of
   * its own to link to, so that what was typed is sent with the switch and kept; null on a page
   * asked for with GET, which keeps its links.
   *
   * @param form the id of the form the page answers (the one whose errors it shows)
   * @return {@code form}, or null when the page has an address of its own
   */
  public String switchBy(String form) {
    return otherLanguages.stream().anyMatch(other -> other.href() == null) ? form : null;
  }

  /**
   * A link to the same page in another language.
   *
   * @param lang the language's tag, for the link's {@code lang} and {@code hreflang}
   * @param name the language's name in itself
   * @param href the page's address with {@code ?lang=}; null on a page answering a form, which has
   *     no address of its own and is switched only by a button of its form
   */
  public record LanguageLink(String lang, String name, String href) {}

  /** {@return what an anonymous report can and cannot lead to, for the anonymous-or-named step} */
  public Optional<Passage> anonymityChoice() {
    return passages.of(PageKey.ANONYMITY_CHOICE);
  }

  /** {@return that the details of an incident can identify, beside the account and messages} */
  public Optional<Passage> identifyingDetails() {
    return passages.of(PageKey.IDENTIFYING_DETAILS);
  }

  /**
   * One of the organisation's pages, as linked.
   *
   * @param title its title
   * @param href its address, {@code /pages/{slug}}
   * @param lang the language of its title when it is not the page's (the organisation's own words
   *     in its first language), for its {@code lang}; null when it is the page's
   */
  public record PageLink(String title, String href, String lang) {}

  /**
   * One of the organisation's passages, ready to show.
   *
   * @param title its title
   * @param html its body as safe HTML (see {@code SafeMarkdown})
   * @param lang the language of its words when it is not the page's, for its {@code lang}; null
   *     when it is the page's
   */
  public record Passage(String title, String html, String lang) {}

  /** The organisation's passages, read when a page shows one. */
  @FunctionalInterface
  public interface Passages {
    /**
     * The passage of {@code key}.
     *
     * @param key a passage's key
     * @return the passage in force, or empty when it cannot be read
     */
    Optional<Passage> of(PageKey key);

    /** {@return no passages, for staff pages} */
    static Passages none() {
      return key -> Optional.empty();
    }
  }

  /** {@code "page"} when {@code path} is this page, for {@code aria-current}; otherwise null. */
  public String current(String path) {
    return here.equals(path) || here.startsWith(path + "/") ? "page" : null;
  }

  /** The name the site goes by: the organisation's, once set, else Confide's. */
  public String siteName() {
    return site().text();
  }

  /** {@return the name the site goes by, with its {@code lang} when not in the page's language} */
  public Shown site() {
    return organisationName.orElse(Shown.inPage("Confide"));
  }

  /**
   * {@return the {@code lang} of the organisation's name where it is written in a language other
   * than the page's; null where it is the page's, or the name is Confide's}
   */
  public String siteNameLang() {
    return site().lang();
  }

  /**
   * A closure as reporters are told of it.
   *
   * @param firstDay the first day closed
   * @param lastDay the last day closed
   * @param noticeHtml the organisation's notice, in Markdown rendered as safe HTML
   * @param inForce whether it has begun
   */
  public record ClosureNotice(
      LocalDate firstDay, LocalDate lastDay, String noticeHtml, boolean inForce) {}

  /**
   * One item of the set-up checklist, its words named by message key so that the layout shows them
   * in the page's language.
   *
   * @param name the message key of what to set up
   * @param done whether it is done
   * @param explanation the message key of what doing it means, or why it cannot be done yet
   * @param href the page where it is done, or null when there is none
   */
  public record SetUpLine(String name, boolean done, String explanation, String href) {}
}
