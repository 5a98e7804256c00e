package org.confide.adapter.web.pages.view;

import java.util.List;

/**
 * The page {@code staff/admin-pages.jte}: the organisation's pages and passages, each with whether
 * it has been edited and whether reporters see it, and a link to edit it.
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
   * @param title its title in force
   * @param state in words: edited or the default, and whether reporters see it
   * @param href where reporters read it, or null for a passage or a page they are not shown
   */
  public record PageRow(String slug, String title, String state, String href) {}
}
