package org.confide.domain.safeguarding;

import org.confide.domain.shared.FreeText;

/**
 * Someone to call when a person is in danger now: shown to every reporter, and first to one whose
 * answers say they are in immediate danger, because Confide is not an emergency service.
 *
 * @param name who they are, such as {@code Samaritans}: at most 100 characters
 * @param phone the number to call, as it should be shown, such as {@code 116 123}: at most 40
 *     characters
 * @param description when to call them, in a sentence: at most 300 characters
 */
public record EmergencyContact(String name, String phone, String description) {

  /**
   * A contact; trims each part. Every part must be non-blank, within its limit and free of control
   * characters other than line breaks and tabs.
   *
   * @throws IllegalArgumentException if a part is null or breaks a rule
   */
  public EmergencyContact {
    name = FreeText.require("emergency contact name", name, 100);
    phone = FreeText.require("emergency contact phone", phone, 40);
    description = FreeText.require("emergency contact description", description, 300);
  }

  /**
   * The contacts a UK university would show until an administrator sets its own.
   *
   * @return emergency services, Samaritans, and campus security, whose number reads {@code Not yet
   *     set} until replaced
   */
  public static java.util.List<EmergencyContact> ukDefaults() {
    return java.util.List.of(
        new EmergencyContact(
            "Emergency services", "999", "Police, ambulance or fire, if you are in danger now"),
        new EmergencyContact(
            "Samaritans", "116 123", "Free, any time, if you need someone to talk to"),
        new EmergencyContact(
            "Campus security", "Not yet set", "The university's own team, on site day and night"));
  }
}
