package org.confide.adapter.web.pages;

import io.javalin.http.Context;
import java.util.List;
import java.util.Optional;
import org.confide.adapter.web.ProblemException;
import org.confide.adapter.web.Responses;
import org.confide.adapter.web.pages.view.FormError;
import org.confide.adapter.web.pages.view.InformationPage;
import org.confide.adapter.web.pages.view.PageEditorPage;
import org.confide.adapter.web.pages.view.PagesListPage;
import org.confide.adapter.web.rendering.SafeMarkdown;
import org.confide.application.Confide;
import org.confide.application.port.in.ChangeOrganisationPageUseCase;
import org.confide.application.port.in.Outcome;
import org.confide.application.port.in.ReadOrganisationContentUseCase;
import org.confide.application.port.in.ReadOrganisationPageUseCase;
import org.confide.application.port.in.StaffDenial;
import org.confide.application.port.in.StaffRequestFailure;
import org.confide.domain.content.OrganisationPage;
import org.confide.domain.content.PageKey;

/**
 * The organisation's pages: as reporters read them ({@code /pages/{slug}}), and the administrator's
 * list and editor, where the Markdown body is typed in a plain text box and previewed without
 * saving, with no script.
 */
public final class OrganisationContent {

  private final Pages pages;
  private final StaffSession session;
  private final ReadOrganisationPageUseCase readPage;
  private final ReadOrganisationContentUseCase readContent;
  private final ChangeOrganisationPageUseCase changePage;

  public OrganisationContent(Confide confide, Pages pages) {
    this.pages = pages;
    this.session = new StaffSession(confide, pages);
    this.readPage = confide.readOrganisationPage();
    this.readContent = confide.readOrganisationContent();
    this.changePage = confide.changeOrganisationPage();
  }

  /**
   * {@code GET /pages/{slug}}: a page reporters are shown; not found for a passage, an unknown
   * slug, and the privacy notice until the organisation has saved its own.
   */
  public void page(Context ctx) {
    var shown = PageKey.read(ctx.pathParam("slug")).filter(PageKey::page).flatMap(readPage::read);
    if (shown.isEmpty()) {
      throw new ProblemException(Responses.notFound());
    }
    var page = shown.get();
    pages.render(
        ctx,
        200,
        new InformationPage(
            pages.reporterFrame(ctx), page.title(), SafeMarkdown.html(page.body())));
  }

  /** {@code GET /staff/admin/pages}: every page and passage, with its state. */
  public void list(Context ctx) {
    var signed = session.signedIn(ctx);
    if (signed.isEmpty()) {
      return;
    }
    var frame = session.frame(ctx, signed.get());
    var content = content(ctx, signed.get());
    if (content.isEmpty()) {
      return;
    }
    var rows =
        content.get().stream()
            .map(page ->
                new PagesListPage.PageRow(
                    page.key().slug(),
                    page.title(),
                    state(page),
                    page.key().page() && page.shownToReporters()
                        ? "/pages/" + page.key().slug()
                        : null))
            .toList();
    var pageRows =
        rows.stream().filter(row -> PageKey.read(row.slug()).orElseThrow().page()).toList();
    var passageRows =
        rows.stream().filter(row -> !PageKey.read(row.slug()).orElseThrow().page()).toList();
    pages.render(
        ctx, 200, new PagesListPage(frame, Administration.notice(ctx), pageRows, passageRows));
  }

  /** {@code GET /staff/admin/pages/{slug}}: the editor, with the text in force and its preview. */
  public void edit(Context ctx) {
    var signed = session.signedIn(ctx);
    if (signed.isEmpty()) {
      return;
    }
    var content = content(ctx, signed.get());
    if (content.isEmpty()) {
      return;
    }
    var page = find(content.get(), ctx);
    show(
        ctx,
        signed.get(),
        page,
        Administration.notice(ctx),
        page.title(),
        page.body(),
        List.of(),
        200);
  }

