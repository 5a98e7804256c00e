package org.confide.adapter.web.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.stream.Collectors;
import org.confide.adapter.web.RequestProblems;
import org.confide.domain.shared.Language;
import org.confide.domain.shared.OwnText;
import org.confide.domain.shared.ProblemCode;

/**
 * The organisation's own words in the API: a plain string, the organisation's first language's (as
 * before there were languages, so that a client that sends one is unchanged), or an object of the
 * text in each language by tag, {@code {"en": "...", "cy": "..."}}, naming only languages offered.
 * Answered in the form saved: a plain text stays a string.
 */
final class OwnWordsJson {

  private OwnWordsJson() {}

  /**
   * The words {@code node} holds as typed, naming on {@code problems} each part that is neither a
   * string nor an object of strings ({@code field}, {@code field.<tag>}) and each language not
   * offered ({@code contacts[0].name.fr}).
   *
   * @param node what was sent, or null
   * @param field the path of the field in the body
   * @param offered the languages offered
   * @param problems where problems are named
   * @return the words typed, or null when none was sent or they cannot be read
   */
  static OwnText.Typed typed(
      JsonNode node, String field, List<Language> offered, RequestProblems problems) {
    if (node == null || node.isNull()) {
      return null;
    }
    if (node.isTextual()) {
      return OwnText.Typed.plain(node.textValue());
    }
    if (!node.isObject()) {
      problems.problem(field, ProblemCode.REQUEST_OWN_TEXT);
      return null;
    }
    var texts = new LinkedHashMap<Language, String>();
    var readable = new boolean[] {true};
    node.propertyStream()
        .forEach(entry -> {
          var place = field + "." + entry.getKey();
          var language = Language.parse(entry.getKey()).filter(offered::contains);
          if (language.isEmpty()) {
            problems.problem(
                place,
                ProblemCode.REQUEST_LANGUAGE_NOT_OFFERED,
                offered.stream().map(Language::tag).collect(Collectors.joining(", ")));
            readable[0] = false;
          } else if (!entry.getValue().isTextual() && !entry.getValue().isNull()) {
            problems.problem(place, ProblemCode.REQUEST_STRING);
            readable[0] = false;
          } else if (entry.getValue().isTextual()) {
            texts.put(language.get(), entry.getValue().textValue());
          }
        });
    return readable[0] ? OwnText.Typed.of(texts) : null;
  }

  /**
   * {@code text} as the API answers it.
   *
   * @param text own words
   * @return a string for a plain text, else an object of the text in each language by tag
   */
  static JsonNode node(OwnText text) {
    if (text.plain().isPresent()) {
      return JsonNodeFactory.instance.textNode(text.plain().get());
    }
    var byTag = JsonNodeFactory.instance.objectNode();
    text.texts().forEach((language, words) -> byTag.put(language.tag(), words));
    return byTag;
  }
}
