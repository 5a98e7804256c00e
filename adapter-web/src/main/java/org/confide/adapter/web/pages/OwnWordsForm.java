package org.confide.adapter.web.pages;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.confide.adapter.web.i18n.Languages;
import org.confide.adapter.web.pages.view.LanguageBox;
import org.confide.domain.shared.Language;
import org.confide.domain.shared.OwnText;

/**
 * The organisation's own words in a form: one box per language offered, named by the part for the
 * first language ({@code organisationName}, {@code name-0}) and by the part and the language's tag
 * for each other ({@code organisationName-cy}), so that a form written before there were languages
 * still posts the first language's text. A text typed in the first language alone is saved plain,
 * the first language's, as it was before; typed in any other, the texts are saved by language.
 */
final class OwnWordsForm {

  private final Languages languages;

  OwnWordsForm(Languages languages) {
    this.languages = languages;
  }

  private Language first() {
    return languages.first().language();
  }

  /** {@return the id of the box of {@code part} in {@code language}} */
  String id(String part, Language language) {
    return language.equals(first()) ? part : part + "-" + language.tag();
  }

  /** {@return what was typed in each box of {@code part}, by language, each trimmed} */
  Map<Language, String> read(Context ctx, String part) {
    var typed = new LinkedHashMap<Language, String>();
    readAsTyped(ctx, part).forEach((language, text) -> typed.put(language, text.strip()));
    return typed;
  }

  /**
   * {@return what was typed in each box of {@code part}, by language, untrimmed: for boxes of one
   * entry a line, whose lines match from box to box}
   */
  Map<Language, String> readAsTyped(Context ctx, String part) {
    var typed = new LinkedHashMap<Language, String>();
    for (var language : languages.offered()) {
      typed.put(language, Optional.ofNullable(ctx.formParam(id(part, language))).orElse(""));
    }
    return typed;
  }

  /** {@return whether every box of {@code typed} is blank} */
  static boolean blank(Map<Language, String> typed) {
    return typed.values().stream().allMatch(String::isBlank);
  }

  /**
   * {@return the words typed: plain when only the first language's box is filled, else by language}
   */
  OwnText.Typed typed(Map<Language, String> typed) {
    boolean othersBlank =
        typed.entrySet().stream()
            .allMatch(entry -> entry.getKey().equals(first()) || entry.getValue().isBlank());
    return othersBlank
        ? OwnText.Typed.plain(typed.getOrDefault(first(), ""))
        : OwnText.Typed.of(typed);
  }

  /** {@return {@code text} in each box: what is written in each language, blank where none is} */
  Map<Language, String> shown(Optional<OwnText> text) {
    var shown = new LinkedHashMap<Language, String>();
    for (var language : languages.offered()) {
      shown.put(language, text.flatMap(words -> words.given(language, first())).orElse(""));
    }
    return shown;
  }

  /** {@return the boxes of {@code part}, holding {@code values}} */
  List<LanguageBox> boxes(String part, Map<Language, String> values) {
    var boxes = new ArrayList<LanguageBox>();
    boolean several = languages.offered().size() > 1;
    for (var texts : languages.all()) {
      var language = texts.language();
      boxes.add(
          new LanguageBox(
              id(part, language),
              language.tag(),
              several ? texts.name() : null,
              values.getOrDefault(language, "")));
    }
    return boxes;
  }

  /**
   * {@return the box a problem with {@code suffix} belongs to: {@code cy} names the Welsh box of
   * {@code part}, anything else its first box}
   */
  String anchor(String part, String suffix) {
    return Language.parse(suffix)
        .filter(languages.offered()::contains)
        .map(language -> id(part, language))
        .orElse(part);
  }
}
