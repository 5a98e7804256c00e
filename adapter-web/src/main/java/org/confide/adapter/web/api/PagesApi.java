package org.confide.adapter.web.api;

import io.javalin.http.Context;
import java.util.List;
import org.confide.adapter.web.Json;
import org.confide.adapter.web.ProblemException;
import org.confide.adapter.web.RequestProblems;
import org.confide.adapter.web.Responses;
import org.confide.application.Confide;
import org.confide.application.port.in.ChangeOrganisationPageUseCase;
import org.confide.application.port.in.ListOrganisationPagesUseCase;
import org.confide.application.port.in.ReadOrganisationContentUseCase;
import org.confide.domain.content.OrganisationPage;
import org.confide.domain.content.PageKey;
import org.confide.domain.staff.Permission;

/**
 * The organisation's pages over the API: the list reporters are shown, open to anyone, and every
 * page and passage for administrators to read and edit, the body in Markdown.
 */
public final class PagesApi {

  private final ListOrganisationPagesUseCase listPages;
  private final ReadOrganisationContentUseCase readContent;
  private final ChangeOrganisationPageUseCase changePage;
  private final Json json;
  private final Responses responses;
  private final StaffRoles roles;

  public PagesApi(Confide confide, Json json, Responses responses) {
    this.listPages = confide.listOrganisationPages();
    this.readContent = confide.readOrganisationContent();
    this.changePage = confide.changeOrganisationPage();
    this.json = json;
    this.responses = responses;
    this.roles = new StaffRoles(confide, responses);
  }

  /** {@code GET /api/v1/pages}: the pages reporters are shown, in the footer's order. */
  public void pages(Context ctx) {
    json.write(
        ctx,
        200,
        new PageListBody(
            listPages.list().stream()
                .map(link ->
                    new PageLinkBody(
                        link.key().slug(), link.title(), "/pages/" + link.key().slug()))
                .toList()));
  }

  /** {@code GET /api/v1/admin/pages}: every page and passage, without their bodies. */
  public void adminPages(Context ctx) {
    responses.send(
        ctx,
        readContent.read(Bearer.token(ctx)),
        200,
        all -> new AdminListBody(all.stream().map(AdminEntryBody::of).toList()));
  }

  /** {@code GET /api/v1/admin/pages/{slug}}: one page or passage, its body in Markdown. */
  public void adminPage(Context ctx) {
    responses.send(
        ctx,
        readContent.read(Bearer.token(ctx)),
        200,
        all -> {
          var key = key(ctx);
          return AdminPageBody.of(
              all.stream().filter(page -> page.key() == key).findFirst().orElseThrow());
        });
  }

  /** {@code PUT /api/v1/admin/pages/{slug}}: saves the title and body; answers 204. */
  public void replaceAdminPage(Context ctx) {
    var token = Bearer.token(ctx);
    if (!roles.allow(ctx, token, Permission.MANAGE_SERVICE)) {
      return;
    }
    var key = key(ctx);
    var request = json.read(ctx, EditBody.class);
    RequestProblems.of(request).check();
    responses.sendNoContent(
        ctx,
        changePage.change(
            token,
            new ChangeOrganisationPageUseCase.Command(key, request.title(), request.body())));
  }

  private static PageKey key(Context ctx) {
    return PageKey.read(ctx.pathParam("slug"))
        .orElseThrow(() -> new ProblemException(Responses.notFound()));
  }

  /** The pages reporters are shown. */
  record PageListBody(List<PageLinkBody> pages) {}

  /** A page as linked: its slug, title and address. */
  record PageLinkBody(String slug, String title, String path) {}

  /** Every page and passage. */
  record AdminListBody(List<AdminEntryBody> pages) {}

  /** One page or passage in the administrator's list. */
  record AdminEntryBody(
      String slug, String kind, String title, boolean edited, boolean shownToReporters) {
    static AdminEntryBody of(OrganisationPage page) {
      return new AdminEntryBody(
          page.key().slug(),
          kindOf(page),
          page.title(),
          !page.isDefault(),
          page.shownToReporters());
    }
  }

  /** One page or passage as an administrator reads it. */
  record AdminPageBody(
      String slug,
      String kind,
      String title,
      String body,
      boolean edited,
      String editedAt,
      boolean shownToReporters) {
    static AdminPageBody of(OrganisationPage page) {
      return new AdminPageBody(
          page.key().slug(),
          kindOf(page),
          page.title(),
          page.body(),
          !page.isDefault(),
          page.edited().map(Object::toString).orElse(null),
          page.shownToReporters());
    }
  }

  private static String kindOf(OrganisationPage page) {
    return page.key().page() ? "page" : "passage";
  }

  /**
   * A page as an administrator sends it: both parts are checked by the use case (present, bounds,
   * no blank left), so that every problem is named at once.
   */
  record EditBody(String title, String body) {}
}
