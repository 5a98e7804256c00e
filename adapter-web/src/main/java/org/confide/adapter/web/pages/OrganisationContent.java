package org.confide.adapter.web.pages;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.confide.adapter.web.ProblemException;
import org.confide.adapter.web.Responses;
import org.confide.adapter.web.i18n.Languages;
import org.confide.adapter.web.i18n.Shown;
import org.confide.adapter.web.i18n.Texts;
import org.confide.adapter.web.pages.view.FormError;
import org.confide.adapter.web.pages.view.Frame;
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
import org.confide.domain.shared.Language;

/**
 * The organisation's pages: as reporters read them ({@code /pages/{slug}}), in their language, and
 * the administrator's list and editor, one language at a time ({@code ?in=cy}), where the Markdown
 * body is typed in a plain text box and previewed without saving, with no script.
 */
public final class OrganisationContent {

  /** The query parameter, or form field, naming the language being written. */
  static final String WRITING_IN = "in";

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
   * {@code GET /pages/{slug}}: a page reporters are shown, in their language: the organisation's
   * own in it, else its own in the first language (marked with that language's {@code lang}), else
   * the default in the reader's language; not found for a passage, an unknown slug, and the privacy
   * notice until the organisation has saved its own.
   */
  public void page(Context ctx) {
    var texts = pages.texts(ctx);
    var shown =
        PageKey.read(ctx.pathParam("slug"))
            .filter(PageKey::page)
            .flatMap(key -> readPage.read(key, pages.readingOrder(texts), pages.otherwise(texts)))
            .map(texts::shown);
    if (shown.isEmpty()) {
      throw new ProblemException(Responses.notFound());
    }
    var page = shown.get();
    pages.render(
        ctx,
        200,
        new InformationPage(
            pages.reporterFrame(ctx),
            page.title(),
            SafeMarkdown.html(page.body()),
            Shown.langUnless(page.language(), texts.language())));
  }

  /** {@code GET /staff/admin/pages}: every page and passage, with its state in each language. */
  public void list(Context ctx) {
    var signed = session.signedIn(ctx);
    if (signed.isEmpty()) {
      return;
    }
    var frame = session.frame(ctx, signed.get());
    var offered = pages.languages();
    var byLanguage = new LinkedHashMap<Language, List<OrganisationPage>>();
    for (var language : offered.offered()) {
      var content = content(ctx, signed.get(), language);
      if (content.isEmpty()) {
        return;
      }
      byLanguage.put(language, content.get());
    }
    var texts = frame.texts();
    var rows = new ArrayList<PagesListPage.PageRow>();
    for (var key : PageKey.values()) {
      var states = new ArrayList<PagesListPage.LanguageState>();
      for (var language : offered.offered()) {
        states.add(
            new PagesListPage.LanguageState(
                language.tag(),
                offered.of(language).orElseThrow().name(),
                state(texts, offered, key, language, byLanguage),
                frame.href(editor(key, language))));
      }
      var shown = shownTo(texts, key, byLanguage);
      rows.add(
          new PagesListPage.PageRow(
              key.slug(),
              key.page(),
              shown.title(),
              Shown.langUnless(shown.language(), texts.language()),
              states,
              key.page() && reporters(key, byLanguage)
                  ? frame.href("/pages/" + key.slug())
                  : null));
    }
    pages.render(
        ctx,
        200,
        new PagesListPage(
            frame,
            Administration.notice(ctx),
            rows.stream().filter(PagesListPage.PageRow::page).toList(),
            rows.stream().filter(row -> !row.page()).toList()));
  }

  /**
   * {@code GET /staff/admin/pages/{slug}?in=cy}: the editor of one language (the first when none is
   * named), with the text in force in it and its preview.
   */
  public void edit(Context ctx) {
    var signed = session.signedIn(ctx);
    if (signed.isEmpty()) {
      return;
    }
    var language = writingIn(ctx, ctx.queryParam(WRITING_IN));
    var content = content(ctx, signed.get(), language);
    if (content.isEmpty()) {
      return;
    }
    var page = find(content.get(), ctx);
    var shown = inLanguage(language).shown(page);
    show(
        ctx,
        signed.get(),
        page,
        language,
        Administration.notice(ctx),
        shown.title(),
        shown.body(),
        List.of(),
        200);
  }

  /**
   * {@code POST /staff/admin/pages/{slug}}: saves the page in the language of the form's {@code
   * in}, or with {@code go=preview} shows what was typed as reporters would see it, saving nothing.
   */
  public void save(Context ctx) {
    var signed = session.signedIn(ctx);
    if (signed.isEmpty()) {
      return;
    }
    var language =
        writingIn(
            ctx, Optional.ofNullable(ctx.formParam(WRITING_IN)).orElse(ctx.queryParam(WRITING_IN)));
    var content = content(ctx, signed.get(), language);
    if (content.isEmpty()) {
      return;
    }
    var page = find(content.get(), ctx);
    var title = Optional.ofNullable(ctx.formParam("title")).orElse("");
    var body = Optional.ofNullable(ctx.formParam("body")).orElse("");
    if (PageLanguages.switching(ctx)) {
      // The editor in the language asked for, the text as typed and its preview, in the language
      // being written; nothing saved.
      show(ctx, signed.get(), page, language, null, title, body, List.of(), 200);
      return;
    }
    if ("preview".equals(ctx.formParam("go"))) {
      show(ctx, signed.get(), page, language, "admin.pages.preview", title, body, List.of(), 200);
      return;
    }
    var outcome =
        changePage.change(
            signed.get().token(),
            new ChangeOrganisationPageUseCase.Command(page.key(), language, title, body));
    switch (outcome) {
      case Outcome.Done<OrganisationPage, StaffRequestFailure> saved ->
          Pages.seeOther(ctx, editor(page.key(), language) + "&done=saved");
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
                      language,
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

  /** The editor of {@code key} in {@code language}. */
  private static String editor(PageKey key, Language language) {
    return "/staff/admin/pages/" + key.slug() + "?" + WRITING_IN + "=" + language.tag();
  }

  /** The language {@code asked} names, the first when it names none, or not found. */
  private Language writingIn(Context ctx, String asked) {
    var offered = pages.languages();
    if (asked == null || asked.isBlank()) {
      return offered.first().language();
    }
    return Language.parse(asked)
        .flatMap(offered::of)
        .map(Texts::language)
        .orElseThrow(() -> new ProblemException(Responses.notFound()));
  }

  private Texts inLanguage(Language language) {
    return pages.languages().of(language).orElseThrow();
  }

  private Optional<List<OrganisationPage>> content(
      Context ctx, StaffSession.Signed signed, Language language) {
    return switch (readContent.read(signed.token(), language)) {
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

  /** {@code key} as a reader of {@code texts}' language is shown it, read from {@code all}. */
  private OrganisationPage shownTo(
      Texts texts, PageKey key, Map<Language, List<OrganisationPage>> all) {
    var order = new ArrayList<>(pages.readingOrder(texts));
    if (!key.shownUnedited()) {
      order.addAll(pages.otherwise(texts));
    }
    for (var language : order) {
      var saved = all.get(language).get(key.ordinal());
      if (!saved.isDefault()) {
        return saved;
      }
    }
    return texts.defaultPage(key);
  }

  /** Whether reporters of some language are shown {@code key}. */
  private static boolean reporters(PageKey key, Map<Language, List<OrganisationPage>> all) {
    return all.values().stream().anyMatch(pages -> pages.get(key.ordinal()).shownToReporters());
  }

  /** The state of {@code key} in {@code language}, in words of {@code texts}. */
  private static String state(
      Texts texts,
      Languages offered,
      PageKey key,
      Language language,
      Map<Language, List<OrganisationPage>> all) {
    if (!all.get(language).get(key.ordinal()).isDefault()) {
      return texts.html("admin.pages.state.written.html");
    }
    var first = offered.first();
    if (!language.equals(first.language())
        && !all.get(first.language()).get(key.ordinal()).isDefault()) {
      return texts.html("admin.pages.state.fallback.html", first.name(), first.language().tag());
    }
    return texts.html(
        key.shownUnedited() ? "admin.pages.state.default.html" : "admin.pages.state.hidden.html");
  }

  private void show(
      Context ctx,
      StaffSession.Signed signed,
      OrganisationPage page,
      Language language,
      String notice,
      String title,
      String body,
      List<FormError> errors,
      int status) {
    var key = page.key();
    var frame = session.frame(ctx, signed);
    var texts = frame.texts();
    var offered = pages.languages();
    var writing = offered.of(language).orElseThrow();
    var others =
        offered.all().stream()
            .filter(other -> !other.language().equals(language))
            .map(other ->
                new PageEditorPage.OtherLanguage(
                    other.language().tag(),
                    other.name(),
                    frame.href(editor(key, other.language()))))
            .toList();
    var shown = writing.shown(page);
    pages.render(
        ctx,
        status,
        new PageEditorPage(
            frame,
            notice,
            errors,
            key.slug(),
            language.tag(),
            writing.name(),
            others,
            title,
            body,
            SafeMarkdown.html(body),
            where(texts, key),
            state(texts, offered, key, language, readAll(ctx, signed, offered)),
            key.page() && page.shownToReporters()
                ? Frame.withLanguage("/pages/" + key.slug(), language.tag())
                : null,
            shown.title()));
  }

  /** Every language's content, for the state of one page; read again, as a page is rarely open. */
  private Map<Language, List<OrganisationPage>> readAll(
      Context ctx, StaffSession.Signed signed, Languages offered) {
    var all = new LinkedHashMap<Language, List<OrganisationPage>>();
    for (var language : offered.offered()) {
      all.put(language, content(ctx, signed, language).orElseThrow());
    }
    return all;
  }

  /** Where reporters see {@code key}, as safe HTML. */
  private static String where(Texts texts, PageKey key) {
    return switch (key) {
      case ANONYMITY_CHOICE -> texts.html("admin.pages.where.anonymityChoice.html");
      case IDENTIFYING_DETAILS -> texts.html("admin.pages.where.identifyingDetails.html");
      default -> texts.html("admin.pages.where.page.html", "/pages/" + key.slug());
    };
  }
}
