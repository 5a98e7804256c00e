package org.confide.adapter.web.pages.view;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.confide.adapter.web.i18n.Shown;
import org.confide.adapter.web.i18n.Texts;
import org.confide.domain.safeguarding.EmergencyContact;
import org.confide.domain.safeguarding.EmergencyContacts;
import org.confide.domain.shared.Language;

/**
 * An emergency contact as a page shows it. An organisation's own contact is its own words: its name
 * and note in the page's language if written in it, else in the first language offered (or as first
 * written), marked with that language's {@code lang}; a national contact, shown until the
 * organisation sets its own, is Confide's, so its name, web address and note come in the page's
 * language from the bundles ({@code emergency.national.<name>.*}), its number as the service
 * publishes it.
 *
 * @param name who they are, with its {@code lang} when not in the page's language
 * @param phone the number to call, if any
 * @param web the web address as shown (without its scheme), if any
 * @param note when to call them, if anything, with its {@code lang} when not in the page's
 */
public record ShownContact(
    Shown name, Optional<String> phone, Optional<String> web, Optional<Shown> note) {

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
        shown.add(
            new ShownContact(
                Shown.own(contact.name(), texts.language(), firstLanguage),
                contact.phone(),
                contact.url().map(url -> url.replaceFirst("^https?://", "")),
                contact.note().map(n -> Shown.own(n, texts.language(), firstLanguage))));
        continue;
      }
      var key = "emergency.national." + NATIONAL.get(at) + ".";
      shown.add(
          new ShownContact(
              Shown.inPage(texts.text(key + "name")),
              contact.phone(),
              contact.url().map(url -> texts.text(key + "web")),
              Optional.of(Shown.inPage(texts.text(key + "note")))));
    }
    return shown;
  }
}
