package org.confide.bootstrap;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A distinct canary for every field a reporter fills in, and reports made of them: a test that
 * finds one of these strings where it must not be knows which field leaked.
 */
final class Canaries {

  private Canaries() {}

  /** Every canary, by the field it goes in. */
  static Map<String, String> every() {
    var canaries = new LinkedHashMap<String, String>();
    canaries.put("account", "CanaryAccountQz7w");
    canaries.put("named-person", "CanaryNamedPersonHx4k");
    canaries.put("location-detail", "CanaryLocationDetailVb2m");
    canaries.put("contact name", "CanaryContactNameJp9t");
    canaries.put("contact email", "canary.contact.rk5d@example.org");
    canaries.put("contact phone", "07700 900 461");
    canaries.put("named account", "CanaryNamedAccountWc3n");
    canaries.put("message", "CanaryMessageLf8s");
    canaries.put("second message", "CanarySecondMessageTy6g");
    return canaries;
  }

  /** An anonymous report with messaging whose answers show immediate danger: URGENT. */
  static String urgentReport(Map<String, String> canaries) {
    return """
    {"questionnaireVersion": 1,
     "answers": {"incident-type": ["harassment"], "where": "on-campus",
                 "reporter-role": "student", "affected-person": "me",
                 "under-18": "no", "immediate-danger": "yes",
                 "named-person": %s, "location-detail": %s},
     "account": %s, "anonymous": true, "messaging": true}\
    """
        .formatted(
            Http.quote(canaries.get("named-person")),
            Http.quote(canaries.get("location-detail")),
            Http.quote(canaries.get("account")));
  }

  /** A named report: contact details instead of an access code. */
  static String namedReport(Map<String, String> canaries) {
    return """
    {"questionnaireVersion": 1,
     "answers": {"incident-type": ["harassment"], "where": "online",
                 "reporter-role": "staff", "affected-person": "me",
                 "under-18": "no", "immediate-danger": "no"},
     "account": %s, "anonymous": false,
     "contact": {"name": %s, "email": %s, "phone": %s}, "messaging": false}\
    """
        .formatted(
            Http.quote(canaries.get("named account")),
            Http.quote(canaries.get("contact name")),
            Http.quote(canaries.get("contact email")),
            Http.quote(canaries.get("contact phone")));
  }
}
