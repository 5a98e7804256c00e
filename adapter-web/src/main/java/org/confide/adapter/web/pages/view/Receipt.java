package org.confide.adapter.web.pages.view;

import java.util.List;
import java.util.Optional;
import org.confide.domain.safeguarding.EmergencyContact;

/**
 * What a reporter is shown once their report is sent.
 *
 * @param codeGroups the access code in groups of four, when one was issued; shown this once
 * @param code the access code as one string, for the copy button
 * @param dueBy the date a first response is due, in words
 * @param named whether they gave contact details
 * @param emergency who to call, when they said someone is in danger now; empty otherwise
 * @param comeBackTo the address of the page to sign in on, to write down with the code: the public
 *     address configured, else this server's as the browser reached it; null when neither is known
 */
public record Receipt(
    Optional<List<String>> codeGroups,
    Optional<String> code,
    String reference,
    String dueBy,
    boolean named,
    List<EmergencyContact> emergency,
    String comeBackTo) {

  @Override
  public String toString() {
    return "Receipt[hidden]";
  }
}
