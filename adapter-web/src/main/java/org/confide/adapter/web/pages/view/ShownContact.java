package org.confide.adapter.web.pages.view;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.confide.adapter.web.i18n.Texts;
import org.confide.domain.safeguarding.EmergencyContact;
import org.confide.domain.safeguarding.EmergencyContacts;
import org.confide.domain.shared.Language;
import org.confide.domain.shared.OwnText;

/**
 * An emergency contact as a page shows it. An organisation's own contact is its own words: its name
 * and note in the page's language if written in it, else in the first language offered (or as first
 * written), marked with that language's {@code lang}; a national contact, shown until the
 * organisation sets its own, is Confide's, so its name, web address and note come in the page's
 * language from the bundles ({@code emergency.national.<name>.*}), its number as the service
 * publishes it.
 *
 * @param name who they are
 * @param nameLang the language of the name when it is not the page's, for its {@code lang}; null
 *     when it is
 * @param phone the number to call, if any
 * @param web the web address as shown (without its scheme), if any
 * @param note when to call them, if anything
 * @param noteLang the language of the note when it is not the page's; null when it is
 */
public record ShownContact(
    String name,
    String nameLang,
    Optional<String> phone,
    Optional<String> web,
    Optional<String> note,
    String noteLang) {

  // The names in the bundles of EmergencyContacts.national(), in its order.
  private static final List<String> NATIONAL = List.of("emergencyServices", "nhs111", "samaritans");

  /**
   * {@code contacts} as shown in {@code texts}' language.
   *
   * @param contacts the contacts in force
   * @param texts the page's words
   * @param firstLanguage the first language offered, in which a plain text of the organisation's
   *     own is written
   * @return the contacts to show, in the same order
   */
  public static List<ShownContact> of(
      List<EmergencyContact> contacts, Texts texts, Language firstLanguage) {
    var national = EmergencyContacts.national();
    var shown = new ArrayList<ShownContact>();
    for (var contact : contacts) {
      int at = national.indexOf(contact);
      if (at < 0) {
        var name = contact.name().shown(texts.language(), firstLanguage);
        var note = contact.note().map(n -> n.shown(texts.language(), firstLanguage));
        shown.add(
            new ShownContact(
                name.text(),
                Frame.langUnlessPages(texts, name.language()),
                contact.phone(),
                contact.url().map(url -> url.replaceFirst("^https?://", "")),
                note.map(OwnText.Shown::text),
                note.map(n -> Frame.langUnlessPages(texts, n.language())).orElse(null)));
        continue;
      }
      var key = "emergency.national." + NATIONAL.get(at) + ".";
      shown.add(
          new ShownContact(
              texts.text(key + "name"),
              null,
              contact.phone(),
              contact.url().map(url -> texts.text(key + "web")),
              Optional.of(texts.text(key + "note")),
              null));
    }
    return shown;
  }
}
