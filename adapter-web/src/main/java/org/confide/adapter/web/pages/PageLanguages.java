package org.confide.adapter.web.pages;

import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.confide.adapter.web.i18n.Languages;
import org.confide.adapter.web.pages.view.Frame;

/**
 * The language of a page: asked for in {@code ?lang=}, else the browser's preference, else the
 * first; and the links to the same page in each other language.
 */
final class PageLanguages {

  /** The query parameter, and form field, that asks for a language. */
  static final String LANGUAGE_FIELD = "lang";

  /**
   * The pages whose every word comes from the message bundles, so offered in every language: the
   * others are shown in the first language, with no link to another, until they are too.
   */
  private static final Set<String> IN_EVERY_LANGUAGE = Set.of("/");

  private final Languages languages;

  PageLanguages(Languages languages) {
    this.languages = Objects.requireNonNull(languages, "languages must not be null");
  }

  /**
   * The language of {@code ctx}'s page: the one asked for or preferred on a page that is in every
   * language (see {@link #IN_EVERY_LANGUAGE}); the first language elsewhere.
   */
  Languages.Choice of(Context ctx) {
    if (!IN_EVERY_LANGUAGE.contains(ctx.path())) {
      return new Languages.Choice(languages.first(), false);
    }
    var asked = ctx.queryParam(LANGUAGE_FIELD);
    return languages.choose(asked, ctx.header("Accept-Language"));
  }

  /** Links to {@code ctx}'s page in each other language, on a page that is in every language. */
  List<Frame.LanguageLink> links(Context ctx, Languages.Choice language) {
    if (!IN_EVERY_LANGUAGE.contains(ctx.path())) {
      return List.of();
    }
    var query =
        ctx.queryParamMap().entrySet().stream()
            .filter(param -> !param.getKey().equals(LANGUAGE_FIELD))
            .flatMap(param ->
                param.getValue().stream()
                    .map(value ->
                        URLEncoder.encode(param.getKey(), StandardCharsets.UTF_8)
                            + "="
                            + URLEncoder.encode(value, StandardCharsets.UTF_8)
                            + "&"))
            .collect(Collectors.joining());
    return languages.all().stream()
        .filter(texts -> !texts.equals(language.texts()))
        .map(texts ->
            new Frame.LanguageLink(
                texts.language().tag(),
                texts.name(),
                ctx.path() + "?" + query + LANGUAGE_FIELD + "=" + texts.language().tag()))
        .toList();
  }
}