  /**
   * {@code POST /staff/admin/pages/{slug}}: saves the page, or with {@code go=preview} shows what
   * was typed as reporters would see it, saving nothing.
   */
  public void save(Context ctx) {
    var signed = session.signedIn(ctx);
    if (signed.isEmpty()) {
      return;
    }
    var content = content(ctx, signed.get());
    if (content.isEmpty()) {
      return;
    }
    var page = find(content.get(), ctx);
    var title = Optional.ofNullable(ctx.formParam("title")).orElse("");
    var body = Optional.ofNullable(ctx.formParam("body")).orElse("");
    if ("preview".equals(ctx.formParam("go"))) {
      show(ctx, signed.get(), page, "admin.pages.preview", title, body, List.of(), 200);
      return;
    }
    var outcome =
        changePage.change(
            signed.get().token(),
            new ChangeOrganisationPageUseCase.Command(page.key(), title, body));
    switch (outcome) {
      case Outcome.Done<OrganisationPage, StaffRequestFailure> saved ->
          Pages.seeOther(ctx, "/staff/admin/pages/" + page.key().slug() + "?done=saved");
      case Outcome.Failed<OrganisationPage, StaffRequestFailure>(var failure) ->
          Administration.failed(
              pages,
              session,
              ctx,
              signed.get(),
              failure,
              problems ->
                  show(
                      ctx,
                      signed.get(),
                      page,
                      null,
                      title,
                      body,
                      problems.stream()
                          .map(p ->
                              FormError.of(
                                  p.field().equals("title") ? "title" : "body",
                                  p,
                                  pages.texts(ctx)))
                          .toList(),
                      400));
    }
  }

  private Optional<List<OrganisationPage>> content(Context ctx, StaffSession.Signed signed) {
    return switch (readContent.read(signed.token())) {
      case Outcome.Done<List<OrganisationPage>, StaffDenial>(var all) -> Optional.of(all);
      case Outcome.Failed<List<OrganisationPage>, StaffDenial> denied -> {
        Administration.forbidden(pages, ctx, session.frame(ctx, signed));
        yield Optional.empty();
      }
    };
  }

  /** The page of the path's slug, or not found. */
  private static OrganisationPage find(List<OrganisationPage> all, Context ctx) {
    var key = PageKey.read(ctx.pathParam("slug"));
    return all.stream()
        .filter(page -> key.isPresent() && page.key() == key.get())
        .findFirst()
        .orElseThrow(() -> new ProblemException(Responses.notFound()));
  }

  private void show(
      Context ctx,
      StaffSession.Signed signed,
      OrganisationPage page,
      String notice,
      String title,
      String body,
      List<FormError> errors,
      int status) {
    var key = page.key();
    pages.render(
        ctx,
        status,
        new PageEditorPage(
            session.frame(ctx, signed),
            notice,
            errors,
            key.slug(),
            title,
            body,
            SafeMarkdown.html(body),
            where(key),
            state(page),
            key.page() && page.shownToReporters() ? "/pages/" + key.slug() : null,
            page.title()));
  }

  private static String where(PageKey key) {
    return switch (key) {
      case ANONYMITY_CHOICE ->
          "Shown in the report form, where a reporter chooses between staying anonymous and giving"
              + " their contact details.";
      case IDENTIFYING_DETAILS ->
          "Shown in the report form beside the box for the reporter's own account, and beside every"
              + " box for a message to the case team.";
      default -> "A page of its own at /pages/" + key.slug() + ", linked from every reporter page.";
    };
  }

  private static String state(OrganisationPage page) {
    var edited = page.isDefault() ? "Not edited yet: this is the default text." : "Edited.";
    if (!page.key().page()) {
      return edited;
    }
    return edited
        + (page.shownToReporters()
            ? " Reporters see it."
            : " Reporters do not see it until its blanks are filled in and it is saved.");
  }
}
