package org.confide.adapter.web.api;

import io.javalin.http.Context;
import java.util.List;
import java.util.Optional;
import org.confide.adapter.web.Json;
import org.confide.adapter.web.ProblemException;
import org.confide.adapter.web.RequestProblems;
import org.confide.adapter.web.Responses;
import org.confide.adapter.web.i18n.Languages;
import org.confide.adapter.web.i18n.Texts;
import org.confide.application.Confide;
import org.confide.application.port.in.ChangeOrganisationPageUseCase;
import org.confide.application.port.in.ListOrganisationPagesUseCase;
import org.confide.application.port.in.ReadOrganisationContentUseCase;
import org.confide.domain.content.OrganisationPage;
import org.confide.domain.content.PageKey;
import org.confide.domain.shared.Language;
import org.confide.domain.shared.ProblemCode;
import org.confide.domain.staff.Permission;

/**
 * The organisation's pages over the API: the list reporters are shown, open to anyone, and every
 * page and passage for administrators to read and edit, the body in Markdown. Each read is in the
 * language of {@code ?lang=}, else {@code Accept-Language}, else the first offered, which {@code
 * Content-Language} names; a change names the language it saves in its body, the first when it
 * names none.
 */
public final class PagesApi {

  private final ListOrganisationPagesUseCase listPages;
  private final ReadOrganisationContentUseCase readContent;
  private final ChangeOrganisationPageUseCase changePage;
  private final Json json;
  private final Responses responses;
  private final StaffRoles roles;
  private final Languages languages;

  public PagesApi(Confide confide, Json json, Responses responses, Languages languages) {
    this.listPages = confide.listOrganisationPages();
    this.readContent = confide.readOrganisationContent();
    this.changePage = confide.changeOrganisationPage();
    this.json = json;
    this.responses = responses;
    this.roles = new StaffRoles(confide, responses);
    this.languages = languages;
  }

  /**
   * {@code GET /api/v1/pages}: the pages reporters are shown, in the footer's order, each title in
   * the language asked for: the organisation's own in it, else its own in the first language, else
   * the default's in the language asked for.
   */
  public void pages(Context ctx) {
    var texts = language(ctx);
    json.write(
        ctx,
        200,
        new PageListBody(
            listPages
                .list(
                    languages.readingOrder(texts.language()), languages.otherwise(texts.language()))
                .stream()
                .map(link ->
                    new PageLinkBody(
                        link.key().slug(),
                        link.edited() ? link.title() : texts.defaultTitle(link.key()),
                        (link.edited() ? link.language() : texts.language()).tag(),
                        "/pages/" + link.key().slug()))
                .toList()));
  }

  /**
   * {@code GET /api/v1/admin/pages}: every page and passage in the language asked for, without
   * their bodies.
   */
  public void adminPages(Context ctx) {
    var texts = language(ctx);
    responses.send(
        ctx,
        readContent.read(Bearer.token(ctx), texts.language()),
        200,
        all ->
            new AdminListBody(all.stream().map(page -> AdminEntryBody.of(page, texts)).toList()));
  }

  /**
   * {@code GET /api/v1/admin/pages/{slug}}: one page or passage in the language asked for, its body
   * in Markdown: the one saved in that language, else the default in it.
   */
  public void adminPage(Context ctx) {
    var texts = language(ctx);
    responses.send(
        ctx,
        readContent.read(Bearer.token(ctx), texts.language()),
        200,
        all -> {
          var key = key(ctx);
          return AdminPageBody.of(
              all.stream().filter(page -> page.key() == key).findFirst().orElseThrow(), texts);
        });
  }

  /**
   * {@code PUT /api/v1/admin/pages/{slug}}: saves the title and body in the body's {@code
   * language}, the first offered when it names none; answers 204.
   */
  public void replaceAdminPage(Context ctx) {
    var token = Bearer.token(ctx);
    if (!roles.allow(ctx, token, Permission.MANAGE_SERVICE)) {
      return;
    }
    var key = key(ctx);
    var request = json.read(ctx, EditBody.class);
    var problems = RequestProblems.of(request);
    var language =
        Optional.ofNullable(request.language())
            .flatMap(Language::parse)
            .filter(languages.offered()::contains);
    if (request.language() != null && language.isEmpty()) {
      problems.problem(
          "language",
          ProblemCode.ONE_OF,
          String.join(", ", languages.offered().stream().map(Language::tag).toList()));
    }
    problems.check();
    responses.sendNoContent(
        ctx,
        changePage.change(
            token,
            new ChangeOrganisationPageUseCase.Command(
                key,
                language.orElse(languages.first().language()),
                request.title(),
                request.body())));
  }

  /** The language of a read, named in {@code Content-Language}. */
  private Texts language(Context ctx) {
    var texts = responses.language(ctx);
    ctx.header("Content-Language", texts.language().tag());
    ctx.header("Vary", "Accept-Language");
    return texts;
  }

  private static PageKey key(Context ctx) {
    return PageKey.read(ctx.pathParam("slug"))
        .orElseThrow(() -> new ProblemException(Responses.notFound()));
  }

  /** The pages reporters are shown. */
  record PageListBody(List<PageLinkBody> pages) {}

  /** A page as linked: its slug, title, the language of its title, and address. */
  record PageLinkBody(String slug, String title, String language, String path) {}

  /** Every page and passage. */
  record AdminListBody(List<AdminEntryBody> pages) {}

  /** One page or passage in the administrator's list. */
  record AdminEntryBody(
      String slug,
      String kind,
      String language,
      String title,
      boolean edited,
      boolean shownToReporters) {
    static AdminEntryBody of(OrganisationPage page, Texts texts) {
      var shown = texts.shown(page);
      return new AdminEntryBody(
          page.key().slug(),
          kindOf(page),
          shown.language().tag(),
          shown.title(),
          !page.isDefault(),
          page.shownToReporters());
    }
  }

  /** One page or passage as an administrator reads it. */
  record AdminPageBody(
      String slug,
      String kind,
      String language,
      String title,
      String body,
      boolean edited,
      String editedAt,
      boolean shownToReporters) {
    static AdminPageBody of(OrganisationPage page, Texts texts) {
      var shown = texts.shown(page);
      return new AdminPageBody(
          page.key().slug(),
          kindOf(page),
          shown.language().tag(),
          shown.title(),
          shown.body(),
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
   * no blank left), so that every problem is named at once; the language it is written in, if
   * given, must be one offered.
   */
  record EditBody(String title, String body, String language) {}
}
