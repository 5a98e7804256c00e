package org.confide.adapter.web.pages.view;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.confide.adapter.web.i18n.Texts;
import org.confide.domain.safeguarding.EmergencyContact;
import org.confide.domain.safeguarding.EmergencyContacts;

/**
 * An emergency contact as a page shows it. An organisation's own contact is its own words, shown as
 * written; a national contact, shown until the organisation sets its own, is Confide's, so its
 * name, web address and note come in the page's language from the bundles ({@code
 * emergency.national.<name>.*}), its number as the service publishes it.
 *
 * @param name who they are
 * @param phone the number to call, if any
 * @param web the web address as shown (without its scheme), if any
 * @param note when to call them, if anything
 */
public record ShownContact(
    String name, Optional<String> phone, Optional<String> web, Optional<String> note) {

  // The names in the bundles of EmergencyContacts.national(), in its order.
  private static final List<String> NATIONAL = List.of("emergencyServices", "nhs111", "samaritans");

  /**
   * {@code contacts} as shown in {@code texts}' language.
   *
   * @param contacts the contacts in force
   * @param texts the page's words; null shows every contact as written
   * @return the contacts to show, in the same order
   */
  public static List<ShownContact> of(List<EmergencyContact> contacts, Texts texts) {
    var national = EmergencyContacts.national();
    var shown = new ArrayList<ShownContact>();
    for (var contact : contacts) {
      int at = national.indexOf(contact);
      if (texts == null || at < 0) {
        shown.add(
            new ShownContact(
                contact.name(),
                contact.phone(),
                contact.url().map(url -> url.replaceFirst("^https?://", "")),
                contact.note()));
        continue;
      }
      var key = "emergency.national." + NATIONAL.get(at) + ".";
      shown.add(
          new ShownContact(
              texts.text(key + "name"),
              contact.phone(),
              contact.url().map(url -> texts.text(key + "web")),
              Optional.of(texts.text(key + "note"))));
    }
    return shown;
  }
}
