package org.confide.adapter.web.pages.view;

import java.util.List;

/**
 * The page {@code staff/admin-pages.jte}: the organisation's pages and passages, each with its
 * state in each language offered (written, not yet written, and what readers see meanwhile), a link
 * to edit it in each, and where reporters read it.
 *
 * @param frame the frame
 * @param notice the message key of the notice after a change or of a preview, or null
 * @param pages the pages reporters read at their own address
 * @param passages the passages shown inside the report form
 */
public record PagesListPage(Frame frame, String notice, List<PageRow> pages, List<PageRow> passages)
    implements Page {

  public PagesListPage {
    pages = List.copyOf(pages);
    passages = List.copyOf(passages);
  }

  @Override
  public String template() {
    return "staff/admin-pages.jte";
  }

  /**
   * One page or passage in the list.
   *
   * @param slug its key
   * @param page whether it is a page of its own, not a passage
   * @param title its title as a reader of the page's language is shown it
   * @param lang the language of {@code title} when it is not the page's, or null
   * @param languages its state in each language offered, the first first
   * @param href where reporters read it, or null for a passage or a page they are not shown
   */
  public record PageRow(
      String slug,
      boolean page,
      String title,
      String lang,
      List<LanguageState> languages,
      String href) {

    public PageRow {
      languages = List.copyOf(languages);
    }
  }

  /**
   * A page's state in one language.
   *
   * @param lang the language's tag
   * @param name the language's name in itself
   * @param stateHtml the state in words, as safe HTML (a language named in it is marked)
   * @param editHref the editor of the page in this language
   */
  public record LanguageState(String lang, String name, String stateHtml, String editHref) {}
}
