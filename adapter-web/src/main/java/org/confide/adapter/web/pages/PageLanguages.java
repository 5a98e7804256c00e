package org.confide.adapter.web.pages;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
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
   * The pages not yet in every language, by their route ({@code /staff/cases/{reference}}, not the
   * address): they are shown in the first language, with no link to another, until every word they
   * show comes from the bundles. Every other page is in every language, and so is every route added
   * from now on. A request that matched no route is answered in the first language too.
   */
  private static final Set<String> NOT_YET_IN_EVERY_LANGUAGE =
      Set.of(
          // A redirect to the case list, and signing out, which only redirects.
          "/staff",
          "/staff/sign-out",
          // The administrator's questionnaire overview and preview (its question editor is done).
          "/staff/admin/questionnaire",
          "/staff/admin/questionnaire/preview",
          "/staff/admin/questionnaire/publish",
          "/staff/admin/questionnaire/discard",
          "/staff/admin/questionnaire/current",
          // The tables as CSV, whose headings are still English.
          "/staff/trends.csv",
          "/staff/dashboard.csv",
          "/staff/admin/audit.csv");

  // A language's tag as languages.txt may list it: only this is ever echoed into an address.
  private static final Pattern TAG = Pattern.compile("[a-z]{2,3}");

  private final Languages languages;

  PageLanguages(Languages languages) {
    this.languages = Objects.requireNonNull(languages, "languages must not be null");
  }

  /** {@return every language offered, the first first} */
  Languages offered() {
    return languages;
  }

  /**
   * The language of {@code ctx}'s page: the one asked for or preferred on a page that is in every
   * language (see {@link #NOT_YET_IN_EVERY_LANGUAGE}); the first language elsewhere.
   */
  Languages.Choice of(Context ctx) {
    if (!inEveryLanguage(ctx)) {
      return new Languages.Choice(languages.first(), false);
    }
    return languages.choose(asked(ctx).orElse(null), ctx.header("Accept-Language"));
  }

  /**
   * The language {@code ctx} asks for, if any: in {@code ?lang=}, or in a form's {@code lang}
   * field, which every form of a page in a language the request asked for carries (see {@code
   * part/csrf.jte}). Only a well-formed tag is answered, so it is safe to put in an address.
   */
  static Optional<String> asked(Context ctx) {
    var asked = ctx.queryParam(LANGUAGE_FIELD);
    if (asked == null && isForm(ctx)) {
      asked = ctx.formParam(LANGUAGE_FIELD);
    }
    return Optional.ofNullable(asked).filter(tag -> TAG.matcher(tag).matches());
  }

  /**
   * {@code location}, carrying the language {@code ctx} asked for, so that the page a form leads to
   * is in the language of the form; a fragment ({@code #thread}) stays last.
   */
  static String keepLanguage(Context ctx, String location) {
    var asked = asked(ctx);
    if (asked.isEmpty() || !location.startsWith("/")) {
      return location;
    }
    return Frame.withLanguage(location, asked.get());
  }

  private static boolean isForm(Context ctx) {
    var type = ctx.contentType();
    return type != null && type.startsWith("application/x-www-form-urlencoded");
  }

  private static boolean inEveryLanguage(Context ctx) {
    return route(ctx).filter(route -> !NOT_YET_IN_EVERY_LANGUAGE.contains(route)).isPresent();
  }

  /** The route {@code ctx} matched ({@code /staff/cases/{id}}); empty when it matched none. */
  private static Optional<String> route(Context ctx) {
    try {
      return Optional.of(ctx.endpoint().path);
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }

  /**
   * Links to {@code ctx}'s page in each other language, on a page that is in every language and was
   * asked for with GET: the answer to a form has no address of its own to link to (its route may
   * take only a post), and its next page is offered in every language again.
   */
  List<Frame.LanguageLink> links(Context ctx, Languages.Choice language) {
    if (!inEveryLanguage(ctx) || ctx.method() != HandlerType.GET) {
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
