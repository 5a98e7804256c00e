package org.confide.adapter.web.pages;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
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
   * The form field of a language switch on a page holding a form ({@code part/languages.jte}): a
   * button of that form, so that switching sends what was typed, and the page answers with the same
   * form in the language named, holding it, instead of acting on it.
   */
  static final String SWITCH_FIELD = "switch-language";

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

  /** The language of {@code ctx}'s page: the one asked for or preferred, else the first. */
  Languages.Choice of(Context ctx) {
    return languages.choose(asked(ctx).orElse(null), ctx.header("Accept-Language"));
  }

  /**
   * The language {@code ctx} asks for, if any: the one a step of the request kept for it ({@link
   * #ask}), else by the language switch that sent a form ({@link #switching}), which is chosen
   * there and then even when the form's address asks for another ({@code action="...?lang=en"}),
   * else in {@code ?lang=}, else in the form's {@code lang} field, which every form of a page in a
   * language the request asked for carries (see {@code part/csrf.jte}). Only a well-formed tag is
   * answered, so it is safe to put in an address.
   */
  static Optional<String> asked(Context ctx) {
    String asked = ctx.attribute(LANGUAGE_FIELD);
    if (asked == null) {
      asked = switchedTo(ctx).orElse(null);
    }
    if (asked == null) {
      asked = ctx.queryParam(LANGUAGE_FIELD);
    }
    if (asked == null && isForm(ctx)) {
      asked = ctx.formParam(LANGUAGE_FIELD);
    }
    return Optional.ofNullable(asked).filter(tag -> TAG.matcher(tag).matches());
  }

  /**
   * Answers {@code ctx} in the language {@code tag}, asked for elsewhere than in the request: kept
   * with a sign-in's state while the member was at the identity provider.
   *
   * @param ctx the request
   * @param tag the language's tag, as it was asked for
   */
  static void ask(Context ctx, String tag) {
    if (TAG.matcher(tag).matches()) {
      ctx.attribute(LANGUAGE_FIELD, tag);
    }
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

  /**
   * Whether {@code ctx} is a form sent by its page's language switch: its handler shows the same
   * page again in the language asked for, holding what was typed, and does nothing else (no step
   * taken, nothing checked, sent or stored).
   *
   * @param ctx the request
   * @return true when the form was sent to switch language
   */
  static boolean switching(Context ctx) {
    return switchedTo(ctx).isPresent();
  }

  private static Optional<String> switchedTo(Context ctx) {
    if (!isForm(ctx)) {
      return Optional.empty();
    }
    return Optional.ofNullable(ctx.formParam(SWITCH_FIELD))
        .filter(tag -> TAG.matcher(tag).matches());
  }

  private static boolean isForm(Context ctx) {
    var type = ctx.contentType();
    return type != null && type.startsWith("application/x-www-form-urlencoded");
  }

  /**
   * The other languages of {@code ctx}'s page: each with a link to the page in it when it was asked
   * for with GET, and with no link when it answers a form (its route may take only a post). A page
   * holding a form offers them as buttons of that form instead ({@code part/languages.jte}), so
   * that what was typed is sent with the switch and kept.
   */
  List<Frame.LanguageLink> links(Context ctx, Languages.Choice language) {
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
    boolean hasAddress = ctx.method() == HandlerType.GET;
    return languages.all().stream()
        .filter(texts -> !texts.equals(language.texts()))
        .map(texts ->
            new Frame.LanguageLink(
                texts.language().tag(),
                texts.name(),
                hasAddress
                    ? ctx.path() + "?" + query + LANGUAGE_FIELD + "=" + texts.language().tag()
                    : null))
        .toList();
  }
}
