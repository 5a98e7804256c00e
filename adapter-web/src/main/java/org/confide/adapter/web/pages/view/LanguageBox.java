package org.confide.adapter.web.pages.view;

import java.util.List;

/**
 * One box of a form where the organisation writes its own words in one language: its name, a
 * contact's name or note. A form offers one box per language offered, the first language's first;
 * with one language offered, the box names none.
 *
 * @param id the field's id and name: the part's own for the first language ({@code name-0}), with
 *     the language's tag after it for another ({@code name-0-cy})
 * @param lang the language's tag, for the value's {@code lang}
 * @param languageName the language's name in itself, shown beside the label when more than one
 *     language is offered; null when only one is
 * @param value the text as shown or typed
 */
public record LanguageBox(String id, String lang, String languageName, String value) {

  /** {@return the ids of {@code boxes}, for the problems they may show} */
  public static List<String> ids(List<LanguageBox> boxes) {
    return boxes.stream().map(LanguageBox::id).toList();
  }
}
