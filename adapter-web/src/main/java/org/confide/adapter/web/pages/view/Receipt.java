package org.confide.adapter.web.pages.view;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.confide.domain.safeguarding.EmergencyContact;

/**
 * What a reporter is shown once their report is sent. Its page carries what it shows back in a form
 * (the code, the reference, the date due, whether someone is in danger), so that it can be shown
 * again in another language, and saying the code is kept leads on.
 *
 * @param codeGroups the access code in groups of four, when one was issued; shown this once
 * @param code the access code as one string, for the copy button
 * @param reference the report's reference, shown to a named reporter; empty when not shown
 * @param dueOn the day a first response is due, carried in the form
 * @param dueBy that day in words, in the page's language
 * @param named whether they gave contact details
 * @param emergency who to call, when they said someone is in danger now; empty otherwise
 * @param comeBackTo the address of the page to sign in on, to write down with the code: the public
 *     address configured, else this server's as the browser reached it; null when neither is known
 * @param codeKept whether the reporter ticked that they have kept the code, so the tick survives a
 *     change of language
 */
public record Receipt(
    Optional<List<String>> codeGroups,
    Optional<String> code,
    String reference,
    Optional<LocalDate> dueOn,
    String dueBy,
    boolean named,
    List<EmergencyContact> emergency,
    String comeBackTo,
    boolean codeKept) {

  @Override
  public String toString() {
    return "Receipt[hidden]";
  }
}
