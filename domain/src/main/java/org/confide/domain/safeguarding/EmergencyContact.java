package org.confide.domain.safeguarding;

import org.confide.domain.shared.FreeText;

/**
 * Someone to call when a person is in danger now: shown to every reporter, and first to one whose
 * answers say they are in immediate danger, because Confide is not an emergency service.
 */
public record EmergencyContact(String name, String phone, String description) {

  public EmergencyContact {
    name = FreeText.require("emergency contact name", name, 100);
    phone = FreeText.require("emergency contact phone", phone, 40);
    description = FreeText.require("emergency contact description", description, 300);
  }

  /** The contacts a UK university would show until an administrator sets its own. */
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
